import type { Infer } from "./fields.js";
import { boolean, list, map, string } from "./fields.js";
import { dto } from "./codec.js";
import { enumeration } from "./enums.js";

// The API's published types (seed/hold-session-api.txt), one field map each. Every member
// is optional; unmarked members are strings.

/** Why a session is held. */
export const SessionHoldReasons = enumeration("SessionHoldReasons", ["None", "Transferring"]);
export type SessionHoldReasons = Infer<typeof SessionHoldReasons>;

/** The dial state of a session. */
export const SessionDialState = enumeration("SessionDialState", ["None", "Active"]);
export type SessionDialState = Infer<typeof SessionDialState>;

/** The call state of a session. */
export const SessionCallState = enumeration("SessionCallState", ["Disconnected", "Ringing", "Connected", "Hold", "Passive"]);
export type SessionCallState = Infer<typeof SessionCallState>;

/** The queue state of a session. */
export const SessionQueueStates = enumeration("SessionQueueStates", ["None", "Queued", "Ringing", "Connected", "Hold", "Disconnected"]);
export type SessionQueueStates = Infer<typeof SessionQueueStates>;

/** The channel of a flow. */
export const FlowChannels = enumeration("FlowChannels", ["Voice", "Chat", "Fax"]);
export type FlowChannels = Infer<typeof FlowChannels>;

/** Whether a session is incoming or outgoing. */
export const SessionDirections = enumeration("SessionDirections", ["Incoming", "Outgoing"]);
export type SessionDirections = Infer<typeof SessionDirections>;

/** The call state of one member of a session. */
export const SessionMemberCallState = enumeration("SessionMemberCallState", ["None", "Ringing", "Connected", "Hold"]);
export type SessionMemberCallState = Infer<typeof SessionMemberCallState>;

/** The role of one member of a session. */
export const SessionMemberRoles = enumeration("SessionMemberRoles", ["None", "Caller", "Agent", "Transfer"]);
export type SessionMemberRoles = Infer<typeof SessionMemberRoles>;

/** One step of the customer breadcrumb of a session. */
export const CustomerBreadcrumb = dto("CustomerBreadcrumb", {
  id: string(),
  name: string(),
});
export type CustomerBreadcrumb = Infer<typeof CustomerBreadcrumb>;

/** One log entry of a session. */
export const SessionLogInfo = dto("SessionLogInfo", {
  date: string(),
  message: string(),
});
export type SessionLogInfo = Infer<typeof SessionLogInfo>;

/** One member (participant) of a session. */
export const SessionMemberInfo = dto("SessionMemberInfo", {
  identity: string(),
  endpointId: string(),
  displayName: string(),
  isOriginalMember: boolean(),
  avatarUrl: string(),
  applicationData: map(string()),
  callState: SessionMemberCallState,
  role: SessionMemberRoles,
  callSid: string(),
  muted: boolean(),
});
export type SessionMemberInfo = Infer<typeof SessionMemberInfo>;

/**
 * The response of `POST /sessions/{sessionId}/hold`: a session. Its own members first,
 * then those it inherits from EntityInfo, as ServiceStack writes them.
 *
 * @example
 * ```ts
 * const session = SessionInfo.decode(body);
 * if (session.callState === "Hold") console.log(session.holdReason);
 * ```
 */
export const SessionInfo = dto("SessionInfo", {
  dialState: SessionDialState,
  callState: SessionCallState,
  queueState: SessionQueueStates,
  accountId: string(),
  accountName: string(),
  customerId: string(),
  customerBreadcrumb: list(CustomerBreadcrumb),
  customerName: string(),
  endpointId: string(),
  endpointName: string(),
  dateCompleted: string(),
  destination: string(),
  toAddress: string(),
  fromAddress: string(),
  fromName: string(),
  answeredByName: string(),
  queueMemberId: string(),
  channel: FlowChannels,
  ended: boolean(),
  outcome: string(),
  callSid: string(),
  consoleData: string(),
  holdQueueName: string(),
  heldByUserId: string(),
  holdReason: SessionHoldReasons,
  conferenceSid: string(),
  displayName: string(),
  log: list(SessionLogInfo),
  members: list(SessionMemberInfo),
  callbackNumber: string(),
  answeredById: string(),
  direction: SessionDirections,
  fromPhoneNumber: string(),
  mostRecentParticipantCallSid: string(),
  wasMissed: boolean(),
  ringQueueId: string(),
  // EntityInfo
  id: string(),
  dateCreated: string(),
  dateLastModified: string(),
  createdBy: string(),
  lastModifiedBy: string(),
});
export type SessionInfo = Infer<typeof SessionInfo>;

/**
 * The request `POST /sessions/{sessionId}/hold` (body `text/jsv`): hold the specified session;
 * its route and response type (`SessionInfo`) are on the codec for the HTTP client.
 *
 * @example
 * ```ts
 * HoldSession.encode({ callSid: "CA1", sessionId: "S-1", reason: "Transferring" });
 * // "{callSid:CA1,sessionId:S-1,reason:Transferring}"
 * ```
 */
export const HoldSession = dto(
  "HoldSession",
  {
    callSid: string(),
    sessionId: string(),
    reason: SessionHoldReasons,
  },
  { routes: [{ path: "/sessions/{sessionId}/hold", verbs: "POST" }], returns: SessionInfo },
);
export type HoldSession = Infer<typeof HoldSession>;
