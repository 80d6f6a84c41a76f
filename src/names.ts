/**
 * ServiceStack's `ToCamelCase`, which names query-string keys and .NET Core members: the
 * leading run of capitals is lower-cased, except the last one when a lower-case letter
 * follows it (`UShort` → `uShort`, `ID` → `id`, `URLPath` → `urlPath`, `Display Name` → `display Name`).
 *
 * @param name - a .NET member name or alias.
 * @returns the name camelCased.
 * @example
 * ```ts
 * toCamelCase("UInt"); // "uInt"
 * ```
 */
export function toCamelCase(name: string): string {
  let out = "";
  let first = true;
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    const next = i < name.length - 1 ? name[i + 1]! : "A";
    const upper = c >= "A" && c <= "Z";
    if (first && upper && ((next >= "A" && next <= "Z") || i === 0)) {
      out += c.toLowerCase();
    } else {
      first = false;
      out += c;
    }
  }
  return out;
}
