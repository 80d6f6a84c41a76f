export { parse } from "./parse.js";
export { stringify } from "./writer.js";
export { format } from "./format.js";
export { JsvError, JsvSyntaxError, JsvDecodeError, JsvEncodeError } from "./errors.js";
export type { JsvValue, ParseOptions, StringifyOptions, WhitespaceMode } from "./options.js";

export { dto, listCodec } from "./codec.js";
export type { Codec, DecodeOptions, DtoOptions, EncodeOptions, FieldMap, InferMap, ResponseOf, Returns, Route } from "./codec.js";
export {
  boolean,
  bytes,
  dateTime,
  decimal,
  double,
  enumeration,
  guid,
  int,
  list,
  long,
  map,
  string,
  timeSpan,
} from "./fields.js";
export type { DecodeContext, EncodeContext, EnumField, EnumObject, Field, Infer, ListField, MapField } from "./fields.js";

export {
  CustomerBreadcrumb,
  FlowChannels,
  HoldSession,
  SessionCallState,
  SessionDialState,
  SessionDirections,
  SessionHoldReasons,
  SessionInfo,
  SessionLogInfo,
  SessionMemberCallState,
  SessionMemberInfo,
  SessionMemberRoles,
  SessionQueueStates,
} from "./dtos.js";
