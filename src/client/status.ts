import { dto } from "../codec.js";
import type { Infer } from "../fields.js";
import { list, map, string } from "../fields.js";

// ServiceStack's error DTOs (ServiceStack.Interfaces), as every ServiceStack host writes them.

/**
 * One field error of a ServiceStack error: which member (`fieldName`) failed which rule
 * (`errorCode`, e.g. `NotEmpty`), with the validator's `meta` (`PropertyName`, `MaxLength`…).
 *
 * @example
 * ```ts
 * ResponseError.decode("{ErrorCode:NotEmpty,FieldName:Outcome,Message:'Outcome' should not be empty.}");
 * // { errorCode: "NotEmpty", fieldName: "Outcome", message: "'Outcome' should not be empty." }
 * ```
 */
export const ResponseError = dto("ResponseError", {
  errorCode: string(),
  fieldName: string(),
  message: string(),
  meta: map(string()),
});
export type ResponseError = Infer<typeof ResponseError>;

/**
 * The status of a failed ServiceStack call: `errorCode` (the exception's type name or the
 * `HttpError` code, e.g. `NotFound`), `message`, the server's `stackTrace` when it is in debug
 * mode, the field `errors`, and `meta`.
 *
 * @example
 * ```ts
 * ResponseStatus.decode("{ErrorCode:NotFound,Message:Session 'S9' does not exist,Errors:[]}");
 * // { errorCode: "NotFound", message: "Session 'S9' does not exist", errors: [] }
 * ```
 */
export const ResponseStatus = dto("ResponseStatus", {
  errorCode: string(),
  message: string(),
  stackTrace: string(),
  errors: list(ResponseError),
  meta: map(string()),
});
export type ResponseStatus = Infer<typeof ResponseStatus>;

/**
 * The body ServiceStack writes for an error when the operation has no `{Request}Response` type
 * with a `ResponseStatus` member: `{ResponseStatus:{…}}`.
 *
 * @example
 * ```ts
 * ErrorResponse.decode("{ResponseStatus:{ErrorCode:Unauthorized,Message:Sign in first,Errors:[]}}").responseStatus?.errorCode;
 * // "Unauthorized"
 * ```
 */
export const ErrorResponse = dto("ErrorResponse", {
  responseStatus: ResponseStatus,
});
export type ErrorResponse = Infer<typeof ErrorResponse>;
