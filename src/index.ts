export { parse } from "./parse.js";
export { stringify } from "./writer.js";
export { format } from "./format.js";
export { JsvError, JsvSyntaxError, JsvDecodeError, JsvEncodeError } from "./errors.js";
export type { JsvValue, ParseOptions, StringifyOptions, WhitespaceMode } from "./options.js";
