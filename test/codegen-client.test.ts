import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JsvServiceClient } from "../src/client/index.js";
import * as Gallery from "./gallery/dtos.js";

// The generated gallery codecs drive jsv-codec/client: routes and verbs from the metadata
// pick the request line, `returns` reads the answer.

interface Seen {
  method: string;
  url: string;
  body: string;
}

const seen: Seen[] = [];
const answers: Record<string, { status?: number; body: string }> = {
  "GET /bookings/5": { body: "{offset:0,total:1,results:[{id:5,name:Ann,roomType:Suite,cost:1.50,createdBy:me}]}" },
  "POST /bookings": { body: "{id:7}" },
  "DELETE /booking/3": { status: 204, body: "" },
  "POST /jsv/reply/CreateJob": { body: "{id:1,title:T,applications:[{id:2,position:{id:1}}]}" },
};
let client: JsvServiceClient;
const server = createServer((req: IncomingMessage, res) => {
  let body = "";
  req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
  req.on("end", () => {
    const path = (req.url ?? "").split("?")[0]!;
    seen.push({ method: req.method ?? "", url: req.url ?? "", body });
    const answer = answers[`${req.method} ${path}`];
    res.writeHead(answer?.status ?? (answer ? 200 : 404), { "Content-Type": "application/jsv" });
    res.end(answer?.body ?? "{responseStatus:{errorCode:NotFound,message:no route}}");
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  client = new JsvServiceClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("generated codecs with JsvServiceClient", () => {
  it("a query: GET on the route that fits, the generic response read with the item codec", async () => {
    const response = await client.send(Gallery.QueryBookings, { id: 5 });
    expect(seen.at(-1)).toMatchObject({ method: "GET", url: "/bookings/5" });
    expect(response?.total).toBe(1);
    expect(response?.results?.[0]).toEqual({ id: 5, name: "Ann", roomType: "Suite", cost: "1.50", createdBy: "me" });
  });

  it("a create: POST with a JSV body, IdResponse back", async () => {
    const response = await client.send(Gallery.CreateBooking, { name: "Ann", roomType: "Suite", cost: "1.50" });
    expect(seen.at(-1)).toMatchObject({ method: "POST", url: "/bookings", body: "{name:Ann,roomType:Suite,cost:1.50}" });
    expect(response).toEqual({ id: "7" });
  });

  it("a delete that returns void", async () => {
    const response = await client.send(Gallery.DeleteBooking, { id: 3 });
    expect(seen.at(-1)).toMatchObject({ method: "DELETE", url: "/booking/3" });
    expect(response).toBeUndefined();
  });

  it("an operation with no route of its own, whose response is on a cycle (Job ↔ JobApplication)", async () => {
    const job = await client.send(Gallery.CreateJob, { title: "T" });
    expect(seen.at(-1)).toMatchObject({ method: "POST", url: "/jsv/reply/CreateJob", body: "{title:T}" });
    expect(job?.applications?.[0]?.position?.id).toBe(1);
  });
});
