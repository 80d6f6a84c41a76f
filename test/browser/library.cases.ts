// The library entries in a browser: every case runs in Node and in headless Chromium on the
// same bundle of the built package, and the results must be equal.
import fc from "fast-check";
import {
  HoldSession,
  JsvError,
  SessionInfo,
  bytes,
  dto,
  format,
  list,
  long,
  parse,
  string,
  stringify,
} from "jsv-codec";
import { grammar } from "jsv-codec/grammar";
import { arbitrary } from "jsv-codec/testing";
import type { Cases } from "./runner.js";

const Blob = dto("Blob", { name: string(), data: bytes(), parts: list(bytes()), size: long() });

const sample =
  "{callSid:CA1,members:[{identity:agent:ana,muted:False,applicationData:{note:\"said \"\"hi\"\", then left\"}}],dateCreated:2020-01-02T03:04:05.1230000Z,holdReason:Transferring,log:[{date:2020-01-02,message:Call started}]}";

/** Deterministic pseudo-random bytes, the same everywhere. */
function someBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let a = 12345;
  for (let i = 0; i < n; i++) {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    out[i] = a >>> 24;
  }
  return out;
}

function caught(run: () => unknown): unknown {
  try {
    return { value: run() };
  } catch (error) {
    return error;
  }
}

export const cases: Cases = {
  parse: () => parse(sample),
  "parse pretty text": () => parse(format(sample)),
  "parse error": () => caught(() => parse("{a:b,c}")),
  "parse with the grammar": () => parse(format(sample), { reader: grammar }),
  "grammar error": () => caught(() => parse("{a:b,c}", { reader: grammar })),
  format: () => format(sample),
  stringify: () =>
    stringify({ n: 1e21, small: 1.5e-7, ok: true, when: new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 123)), tags: ["a,b", null, ""], big: 2n ** 64n, raw: new Uint8Array([0, 1, 254, 255]) }),
  "stringify a Map and nested lists": () => stringify(new Map<string, unknown>([["k", [[1, 2], [], [null]]], ["", "x"]])),
  decode: () => SessionInfo.decode(sample),
  "decode error": () => caught(() => SessionInfo.decode("{callSid:CA1,holdReason:Paused}")),
  encode: () => HoldSession.encode({ callSid: "CA42", sessionId: "S-1, west", reason: "Transferring" }),
  "encode pascal": () => HoldSession.encode({ callSid: "CA42", sessionId: "S-1" }, { textCase: "pascal" }),
  "encode round trip": () => SessionInfo.encode(SessionInfo.decode(sample)),
  "bytes() round trip": () => {
    const value = { name: "b", data: someBytes(1000), parts: [new Uint8Array(0), someBytes(1), someBytes(2), someBytes(3)], size: -(2n ** 63n) };
    const text = Blob.encode(value);
    return { text, back: Blob.decode(text) };
  },
  "bytes() 4 MB round trip": () => {
    const data = someBytes(4 * 1024 * 1024);
    const text = Blob.encode({ data });
    const back = Blob.decode(text).data!;
    let same = back.length === data.length;
    for (let i = 0; same && i < data.length; i++) same = back[i] === data[i];
    // The text's length and ends stand for it; the whole of it would be 5.6 MB of JSON.
    return { length: text.length, head: text.slice(0, 40), tail: text.slice(-40), same };
  },
  "bad Base64": () => caught(() => Blob.decode("{data:AA*A}")),
  "JsvError is the base": () => {
    const error = caught(() => parse("[a"));
    return { isJsvError: error instanceof JsvError, name: (error as Error).name };
  },
  "testing entry, seeded": () => fc.sample(arbitrary(HoldSession), { seed: 42, numRuns: 5 }).map((v) => HoldSession.encode(v)),
};
