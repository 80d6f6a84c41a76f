export { JsvServiceClient } from "./client.js";
export type { ApiResult, BasicCredentials, CallInit, ClientOptions, HeadersInit, OutgoingRequest, Reply } from "./client.js";
export { urlFor, escapeData } from "./routes.js";
export { toCamelCase } from "../names.js";
export type { RequestOf, UrlOptions, Verb } from "./routes.js";
export {
  JsvAbortError,
  JsvClientError,
  JsvNetworkError,
  JsvResponseError,
  JsvRouteError,
  JsvServiceError,
  JsvTimeoutError,
} from "./errors.js";
export { ErrorResponse, ResponseError, ResponseStatus } from "./status.js";
