import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Codec } from "../src/index.js";
import { generate } from "../src/codegen/index.js";
import { arbitrary } from "../src/testing.js";
import * as Gallery from "./gallery/dtos.js";

// The module `jsv codegen` writes for the blazor-gallery metadata is committed as
// test/gallery/dtos.ts; test/gallery.test.ts runs every gallery vector through it.

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const metadata = JSON.parse(readFileSync(join(root, "test/vectors/metadata/blazor-gallery.app.json"), "utf8")) as unknown;
const committed = readFileSync(join(root, "test/gallery/dtos.ts"), "utf8");

const codecs = Object.entries(Gallery as unknown as Record<string, unknown>).filter(
  (e): e is [string, Codec<unknown>] => typeof e[1] === "object" && e[1] !== null && (e[1] as { kind?: unknown }).kind === "dto",
);

describe("the gallery module", () => {
  it("is what codegen writes for the committed metadata, byte for byte", () => {
    const result = generate(metadata, { importFrom: "../../src/index.js" });
    // To update after a change to the generator: jsv codegen test/vectors/metadata/blazor-gallery.app.json --import ../../src/index.js --out test/gallery/dtos.ts
    expect(result.code).toBe(committed);
    expect(result.warnings).toEqual(['AllTypes.Point: type Point is not described by the metadata; mapped to opaque("Point") (its text, as a string)']);
    expect(result.counts).toEqual({ enums: 7, dtos: 162, operations: 116 });
  });

  it("exports a codec under each DTO name the vectors use", () => {
    const names = codecs.map(([name]) => name);
    for (const name of [
      "AllTypes",
      "AllCollectionTypes",
      "HelloAllTypes",
      "HelloAllTypesResponse",
      "Profile",
      "CreateProfile",
      "UpdateProfile",
      "Booking",
      "Coupon",
      "Phone",
      "Level",
      "Player",
      "UpdatePlayer",
      "UpdateBooking",
      "FileSystemItem",
      "UpdateContact",
      "UpdateJobApplication",
    ]) {
      expect(names).toContain(name);
      expect((Gallery as unknown as Record<string, Codec<unknown>>)[name]!.name).toBe(name);
    }
  });

  it("keeps routes, verbs, return types, aliases and bases", () => {
    expect(Gallery.QueryBookings.routes).toEqual([
      { path: "/bookings", verbs: "GET" },
      { path: "/bookings/{Id}", verbs: "GET" },
    ]);
    expect(Gallery.DeleteBooking.returns).toBe("void");
    expect(Gallery.CreateBooking.returns).toBe(Gallery.IdResponse);
    expect(Gallery.QueryBookings.returns.members.map((m) => m.name)).toEqual(["offset", "total", "results", "meta", "responseStatus"]);
    expect(Gallery.AllTypes.encode({ aliasedName: "o" }, { textCase: "pascal" })).toBe("{aliasedName:o}");
    expect(Gallery.Booking.encode({ id: 1, createdBy: "me" })).toBe("{id:1,createdBy:me}");
    expect(Gallery.QueryBookings.encode({ id: 2, take: 3 })).toBe("{id:2,take:3}");
    expect(Gallery.Profile.encode({ region: 0, role: "NonPlayer" })).toBe("{role:NonPlayer,region:0}");
  });

  it("reads the cycle Job → JobApplication → Job", () => {
    const text = "{id:1,applications:[{id:2,position:{id:1,title:T},applicant:{id:3,applications:[{id:2}]}}]}";
    const job = Gallery.Job.decode(text);
    expect(job.applications?.[0]?.position?.title).toBe("T");
    expect(Gallery.Job.encode(job)).toBe(text);
  });

  it.each(codecs.map(([name, codec]) => [name, codec] as const))("%s: decode(encode(v)) equals v", (name, codec) => {
    fc.assert(
      fc.property(arbitrary(codec), (value) => {
        const text = codec.encode(value);
        expect(codec.decode(text)).toEqual(value);
        expect(codec.encode(codec.decode(text))).toBe(text);
      }),
      { numRuns: ["AllTypes", "AllCollectionTypes", "HelloAllTypes", "Job", "JobApplication"].includes(name) ? 30 : 4 },
    );
  });
});
