// Compiled codecs in a page without a Content-Security-Policy: they compile (new Function
// is allowed) and agree with the interpreted path.
import type { Cases } from "./runner.js";
import { bothPaths } from "./compiled.shared.js";

export const cases: Cases = {
  "compiled and interpreted codecs agree, and the page compiles": () => {
    const { agree, compiled, result } = bothPaths();
    return { agree, compiles: compiled > 0, result };
  },
};
