// The "many DTO types" mode: before anything is timed, six other DTOs are decoded, encoded,
// parsed and stringified many times (their values generated from a fixed seed), and JSON
// reads and writes the same data. The library's shared code then has seen as many object
// shapes as in an application that talks to more than one endpoint, and its inline caches
// are as polymorphic as they would be there.
import fc from "fast-check";
import { arbitrary } from "../dist/testing.js";

/** Six DTOs besides SessionInfo: the other published ones and two with every scalar kind. */
export function otherTypes(jsv) {
  const { dto, string, int, long, double, decimal, boolean, dateTime, timeSpan, guid, bytes, list, map, enumeration } = jsv;
  const Priority = enumeration("Priority", ["Low", "Normal", "High", "Urgent"]);
  const Line = dto("OrderLine", { sku: string(), quantity: int(), price: decimal(), discount: double(), tags: list(string()) });
  const Order = dto("Order", {
    id: long(),
    reference: guid(),
    placed: dateTime(),
    window: timeSpan(),
    priority: Priority,
    paid: boolean(),
    lines: list(Line),
    totals: map(double()),
    signature: bytes(),
    notes: list(string()),
  });
  return [jsv.HoldSession, jsv.CustomerBreadcrumb, jsv.SessionLogInfo, jsv.SessionMemberInfo, Line, Order];
}

export function warmOtherTypes(jsv) {
  let seed = 7;
  for (const codec of otherTypes(jsv)) {
    const values = fc.sample(arbitrary(codec), { seed: seed++, numRuns: 200 });
    const texts = values.map((v) => codec.encode(v));
    for (let pass = 0; pass < 20; pass++) {
      for (const v of values) codec.encode(v);
      for (const t of texts) {
        codec.decode(t);
        const tree = jsv.parse(t);
        jsv.stringify(tree);
        JSON.parse(JSON.stringify(tree));
      }
    }
  }
}
