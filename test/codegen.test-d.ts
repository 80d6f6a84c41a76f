import { describe, expectTypeOf, test } from "vitest";
import type { Infer, ResponseOf } from "../src/index.js";
import type { AllCollectionTypes, Booking, Job, JobApplication, PlayerRegion, Poco, QueryResponse } from "./gallery/dtos.js";
import * as Gallery from "./gallery/dtos.js";

// The types of the generated gallery module, as a user of it sees them.

describe("generated gallery types", () => {
  test("a DTO with a base type holds the base members, every one optional", () => {
    expectTypeOf<Booking["id"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Booking["cost"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Booking["createdBy"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Booking["bookingStartDate"]>().toEqualTypeOf<Date | undefined>();
    expectTypeOf<Booking>().toHaveProperty("deletedDate");
  });

  test("containers", () => {
    expectTypeOf<AllCollectionTypes["pocoLookup"]>().toEqualTypeOf<Record<string, Poco[]> | undefined>();
    expectTypeOf<AllCollectionTypes["nullableByteList"]>().toEqualTypeOf<(number | null)[] | undefined>();
    expectTypeOf<NonNullable<Gallery.AllTypes["intStringMap"]>>().toMatchTypeOf<Map<number, unknown>>();
  });

  test("an enum with values: its names, or a number", () => {
    expectTypeOf<"Asia">().toMatchTypeOf<PlayerRegion>();
    expectTypeOf<7>().toMatchTypeOf<PlayerRegion>();
  });

  test("a cycle keeps its types", () => {
    expectTypeOf<NonNullable<Job["applications"]>[number]>().toEqualTypeOf<JobApplication>();
    expectTypeOf<NonNullable<JobApplication["position"]>>().toEqualTypeOf<Job>();
    expectTypeOf<Job["createdBy"]>().toEqualTypeOf<string | undefined>();
  });

  test("requests know what they return", () => {
    expectTypeOf<ResponseOf<typeof Gallery.QueryBookings>>().toEqualTypeOf<QueryResponse<typeof Gallery.Booking>>();
    expectTypeOf<NonNullable<ResponseOf<typeof Gallery.QueryBookings>["results"]>>().toEqualTypeOf<Booking[]>();
    expectTypeOf<ResponseOf<typeof Gallery.DeleteBooking>>().toEqualTypeOf<void>();
    expectTypeOf<ResponseOf<typeof Gallery.CreateBooking>>().toEqualTypeOf<Infer<typeof Gallery.IdResponse>>();
  });
});
