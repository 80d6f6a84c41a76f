/**
 * What the `jsv` CLI reads, checked before it is converted: text must be UTF-8 without NUL
 * bytes (a binary file is reported, not converted into mojibake), and a file that cannot be
 * read is described in words.
 */

/** Input that is not text; the message says why and where. */
export class NotTextError extends Error {}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Bytes as text: UTF-8 (a leading BOM is dropped), no NUL byte.
 *
 * @throws {NotTextError} for a NUL byte or an invalid UTF-8 sequence, with its byte offset.
 */
export function textOf(bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new NotTextError(`not a text file: a NUL byte at byte ${nul}`);
  try {
    return utf8.decode(bytes);
  } catch (error) {
    if (error instanceof RangeError) throw new NotTextError("too large to read as one string");
    throw new NotTextError(`not UTF-8 text: an invalid byte sequence at byte ${invalidAt(bytes)}`);
  }
}

/** The most bytes one input may have: a longer text could not be one JavaScript string anyway. */
export const MAX_INPUT_BYTES = 2 ** 29 - 24;

/**
 * Reads a stream of chunks (a file's, standard input's) to its end, but stops at once at a
 * NUL byte or past {@link MAX_INPUT_BYTES}: `jsv check /dev/zero` or an endless pipe is
 * reported, never read into all the memory there is.
 *
 * @throws {NotTextError} for a NUL byte (with its offset) or an input too large.
 */
export async function readBounded(chunks: AsyncIterable<Uint8Array>, max = MAX_INPUT_BYTES): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    const nul = chunk.indexOf(0);
    if (nul >= 0) throw new NotTextError(`not a text file: a NUL byte at byte ${total + nul}`);
    total += chunk.length;
    if (total > max) throw new NotTextError(`too large to read: more than ${max} bytes`);
    parts.push(chunk);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** The offset of the first byte that is not part of a valid UTF-8 sequence (bytes known to be invalid). */
function invalidAt(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need >= bytes.length) return i;
    // The second byte's range depends on the first (no overlongs, no surrogates, nothing above U+10FFFF).
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/** What went wrong reading a file, in words (`no such file`, `is a directory`). */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "is a directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOTDIR":
      return "a folder on its path is not a directory";
    case "ENAMETOOLONG":
      return "the name is too long";
    case "ELOOP":
      return "too many symbolic links";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    case "ERR_FS_FILE_TOO_LARGE":
    case "ERR_STRING_TOO_LONG":
      return "too large to read";
    case "EIO":
      return "an input/output error";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
