export { parse } from "./parse.js";
export { stringify } from "./writer.js";
export { format } from "./format.js";
export { JsvError, JsvSyntaxError, JsvDecodeError, JsvEncodeError } from "./errors.js";
export type { JsvErrorCode } from "./errors.js";
export type { JsvReader, JsvValue, ParseOptions, ReaderResult, ReaderSettings, StringifyOptions, WhitespaceMode } from "./options.js";

export { dto, listCodec } from "./codec.js";
export { setCompile } from "./compile.js";
export type { CompileReport, CompileSettings } from "./compile.js";
export type { Codec, DecodeOptions, DtoOptions, EncodeOptions, FieldMap, InferMap, Member, ResponseOf, Returns, Route } from "./codec.js";
export { alias, lazy, pascal, required } from "./members.js";
export type { MemberSpec } from "./members.js";
export {
  boolean,
  bytes,
  dateTime,
  decimal,
  double,
  guid,
  int,
  list,
  long,
  map,
  string,
  timeSpan,
} from "./fields.js";
export type { DecodeContext, EncodeContext, EnumField, EnumObject, Field, FieldLike, FlagsObject, Infer, ListField, MapField } from "./fields.js";
export { byte, char, dateTimeOffset, float, opaque, sbyte, short, uint, ulong, ushort } from "./scalars.js";
export type { OpaqueField } from "./scalars.js";
export { dictionary, keyValuePair, nullable } from "./containers.js";
export type { DictionaryField, KeyValuePairCodec, NullableField } from "./containers.js";
export { enumeration } from "./enums.js";
export type { EnumOptions } from "./enums.js";
export { JsvDate, JsvDateTimeOffset } from "./dates.js";

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

// ServiceStack's error DTOs, also re-exported by `jsv-codec/client`.
export { ErrorResponse, ResponseError, ResponseStatus } from "./client/status.js";
