// Inferred DTO types under the compiler settings users have: this file is type-checked by
// `vitest --typecheck` (tsconfig.json: strict) and again by tsc under
// exactOptionalPropertyTypes (tsconfig.exact.json, through test/types-exact.slow.test.ts, in npm run test:slow), on
// the built declarations a user's compiler reads.
import { describe, expectTypeOf, test } from "vitest";
import { dto, HoldSession, int, list, SessionInfo, string } from "jsv-codec";
import type { Infer } from "jsv-codec";

const Item = dto("Item", { name: string(), count: int() });
const Order = dto("Order", { id: string(), items: list(Item), note: string() });
type Order = Infer<typeof Order>;

describe("optional members are `?: T | undefined`", () => {
  test("a built-in DTO takes an explicit undefined", () => {
    const hold: HoldSession = { callSid: "CA1", sessionId: undefined, reason: undefined };
    expectTypeOf(hold.sessionId).toEqualTypeOf<string | undefined>();
    const info: SessionInfo = { callSid: undefined, members: undefined };
    expectTypeOf(info.members).toEqualTypeOf<SessionInfo["members"]>();
  });

  test("a user's DTO takes one too, at any depth", () => {
    const order: Order = { id: "o1", items: [{ name: undefined, count: 2 }], note: undefined };
    expectTypeOf(order.items).toEqualTypeOf<{ name?: string | undefined; count?: number | undefined }[] | undefined>();
  });

  test("an object with `?: T | undefined` members is assignable (what a user's interface has)", () => {
    interface MyOrder {
      id?: string | undefined;
      note?: string | undefined;
    }
    const mine: MyOrder = { id: "x", note: undefined };
    Order.encode(mine);
    const back: MyOrder = Order.decode("{id:x}");
    expectTypeOf(back).toMatchTypeOf<MyOrder>();
  });
});

describe("encode takes null for an absent member", () => {
  test("at the top and nested", () => {
    expectTypeOf(HoldSession.encode({ callSid: null, sessionId: "S1", reason: null })).toEqualTypeOf<string>();
    expectTypeOf(Order.encode({ id: null, items: [{ name: null, count: null }], note: null })).toEqualTypeOf<string>();
  });

  test("but decode never gives one", () => {
    expectTypeOf(Order.decode("{}").note).toEqualTypeOf<string | undefined>();
  });

  test("and wrong types are still refused", () => {
    // @ts-expect-error: a number is not a string
    Order.encode({ id: 1 });
    // @ts-expect-error: a list is not an item
    Order.encode({ items: { name: "x" } });
  });
});
