export { grammar } from "./grammar.js";
export type { JsvReader, ReaderResult, ReaderSettings } from "../options.js";
