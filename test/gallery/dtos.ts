/**
 * Codecs of the MyApp API (ServiceStack 8.91, https://blazor-gallery.servicestack.net), generated
 * by `jsv codegen` from its /types/metadata: 162 DTOs (3 of them generic), 7 enums, 116
 * operations. Do not edit; generate again.
 *
 * The server writes member names in CamelCase (its jsTextCase): encode with the default textCase
 * "camel".
 *
 * Every member is optional: ServiceStack leaves null members out, so a member the server marks as
 * required is noted as such, and decoding never fails when it is absent.
 */
import {
  alias,
  boolean,
  byte,
  bytes,
  char,
  dateTime,
  dateTimeOffset,
  decimal,
  dictionary,
  double,
  dto,
  enumeration,
  float,
  guid,
  int,
  keyValuePair,
  lazy,
  list,
  long,
  map,
  nullable,
  opaque,
  pascal,
  short,
  string,
  timeSpan,
  uint,
  ulong,
  ushort,
  type Codec,
  type Field,
  type FieldLike,
  type Infer,
} from "../../src/index.js";

export const SubType = dto("SubType", {
  id: int(),
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
});
export type SubType = Infer<typeof SubType>;

export const AllTypes = dto("AllTypes", {
  id: int(),
  nullableId: nullable(int()),
  byte: byte(),
  short: short(),
  int: int(),
  long: long(),
  uShort: ushort(),
  uInt: uint(),
  uLong: ulong(),
  float: float(),
  double: double(),
  decimal: decimal(),
  /** Required by the server (it may still leave the member out when null). */
  string: string(),
  dateTime: dateTime(),
  timeSpan: timeSpan(),
  dateTimeOffset: dateTimeOffset(),
  guid: guid(),
  char: char(),
  keyValuePair: keyValuePair(string(), string()),
  nullableDateTime: nullable(dateTime()),
  nullableTimeSpan: nullable(timeSpan()),
  /** Required by the server (it may still leave the member out when null). */
  stringList: list(string()),
  /** Required by the server (it may still leave the member out when null). */
  stringArray: list(string()),
  /** Required by the server (it may still leave the member out when null). */
  stringMap: map(string()),
  /** Required by the server (it may still leave the member out when null). */
  intStringMap: dictionary(int(), string()),
  /** Required by the server (it may still leave the member out when null). */
  subType: SubType,
  /** Point: kept as the text the server writes. */
  point: opaque("Point"),
  /** Required by the server (it may still leave the member out when null). */
  aliasedName: alias(string(), "aliasedName"),
});
export type AllTypes = Infer<typeof AllTypes>;

export const Poco = dto("Poco", {
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
});
export type Poco = Infer<typeof Poco>;

export const AllCollectionTypes = dto("AllCollectionTypes", {
  /** Required by the server (it may still leave the member out when null). */
  intArray: list(int()),
  /** Required by the server (it may still leave the member out when null). */
  intList: list(int()),
  /** Required by the server (it may still leave the member out when null). */
  stringArray: list(string()),
  /** Required by the server (it may still leave the member out when null). */
  stringList: list(string()),
  /** Required by the server (it may still leave the member out when null). */
  pocoArray: list(Poco),
  /** Required by the server (it may still leave the member out when null). */
  pocoList: list(Poco),
  /** Required by the server (it may still leave the member out when null). */
  nullableByteArray: list(nullable(byte())),
  /** Required by the server (it may still leave the member out when null). */
  nullableByteList: list(nullable(byte())),
  /** Required by the server (it may still leave the member out when null). */
  nullableDateTimeArray: list(nullable(dateTime())),
  /** Required by the server (it may still leave the member out when null). */
  nullableDateTimeList: list(nullable(dateTime())),
  /** Required by the server (it may still leave the member out when null). */
  pocoLookup: map(list(Poco)),
  /** Required by the server (it may still leave the member out when null). */
  pocoLookupMap: map(list(map(Poco))),
});
export type AllCollectionTypes = Infer<typeof AllCollectionTypes>;

export const QueryBase = dto("QueryBase", {
  skip: nullable(int()),
  take: nullable(int()),
  orderBy: string(),
  orderByDesc: string(),
  include: string(),
  fields: string(),
  meta: map(string()),
});
export type QueryBase = Infer<typeof QueryBase>;

export const QueryData = <T extends FieldLike>(_t: T) =>
  dto("QueryData<T>", {}, {
    inherits: QueryBase,
  });
export type QueryData<T extends FieldLike> = Infer<ReturnType<typeof QueryData<T>>>;

export const QueryDb = <T extends FieldLike>(_t: T) =>
  dto("QueryDb<T>", {}, {
    inherits: QueryBase,
  });
export type QueryDb<T extends FieldLike> = Infer<ReturnType<typeof QueryDb<T>>>;

export const Albums = dto("Albums", {
  albumId: long(),
  /** Required by the server (it may still leave the member out when null). */
  title: string(),
  artistId: long(),
});
export type Albums = Infer<typeof Albums>;

export const Artists = dto("Artists", {
  artistId: long(),
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
});
export type Artists = Infer<typeof Artists>;

export const Customers = dto("Customers", {
  customerId: long(),
  /** Required by the server (it may still leave the member out when null). */
  firstName: string(),
  /** Required by the server (it may still leave the member out when null). */
  lastName: string(),
  /** Required by the server (it may still leave the member out when null). */
  company: string(),
  /** Required by the server (it may still leave the member out when null). */
  address: string(),
  /** Required by the server (it may still leave the member out when null). */
  city: string(),
  /** Required by the server (it may still leave the member out when null). */
  state: string(),
  /** Required by the server (it may still leave the member out when null). */
  country: string(),
  /** Required by the server (it may still leave the member out when null). */
  postalCode: string(),
  /** Required by the server (it may still leave the member out when null). */
  phone: string(),
  /** Required by the server (it may still leave the member out when null). */
  fax: string(),
  /** Required by the server (it may still leave the member out when null). */
  email: string(),
  supportRepId: nullable(long()),
});
export type Customers = Infer<typeof Customers>;

export const Employees = dto("Employees", {
  employeeId: long(),
  /** Required by the server (it may still leave the member out when null). */
  lastName: string(),
  /** Required by the server (it may still leave the member out when null). */
  firstName: string(),
  /** Required by the server (it may still leave the member out when null). */
  title: string(),
  reportsTo: nullable(long()),
  birthDate: nullable(dateTime()),
  hireDate: nullable(dateTime()),
  /** Required by the server (it may still leave the member out when null). */
  address: string(),
  /** Required by the server (it may still leave the member out when null). */
  city: string(),
  /** Required by the server (it may still leave the member out when null). */
  state: string(),
  /** Required by the server (it may still leave the member out when null). */
  country: string(),
  /** Required by the server (it may still leave the member out when null). */
  postalCode: string(),
  /** Required by the server (it may still leave the member out when null). */
  phone: string(),
  /** Required by the server (it may still leave the member out when null). */
  fax: string(),
  /** Required by the server (it may still leave the member out when null). */
  email: string(),
});
export type Employees = Infer<typeof Employees>;

export const Genres = dto("Genres", {
  genreId: long(),
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
});
export type Genres = Infer<typeof Genres>;

export const InvoiceItems = dto("InvoiceItems", {
  invoiceLineId: long(),
  invoiceId: long(),
  trackId: long(),
  unitPrice: decimal(),
  quantity: long(),
});
export type InvoiceItems = Infer<typeof InvoiceItems>;

export const Invoices = dto("Invoices", {
  invoiceId: long(),
  customerId: long(),
  invoiceDate: dateTime(),
  /** Required by the server (it may still leave the member out when null). */
  billingAddress: string(),
  /** Required by the server (it may still leave the member out when null). */
  billingCity: string(),
  /** Required by the server (it may still leave the member out when null). */
  billingState: string(),
  /** Required by the server (it may still leave the member out when null). */
  billingCountry: string(),
  /** Required by the server (it may still leave the member out when null). */
  billingPostalCode: string(),
  total: decimal(),
});
export type Invoices = Infer<typeof Invoices>;

export const MediaTypes = dto("MediaTypes", {
  mediaTypeId: long(),
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
});
export type MediaTypes = Infer<typeof MediaTypes>;

export const Playlists = dto("Playlists", {
  playlistId: long(),
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
});
export type Playlists = Infer<typeof Playlists>;

export const Tracks = dto("Tracks", {
  trackId: long(),
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
  albumId: nullable(long()),
  mediaTypeId: long(),
  genreId: nullable(long()),
  /** Required by the server (it may still leave the member out when null). */
  composer: string(),
  milliseconds: long(),
  bytes: nullable(long()),
  unitPrice: decimal(),
});
export type Tracks = Infer<typeof Tracks>;

export const RoomType = enumeration("RoomType", {
  Single: 0,
  Double: 1,
  Queen: 2,
  Twin: 3,
  Suite: 4,
});
export type RoomType = Infer<typeof RoomType>;

/** Discount Coupons */
export const Coupon = dto("Coupon", {
  /** Required by the server (it may still leave the member out when null). */
  id: string(),
  /** Required by the server (it may still leave the member out when null). */
  description: string(),
  discount: int(),
  expiryDate: dateTime(),
});
export type Coupon = Infer<typeof Coupon>;

export const AuditBase = dto("AuditBase", {
  createdDate: dateTime(),
  /** Required by the server (it may still leave the member out when null). */
  createdBy: string(),
  modifiedDate: dateTime(),
  /** Required by the server (it may still leave the member out when null). */
  modifiedBy: string(),
  deletedDate: nullable(dateTime()),
  deletedBy: string(),
});
export type AuditBase = Infer<typeof AuditBase>;

/**
 * Booking Details
 *
 * Captures a Persons Name & Room Booking information
 */
export const Booking = dto("Booking", {
  id: int(),
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
  roomType: RoomType,
  roomNumber: int(),
  bookingStartDate: dateTime(),
  bookingEndDate: nullable(dateTime()),
  cost: decimal(),
  couponId: string(),
  /** Required by the server (it may still leave the member out when null). */
  discount: Coupon,
  notes: string(),
  cancelled: nullable(boolean()),
}, {
  inherits: AuditBase,
});
export type Booking = Infer<typeof Booking>;

export const FileAccessType = enumeration("FileAccessType", {
  Public: 0,
  Team: 1,
  Private: 2,
});
export type FileAccessType = Infer<typeof FileAccessType>;

export const FileSystemFile = dto("FileSystemFile", {
  id: int(),
  /** Required by the server (it may still leave the member out when null). */
  fileName: string(),
  /** Required by the server (it may still leave the member out when null). */
  filePath: string(),
  /** Required by the server (it may still leave the member out when null). */
  contentType: string(),
  contentLength: long(),
  fileSystemItemId: int(),
});
export type FileSystemFile = Infer<typeof FileSystemFile>;

export const PhoneKind = enumeration("PhoneKind", {
  Home: 0,
  Mobile: 1,
  Work: 2,
});
export type PhoneKind = Infer<typeof PhoneKind>;

export const Phone = dto("Phone", {
  kind: PhoneKind,
  /** Required by the server (it may still leave the member out when null). */
  number: string(),
  /** Required by the server (it may still leave the member out when null). */
  ext: string(),
});
export type Phone = Infer<typeof Phone>;

export const PlayerGameItem = dto("PlayerGameItem", {
  id: int(),
  playerId: int(),
  /** Required by the server (it may still leave the member out when null). */
  gameItemName: string(),
});
export type PlayerGameItem = Infer<typeof PlayerGameItem>;

export const PlayerRole = enumeration("PlayerRole", {
  Leader: 0,
  Player: 1,
  NonPlayer: 2,
});
export type PlayerRole = Infer<typeof PlayerRole>;

export const PlayerRegion = enumeration("PlayerRegion", {
  Africa: 1,
  Americas: 2,
  Asia: 3,
  Australasia: 4,
  Europe: 5,
});
export type PlayerRegion = Infer<typeof PlayerRegion>;

export const Profile = dto("Profile", {
  id: int(),
  role: PlayerRole,
  region: PlayerRegion,
  username: string(),
  highScore: long(),
  gamesPlayed: long(),
  energy: int(),
  profileUrl: string(),
  coverUrl: string(),
  meta: map(string()),
}, {
  inherits: AuditBase,
});
export type Profile = Infer<typeof Profile>;

export const Player = dto("Player", {
  id: int(),
  /** Required by the server (it may still leave the member out when null). */
  firstName: string(),
  /** Required by the server (it may still leave the member out when null). */
  lastName: string(),
  /** Required by the server (it may still leave the member out when null). */
  email: string(),
  /** Required by the server (it may still leave the member out when null). */
  phoneNumbers: list(Phone),
  /** Required by the server (it may still leave the member out when null). */
  gameItems: list(PlayerGameItem),
  /** Required by the server (it may still leave the member out when null). */
  profile: Profile,
  profileId: int(),
  savedLevelId: guid(),
  rowVersion: ulong(),
}, {
  inherits: AuditBase,
});
export type Player = Infer<typeof Player>;

export const GameItem = dto("GameItem", {
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
  /** Required by the server (it may still leave the member out when null). */
  imageUrl: string(),
  description: string(),
  dateAdded: dateTime(),
}, {
  inherits: AuditBase,
});
export type GameItem = Infer<typeof GameItem>;

export const Level = dto("Level", {
  id: guid(),
  /** Required by the server (it may still leave the member out when null). */
  data: bytes(),
});
export type Level = Infer<typeof Level>;

export const JobApplicationAttachment = dto("JobApplicationAttachment", {
  id: int(),
  jobApplicationId: int(),
  /** Required by the server (it may still leave the member out when null). */
  fileName: string(),
  /** Required by the server (it may still leave the member out when null). */
  filePath: string(),
  /** Required by the server (it may still leave the member out when null). */
  contentType: string(),
  contentLength: long(),
});
export type JobApplicationAttachment = Infer<typeof JobApplicationAttachment>;

export const AppUser = dto("AppUser", {
  /** Required by the server (it may still leave the member out when null). */
  id: string(),
  firstName: string(),
  lastName: string(),
  displayName: string(),
  profileUrl: string(),
});
export type AppUser = Infer<typeof AppUser>;

export const FileSystemItem = dto("FileSystemItem", {
  id: int(),
  fileAccessType: nullable(FileAccessType),
  /** Required by the server (it may still leave the member out when null). */
  file: FileSystemFile,
  /** Required by the server (it may still leave the member out when null). */
  appUserId: string(),
});
export type FileSystemItem = Infer<typeof FileSystemItem>;

export const EmploymentType = enumeration("EmploymentType", {
  FullTime: 0,
  PartTime: 1,
  Casual: 2,
  Contract: 3,
});
export type EmploymentType = Infer<typeof EmploymentType>;

export const JobApplicationComment = dto("JobApplicationComment", {
  id: int(),
  /** Required by the server (it may still leave the member out when null). */
  appUserId: string(),
  /** Required by the server (it may still leave the member out when null). */
  appUser: AppUser,
  jobApplicationId: int(),
  /** Required by the server (it may still leave the member out when null). */
  comment: string(),
}, {
  inherits: AuditBase,
});
export type JobApplicationComment = Infer<typeof JobApplicationComment>;

export const JobApplicationStatus = enumeration("JobApplicationStatus", {
  /** Application was received */
  Applied: 0,
  /** Advanced to phone screening */
  PhoneScreening: 1,
  /** Completed phone screening */
  PhoneScreeningCompleted: 2,
  /** Advanced to interview */
  Interview: 3,
  /** Interview was completed */
  InterviewCompleted: 4,
  /** Advanced to offer */
  Offer: 5,
  /** Application was denied */
  Disqualified: 6,
});
export type JobApplicationStatus = Infer<typeof JobApplicationStatus>;

export const JobApplicationEvent = dto("JobApplicationEvent", {
  id: int(),
  jobApplicationId: int(),
  /** Required by the server (it may still leave the member out when null). */
  appUserId: string(),
  /** Required by the server (it may still leave the member out when null). */
  appUser: AppUser,
  /** Required by the server (it may still leave the member out when null). */
  description: string(),
  status: nullable(JobApplicationStatus),
  eventDate: dateTime(),
}, {
  inherits: AuditBase,
});
export type JobApplicationEvent = Infer<typeof JobApplicationEvent>;

export const PhoneScreen = dto("PhoneScreen", {
  id: int(),
  /** Required by the server (it may still leave the member out when null). */
  appUserId: string(),
  /** Required by the server (it may still leave the member out when null). */
  appUser: AppUser,
  jobApplicationId: int(),
  applicationStatus: nullable(JobApplicationStatus),
  /** Required by the server (it may still leave the member out when null). */
  notes: string(),
}, {
  inherits: AuditBase,
});
export type PhoneScreen = Infer<typeof PhoneScreen>;

export const Interview = dto("Interview", {
  id: int(),
  bookingTime: dateTime(),
  jobApplicationId: int(),
  /** Required by the server (it may still leave the member out when null). */
  appUserId: string(),
  /** Required by the server (it may still leave the member out when null). */
  appUser: AppUser,
  applicationStatus: nullable(JobApplicationStatus),
  /** Required by the server (it may still leave the member out when null). */
  notes: string(),
}, {
  inherits: AuditBase,
});
export type Interview = Infer<typeof Interview>;

export const JobOffer = dto("JobOffer", {
  id: int(),
  salaryOffer: int(),
  /** Required by the server (it may still leave the member out when null). */
  currency: string(),
  jobApplicationId: int(),
  /** Required by the server (it may still leave the member out when null). */
  appUserId: string(),
  /** Required by the server (it may still leave the member out when null). */
  appUser: AppUser,
  /** Required by the server (it may still leave the member out when null). */
  notes: string(),
}, {
  inherits: AuditBase,
});
export type JobOffer = Infer<typeof JobOffer>;

export interface Contact {
  id?: Infer<ReturnType<typeof int>> | undefined;
  displayName?: Infer<ReturnType<typeof string>> | undefined;
  profileUrl?: Infer<ReturnType<typeof string>> | undefined;
  firstName?: Infer<ReturnType<typeof string>> | undefined;
  lastName?: Infer<ReturnType<typeof string>> | undefined;
  salaryExpectation?: Infer<ReturnType<typeof nullable<ReturnType<typeof int>>>> | undefined;
  jobType?: Infer<ReturnType<typeof string>> | undefined;
  availabilityWeeks?: Infer<ReturnType<typeof int>> | undefined;
  preferredWorkType?: Infer<typeof EmploymentType> | undefined;
  preferredLocation?: Infer<ReturnType<typeof string>> | undefined;
  email?: Infer<ReturnType<typeof string>> | undefined;
  phone?: Infer<ReturnType<typeof string>> | undefined;
  skills?: Infer<ReturnType<typeof list<ReturnType<typeof string>>>> | undefined;
  about?: Infer<ReturnType<typeof string>> | undefined;
  applications?: Infer<ReturnType<typeof list<Field<JobApplication> & { readonly kind: "dto" }>>> | undefined;
}
export const Contact: Codec<Contact> = dto("Contact", {
  id: int(),
  /** Required by the server (it may still leave the member out when null). */
  displayName: string(),
  /** Required by the server (it may still leave the member out when null). */
  profileUrl: string(),
  /** Required by the server (it may still leave the member out when null). */
  firstName: string(),
  /** Required by the server (it may still leave the member out when null). */
  lastName: string(),
  salaryExpectation: nullable(int()),
  /** Required by the server (it may still leave the member out when null). */
  jobType: string(),
  availabilityWeeks: int(),
  preferredWorkType: EmploymentType,
  /** Required by the server (it may still leave the member out when null). */
  preferredLocation: string(),
  /** Required by the server (it may still leave the member out when null). */
  email: string(),
  /** Required by the server (it may still leave the member out when null). */
  phone: string(),
  skills: list(string()),
  /** Required by the server (it may still leave the member out when null). */
  about: string(),
  /** Required by the server (it may still leave the member out when null). */
  applications: list(lazy((): Codec<JobApplication> => JobApplication)),
});

export interface Job extends AuditBase {
  id?: Infer<ReturnType<typeof int>> | undefined;
  title?: Infer<ReturnType<typeof string>> | undefined;
  employmentType?: Infer<typeof EmploymentType> | undefined;
  company?: Infer<ReturnType<typeof string>> | undefined;
  location?: Infer<ReturnType<typeof string>> | undefined;
  salaryRangeLower?: Infer<ReturnType<typeof int>> | undefined;
  salaryRangeUpper?: Infer<ReturnType<typeof int>> | undefined;
  description?: Infer<ReturnType<typeof string>> | undefined;
  applications?: Infer<ReturnType<typeof list<Field<JobApplication> & { readonly kind: "dto" }>>> | undefined;
  closing?: Infer<ReturnType<typeof dateTime>> | undefined;
}
export const Job: Codec<Job> = dto("Job", {
  id: int(),
  /** Required by the server (it may still leave the member out when null). */
  title: string(),
  employmentType: EmploymentType,
  /** Required by the server (it may still leave the member out when null). */
  company: string(),
  /** Required by the server (it may still leave the member out when null). */
  location: string(),
  salaryRangeLower: int(),
  salaryRangeUpper: int(),
  /** Required by the server (it may still leave the member out when null). */
  description: string(),
  /** Required by the server (it may still leave the member out when null). */
  applications: list(lazy((): Codec<JobApplication> => JobApplication)),
  closing: dateTime(),
}, {
  inherits: AuditBase,
});

export interface JobApplication {
  id?: Infer<ReturnType<typeof int>> | undefined;
  jobId?: Infer<ReturnType<typeof int>> | undefined;
  contactId?: Infer<ReturnType<typeof int>> | undefined;
  position?: Infer<Field<Job> & { readonly kind: "dto" }> | undefined;
  applicant?: Infer<Field<Contact> & { readonly kind: "dto" }> | undefined;
  comments?: Infer<ReturnType<typeof list<typeof JobApplicationComment>>> | undefined;
  appliedDate?: Infer<ReturnType<typeof dateTime>> | undefined;
  applicationStatus?: Infer<typeof JobApplicationStatus> | undefined;
  attachments?: Infer<ReturnType<typeof list<typeof JobApplicationAttachment>>> | undefined;
  events?: Infer<ReturnType<typeof list<typeof JobApplicationEvent>>> | undefined;
  phoneScreen?: Infer<typeof PhoneScreen> | undefined;
  interview?: Infer<typeof Interview> | undefined;
  jobOffer?: Infer<typeof JobOffer> | undefined;
}
export const JobApplication: Codec<JobApplication> = dto("JobApplication", {
  id: int(),
  jobId: int(),
  contactId: int(),
  /** Required by the server (it may still leave the member out when null). */
  position: lazy((): Codec<Job> => Job),
  /** Required by the server (it may still leave the member out when null). */
  applicant: lazy((): Codec<Contact> => Contact),
  /** Required by the server (it may still leave the member out when null). */
  comments: list(JobApplicationComment),
  appliedDate: dateTime(),
  applicationStatus: JobApplicationStatus,
  /** Required by the server (it may still leave the member out when null). */
  attachments: list(JobApplicationAttachment),
  /** Required by the server (it may still leave the member out when null). */
  events: list(JobApplicationEvent),
  /** Required by the server (it may still leave the member out when null). */
  phoneScreen: PhoneScreen,
  /** Required by the server (it may still leave the member out when null). */
  interview: Interview,
  /** Required by the server (it may still leave the member out when null). */
  jobOffer: JobOffer,
});

export const ResponseError = dto("ResponseError", {
  /** Required by the server (it may still leave the member out when null). */
  errorCode: string(),
  /** Required by the server (it may still leave the member out when null). */
  fieldName: string(),
  /** Required by the server (it may still leave the member out when null). */
  message: string(),
  meta: map(string()),
});
export type ResponseError = Infer<typeof ResponseError>;

export const ResponseStatus = dto("ResponseStatus", {
  /** Required by the server (it may still leave the member out when null). */
  errorCode: string(),
  message: string(),
  stackTrace: string(),
  errors: list(ResponseError),
  meta: map(string()),
});
export type ResponseStatus = Infer<typeof ResponseStatus>;

export const QueryResponse = <T extends FieldLike>(t: T) =>
  dto("QueryResponse<T>", {
    offset: int(),
    total: int(),
    /** Required by the server (it may still leave the member out when null). */
    results: list(t),
    meta: map(string()),
    responseStatus: ResponseStatus,
  });
export type QueryResponse<T extends FieldLike> = Infer<ReturnType<typeof QueryResponse<T>>>;

export const HelloAllTypesResponse = dto("HelloAllTypesResponse", {
  /** Required by the server (it may still leave the member out when null). */
  result: string(),
  /** Required by the server (it may still leave the member out when null). */
  allTypes: AllTypes,
  /** Required by the server (it may still leave the member out when null). */
  allCollectionTypes: AllCollectionTypes,
});
export type HelloAllTypesResponse = Infer<typeof HelloAllTypesResponse>;

/** No route of its own; method POST. Returns HelloAllTypesResponse. */
export const HelloAllTypes = dto("HelloAllTypes", {
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
  /** Required by the server (it may still leave the member out when null). */
  allTypes: AllTypes,
  /** Required by the server (it may still leave the member out when null). */
  allCollectionTypes: AllCollectionTypes,
}, {
  returns: HelloAllTypesResponse,
});
export type HelloAllTypes = Infer<typeof HelloAllTypes>;

/** No route of its own; method POST. Returns ComboBoxExamples. */
export interface ComboBoxExamples {
  singleClientValues?: Infer<ReturnType<typeof string>> | undefined;
  multipleClientValues?: Infer<ReturnType<typeof list<ReturnType<typeof string>>>> | undefined;
  singleServerValues?: Infer<ReturnType<typeof string>> | undefined;
  multipleServerValues?: Infer<ReturnType<typeof list<ReturnType<typeof string>>>> | undefined;
  singleServerEntries?: Infer<ReturnType<typeof string>> | undefined;
  multipleServerEntries?: Infer<ReturnType<typeof list<ReturnType<typeof string>>>> | undefined;
}
export const ComboBoxExamples: Codec<ComboBoxExamples, Field<ComboBoxExamples> & { readonly kind: "dto" }> = dto("ComboBoxExamples", {
  singleClientValues: string(),
  multipleClientValues: list(string()),
  singleServerValues: string(),
  multipleServerValues: list(string()),
  singleServerEntries: string(),
  multipleServerEntries: list(string()),
}, {
  returns: lazy((): Codec<ComboBoxExamples> => ComboBoxExamples),
});

export const HelloResponse = dto("HelloResponse", {
  /** Required by the server (it may still leave the member out when null). */
  result: string(),
  /** Required by the server (it may still leave the member out when null). */
  responseStatus: ResponseStatus,
});
export type HelloResponse = Infer<typeof HelloResponse>;

/** Routes: ANY /hello/{Name}. Returns HelloResponse. */
export const Hello = dto("Hello", {
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
}, {
  routes: [
    { path: "/hello/{Name}" },
  ],
  returns: HelloResponse,
});
export type Hello = Infer<typeof Hello>;

/** Routes: ANY /hellosecure/{Name}. Returns HelloResponse. */
export const HelloSecure = dto("HelloSecure", {
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
}, {
  routes: [
    { path: "/hellosecure/{Name}" },
  ],
  returns: HelloResponse,
});
export type HelloSecure = Infer<typeof HelloSecure>;

export const Todo = dto("Todo", {
  id: long(),
  /** Required by the server (it may still leave the member out when null). */
  text: string(),
  isFinished: boolean(),
});
export type Todo = Infer<typeof Todo>;

/** Routes: GET /todos. Returns QueryResponse<Todo>. */
export const QueryTodos = dto("QueryTodos", {
  id: nullable(int()),
  ids: list(long()),
  textContains: string(),
}, {
  inherits: QueryData(Todo),
  routes: [
    { path: "/todos", verbs: "GET" },
  ],
  returns: QueryResponse(Todo),
});
export type QueryTodos = Infer<typeof QueryTodos>;

/** Routes: POST /todos. Returns Todo. */
export const CreateTodo = dto("CreateTodo", {
  /** Required by the server (it may still leave the member out when null). */
  text: string(),
}, {
  routes: [
    { path: "/todos", verbs: "POST" },
  ],
  returns: Todo,
});
export type CreateTodo = Infer<typeof CreateTodo>;

/** Routes: PUT /todos/{Id}. Returns Todo. */
export const UpdateTodo = dto("UpdateTodo", {
  id: long(),
  /** Required by the server (it may still leave the member out when null). */
  text: string(),
  isFinished: boolean(),
}, {
  routes: [
    { path: "/todos/{Id}", verbs: "PUT" },
  ],
  returns: Todo,
});
export type UpdateTodo = Infer<typeof UpdateTodo>;

/** Routes: DELETE /todos/{Id}. Returns void. */
export const DeleteTodo = dto("DeleteTodo", {
  id: long(),
}, {
  routes: [
    { path: "/todos/{Id}", verbs: "DELETE" },
  ],
  returns: "void",
});
export type DeleteTodo = Infer<typeof DeleteTodo>;

/** Routes: DELETE /todos. Returns void. */
export const DeleteTodos = dto("DeleteTodos", {
  /** Required by the server (it may still leave the member out when null). */
  ids: list(long()),
}, {
  routes: [
    { path: "/todos", verbs: "DELETE" },
  ],
  returns: "void",
});
export type DeleteTodos = Infer<typeof DeleteTodos>;

export const AuthenticateResponse = dto("AuthenticateResponse", {
  userId: string(),
  sessionId: string(),
  userName: string(),
  displayName: string(),
  referrerUrl: string(),
  bearerToken: string(),
  refreshToken: string(),
  refreshTokenExpiry: nullable(dateTime()),
  profileUrl: string(),
  roles: list(string()),
  permissions: list(string()),
  authProvider: string(),
  responseStatus: ResponseStatus,
  meta: map(string()),
});
export type AuthenticateResponse = Infer<typeof AuthenticateResponse>;

/**
 * Sign In
 *
 * Routes: GET,POST /auth, POST /auth/{provider}. Returns AuthenticateResponse.
 */
export const Authenticate = dto("Authenticate", {
  /** AuthProvider, e.g. credentials */
  provider: pascal(string(), "provider"),
  userName: string(),
  password: string(),
  rememberMe: nullable(boolean()),
  accessToken: string(),
  accessTokenSecret: string(),
  returnUrl: string(),
  errorView: string(),
  meta: map(string()),
}, {
  routes: [
    { path: "/auth", verbs: "GET,POST" },
    { path: "/auth/{provider}", verbs: "POST" },
  ],
  returns: AuthenticateResponse,
});
export type Authenticate = Infer<typeof Authenticate>;

/** Routes: GET /albums, GET /albums/{AlbumId}. Returns QueryResponse<Albums>. */
export const QueryAlbums = dto("QueryAlbums", {
  albumId: nullable(long()),
}, {
  inherits: QueryDb(Albums),
  routes: [
    { path: "/albums", verbs: "GET" },
    { path: "/albums/{AlbumId}", verbs: "GET" },
  ],
  returns: QueryResponse(Albums),
});
export type QueryAlbums = Infer<typeof QueryAlbums>;

/** Routes: GET /artists, GET /artists/{ArtistId}. Returns QueryResponse<Artists>. */
export const QueryArtists = dto("QueryArtists", {
  artistId: nullable(long()),
  /** Required by the server (it may still leave the member out when null). */
  artistIdBetween: list(long()),
  /** Required by the server (it may still leave the member out when null). */
  nameStartsWith: string(),
}, {
  inherits: QueryDb(Artists),
  routes: [
    { path: "/artists", verbs: "GET" },
    { path: "/artists/{ArtistId}", verbs: "GET" },
  ],
  returns: QueryResponse(Artists),
});
export type QueryArtists = Infer<typeof QueryArtists>;

/** Routes: GET /customers, GET /customers/{CustomerId}. Returns QueryResponse<Customers>. */
export const QueryChinookCustomers = dto("QueryChinookCustomers", {
  customerId: nullable(long()),
}, {
  inherits: QueryDb(Customers),
  routes: [
    { path: "/customers", verbs: "GET" },
    { path: "/customers/{CustomerId}", verbs: "GET" },
  ],
  returns: QueryResponse(Customers),
});
export type QueryChinookCustomers = Infer<typeof QueryChinookCustomers>;

/** Routes: GET /employees, GET /employees/{EmployeeId}. Returns QueryResponse<Employees>. */
export const QueryChinookEmployees = dto("QueryChinookEmployees", {
  employeeId: nullable(long()),
}, {
  inherits: QueryDb(Employees),
  routes: [
    { path: "/employees", verbs: "GET" },
    { path: "/employees/{EmployeeId}", verbs: "GET" },
  ],
  returns: QueryResponse(Employees),
});
export type QueryChinookEmployees = Infer<typeof QueryChinookEmployees>;

/** Routes: GET /genres, GET /genres/{GenreId}. Returns QueryResponse<Genres>. */
export const QueryGenres = dto("QueryGenres", {
  genreId: nullable(long()),
}, {
  inherits: QueryDb(Genres),
  routes: [
    { path: "/genres", verbs: "GET" },
    { path: "/genres/{GenreId}", verbs: "GET" },
  ],
  returns: QueryResponse(Genres),
});
export type QueryGenres = Infer<typeof QueryGenres>;

/** Routes: GET /invoiceitems, GET /invoiceitems/{InvoiceLineId}. Returns QueryResponse<InvoiceItems>. */
export const QueryInvoiceItems = dto("QueryInvoiceItems", {
  invoiceLineId: nullable(long()),
}, {
  inherits: QueryDb(InvoiceItems),
  routes: [
    { path: "/invoiceitems", verbs: "GET" },
    { path: "/invoiceitems/{InvoiceLineId}", verbs: "GET" },
  ],
  returns: QueryResponse(InvoiceItems),
});
export type QueryInvoiceItems = Infer<typeof QueryInvoiceItems>;

/** Routes: GET /invoices, GET /invoices/{InvoiceId}. Returns QueryResponse<Invoices>. */
export const QueryInvoices = dto("QueryInvoices", {
  invoiceId: nullable(long()),
}, {
  inherits: QueryDb(Invoices),
  routes: [
    { path: "/invoices", verbs: "GET" },
    { path: "/invoices/{InvoiceId}", verbs: "GET" },
  ],
  returns: QueryResponse(Invoices),
});
export type QueryInvoices = Infer<typeof QueryInvoices>;

/** Routes: GET /mediatypes, GET /mediatypes/{MediaTypeId}. Returns QueryResponse<MediaTypes>. */
export const QueryMediaTypes = dto("QueryMediaTypes", {
  mediaTypeId: nullable(long()),
}, {
  inherits: QueryDb(MediaTypes),
  routes: [
    { path: "/mediatypes", verbs: "GET" },
    { path: "/mediatypes/{MediaTypeId}", verbs: "GET" },
  ],
  returns: QueryResponse(MediaTypes),
});
export type QueryMediaTypes = Infer<typeof QueryMediaTypes>;

/** Routes: GET /playlists, GET /playlists/{PlaylistId}. Returns QueryResponse<Playlists>. */
export const QueryPlaylists = dto("QueryPlaylists", {
  playlistId: nullable(long()),
}, {
  inherits: QueryDb(Playlists),
  routes: [
    { path: "/playlists", verbs: "GET" },
    { path: "/playlists/{PlaylistId}", verbs: "GET" },
  ],
  returns: QueryResponse(Playlists),
});
export type QueryPlaylists = Infer<typeof QueryPlaylists>;

/** Routes: GET /tracks, GET /tracks/{TrackId}. Returns QueryResponse<Tracks>. */
export const QueryTracks = dto("QueryTracks", {
  trackId: nullable(long()),
  /** Required by the server (it may still leave the member out when null). */
  nameContains: string(),
}, {
  inherits: QueryDb(Tracks),
  routes: [
    { path: "/tracks", verbs: "GET" },
    { path: "/tracks/{TrackId}", verbs: "GET" },
  ],
  returns: QueryResponse(Tracks),
});
export type QueryTracks = Infer<typeof QueryTracks>;

/**
 * Find Bookings
 *
 * Find out how to quickly create a <a class='svg-external' target='_blank' href='https://youtu.be/rSFiikDjGos'>C# Bookings App from Scratch</a>
 *
 * Routes: GET /bookings, GET /bookings/{Id}. Returns QueryResponse<Booking>.
 */
export const QueryBookings = dto("QueryBookings", {
  id: nullable(int()),
}, {
  inherits: QueryDb(Booking),
  routes: [
    { path: "/bookings", verbs: "GET" },
    { path: "/bookings/{Id}", verbs: "GET" },
  ],
  returns: QueryResponse(Booking),
});
export type QueryBookings = Infer<typeof QueryBookings>;

/**
 * Find Coupons
 *
 * Routes: GET /coupons. Returns QueryResponse<Coupon>.
 */
export const QueryCoupons = dto("QueryCoupons", {
  /** Required by the server (it may still leave the member out when null). */
  id: string(),
}, {
  inherits: QueryDb(Coupon),
  routes: [
    { path: "/coupons", verbs: "GET" },
  ],
  returns: QueryResponse(Coupon),
});
export type QueryCoupons = Infer<typeof QueryCoupons>;

/** No route of its own; method GET. Returns QueryResponse<FileSystemItem>. */
export const QueryFileSystemItems = dto("QueryFileSystemItems", {
  appUserId: nullable(int()),
  fileAccessType: nullable(FileAccessType),
}, {
  inherits: QueryDb(FileSystemItem),
  returns: QueryResponse(FileSystemItem),
});
export type QueryFileSystemItems = Infer<typeof QueryFileSystemItems>;

/** No route of its own; method GET. Returns QueryResponse<FileSystemFile>. */
export const QueryFileSystemFiles = dto("QueryFileSystemFiles", {}, {
  inherits: QueryDb(FileSystemFile),
  returns: QueryResponse(FileSystemFile),
});
export type QueryFileSystemFiles = Infer<typeof QueryFileSystemFiles>;

/** No route of its own; method GET. Returns QueryResponse<Player>. */
export const QueryPlayer = dto("QueryPlayer", {}, {
  inherits: QueryDb(Player),
  returns: QueryResponse(Player),
});
export type QueryPlayer = Infer<typeof QueryPlayer>;

/** No route of its own; method GET. Returns QueryResponse<Profile>. */
export const QueryProfile = dto("QueryProfile", {}, {
  inherits: QueryDb(Profile),
  returns: QueryResponse(Profile),
});
export type QueryProfile = Infer<typeof QueryProfile>;

/** No route of its own; method GET. Returns QueryResponse<GameItem>. */
export const QueryGameItem = dto("QueryGameItem", {
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
}, {
  inherits: QueryDb(GameItem),
  returns: QueryResponse(GameItem),
});
export type QueryGameItem = Infer<typeof QueryGameItem>;

/** No route of its own; method GET. Returns QueryResponse<PlayerGameItem>. */
export const QueryPlayerGameItem = dto("QueryPlayerGameItem", {
  id: nullable(int()),
  playerId: nullable(int()),
  gameItemName: string(),
}, {
  inherits: QueryDb(PlayerGameItem),
  returns: QueryResponse(PlayerGameItem),
});
export type QueryPlayerGameItem = Infer<typeof QueryPlayerGameItem>;

/** No route of its own; method GET. Returns QueryResponse<Level>. */
export const QueryLevel = dto("QueryLevel", {
  id: nullable(guid()),
}, {
  inherits: QueryDb(Level),
  returns: QueryResponse(Level),
});
export type QueryLevel = Infer<typeof QueryLevel>;

/** No route of its own; method GET. Returns QueryResponse<JobApplicationAttachment>. */
export const QueryJobApplicationAttachments = dto("QueryJobApplicationAttachments", {
  id: nullable(int()),
}, {
  inherits: QueryDb(JobApplicationAttachment),
  returns: QueryResponse(JobApplicationAttachment),
});
export type QueryJobApplicationAttachments = Infer<typeof QueryJobApplicationAttachments>;

/** No route of its own; method GET. Returns QueryResponse<Contact>. */
export const QueryContacts = dto("QueryContacts", {
  id: nullable(int()),
}, {
  inherits: QueryDb(Contact),
  returns: QueryResponse(Contact),
});
export type QueryContacts = Infer<typeof QueryContacts>;

/** No route of its own; method GET. Returns QueryResponse<Job>. */
export const QueryJobs = dto("QueryJobs", {
  id: nullable(int()),
  ids: list(int()),
}, {
  inherits: QueryDb(Job),
  returns: QueryResponse(Job),
});
export type QueryJobs = Infer<typeof QueryJobs>;

/** No route of its own; method GET. Returns QueryResponse<JobApplication>. */
export const QueryJobApplications = dto("QueryJobApplications", {
  id: nullable(int()),
  ids: list(int()),
  jobId: nullable(int()),
}, {
  inherits: QueryDb(JobApplication),
  returns: QueryResponse(JobApplication),
});
export type QueryJobApplications = Infer<typeof QueryJobApplications>;

/** No route of its own; method GET. Returns QueryResponse<PhoneScreen>. */
export const QueryPhoneScreens = dto("QueryPhoneScreens", {
  id: nullable(int()),
  jobApplicationId: nullable(int()),
}, {
  inherits: QueryDb(PhoneScreen),
  returns: QueryResponse(PhoneScreen),
});
export type QueryPhoneScreens = Infer<typeof QueryPhoneScreens>;

/** No route of its own; method GET. Returns QueryResponse<Interview>. */
export const QueryInterviews = dto("QueryInterviews", {
  id: nullable(int()),
  jobApplicationId: nullable(int()),
}, {
  inherits: QueryDb(Interview),
  returns: QueryResponse(Interview),
});
export type QueryInterviews = Infer<typeof QueryInterviews>;

/** No route of its own; method GET. Returns QueryResponse<JobOffer>. */
export const QueryJobOffers = dto("QueryJobOffers", {
  id: nullable(int()),
  jobApplicationId: nullable(int()),
}, {
  inherits: QueryDb(JobOffer),
  returns: QueryResponse(JobOffer),
});
export type QueryJobOffers = Infer<typeof QueryJobOffers>;

/** No route of its own; method GET. Returns QueryResponse<JobApplicationEvent>. */
export const QueryJobApplicationEvents = dto("QueryJobApplicationEvents", {
  jobApplicationId: nullable(int()),
}, {
  inherits: QueryDb(JobApplicationEvent),
  returns: QueryResponse(JobApplicationEvent),
});
export type QueryJobApplicationEvents = Infer<typeof QueryJobApplicationEvents>;

/** No route of its own; method GET. Returns QueryResponse<AppUser>. */
export const QueryAppUsers = dto("QueryAppUsers", {
  emailContains: string(),
  firstNameContains: string(),
  lastNameContains: string(),
}, {
  inherits: QueryDb(AppUser),
  returns: QueryResponse(AppUser),
});
export type QueryAppUsers = Infer<typeof QueryAppUsers>;

/** No route of its own; method GET. Returns QueryResponse<JobApplicationComment>. */
export const QueryJobApplicationComments = dto("QueryJobApplicationComments", {
  jobApplicationId: nullable(int()),
}, {
  inherits: QueryDb(JobApplicationComment),
  returns: QueryResponse(JobApplicationComment),
});
export type QueryJobApplicationComments = Infer<typeof QueryJobApplicationComments>;

export const IdResponse = dto("IdResponse", {
  /** Required by the server (it may still leave the member out when null). */
  id: string(),
  responseStatus: ResponseStatus,
});
export type IdResponse = Infer<typeof IdResponse>;

/** Routes: POST /albums. Returns IdResponse. */
export const CreateAlbums = dto("CreateAlbums", {
  /** Required by the server (it may still leave the member out when null). */
  title: string(),
  artistId: long(),
}, {
  routes: [
    { path: "/albums", verbs: "POST" },
  ],
  returns: IdResponse,
});
export type CreateAlbums = Infer<typeof CreateAlbums>;

/** Routes: POST /artists. Returns IdResponse. */
export const CreateArtists = dto("CreateArtists", {
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
}, {
  routes: [
    { path: "/artists", verbs: "POST" },
  ],
  returns: IdResponse,
});
export type CreateArtists = Infer<typeof CreateArtists>;

/** Routes: POST /customers. Returns IdResponse. */
export const CreateChinookCustomer = dto("CreateChinookCustomer", {
  /** Required by the server (it may still leave the member out when null). */
  firstName: string(),
  /** Required by the server (it may still leave the member out when null). */
  lastName: string(),
  /** Required by the server (it may still leave the member out when null). */
  company: string(),
  /** Required by the server (it may still leave the member out when null). */
  address: string(),
  /** Required by the server (it may still leave the member out when null). */
  city: string(),
  /** Required by the server (it may still leave the member out when null). */
  state: string(),
  /** Required by the server (it may still leave the member out when null). */
  country: string(),
  /** Required by the server (it may still leave the member out when null). */
  postalCode: string(),
  /** Required by the server (it may still leave the member out when null). */
  phone: string(),
  /** Required by the server (it may still leave the member out when null). */
  fax: string(),
  /** Required by the server (it may still leave the member out when null). */
  email: string(),
  supportRepId: nullable(long()),
}, {
  routes: [
    { path: "/customers", verbs: "POST" },
  ],
  returns: IdResponse,
});
export type CreateChinookCustomer = Infer<typeof CreateChinookCustomer>;

/** Routes: POST /employees. Returns IdResponse. */
export const CreateChinookEmployee = dto("CreateChinookEmployee", {
  /** Required by the server (it may still leave the member out when null). */
  lastName: string(),
  /** Required by the server (it may still leave the member out when null). */
  firstName: string(),
  /** Required by the server (it may still leave the member out when null). */
  title: string(),
  reportsTo: nullable(long()),
  birthDate: nullable(dateTime()),
  hireDate: nullable(dateTime()),
  /** Required by the server (it may still leave the member out when null). */
  address: string(),
  /** Required by the server (it may still leave the member out when null). */
  city: string(),
  /** Required by the server (it may still leave the member out when null). */
  state: string(),
  /** Required by the server (it may still leave the member out when null). */
  country: string(),
  /** Required by the server (it may still leave the member out when null). */
  postalCode: string(),
  /** Required by the server (it may still leave the member out when null). */
  phone: string(),
  /** Required by the server (it may still leave the member out when null). */
  fax: string(),
  /** Required by the server (it may still leave the member out when null). */
  email: string(),
}, {
  routes: [
    { path: "/employees", verbs: "POST" },
  ],
  returns: IdResponse,
});
export type CreateChinookEmployee = Infer<typeof CreateChinookEmployee>;

/** Routes: POST /genres. Returns IdResponse. */
export const CreateGenres = dto("CreateGenres", {
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
}, {
  routes: [
    { path: "/genres", verbs: "POST" },
  ],
  returns: IdResponse,
});
export type CreateGenres = Infer<typeof CreateGenres>;

/** Routes: POST /invoiceitems. Returns IdResponse. */
export const CreateInvoiceItems = dto("CreateInvoiceItems", {
  invoiceId: long(),
  trackId: long(),
  unitPrice: decimal(),
  quantity: long(),
}, {
  routes: [
    { path: "/invoiceitems", verbs: "POST" },
  ],
  returns: IdResponse,
});
export type CreateInvoiceItems = Infer<typeof CreateInvoiceItems>;

/** Routes: POST /invoices. Returns IdResponse. */
export const CreateInvoices = dto("CreateInvoices", {
  customerId: long(),
  invoiceDate: dateTime(),
  /** Required by the server (it may still leave the member out when null). */
  billingAddress: string(),
  /** Required by the server (it may still leave the member out when null). */
  billingCity: string(),
  /** Required by the server (it may still leave the member out when null). */
  billingState: string(),
  /** Required by the server (it may still leave the member out when null). */
  billingCountry: string(),
  /** Required by the server (it may still leave the member out when null). */
  billingPostalCode: string(),
  total: decimal(),
}, {
  routes: [
    { path: "/invoices", verbs: "POST" },
  ],
  returns: IdResponse,
});
export type CreateInvoices = Infer<typeof CreateInvoices>;

/** Routes: POST /mediatypes. Returns IdResponse. */
export const CreateMediaTypes = dto("CreateMediaTypes", {
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
}, {
  routes: [
    { path: "/mediatypes", verbs: "POST" },
  ],
  returns: IdResponse,
});
export type CreateMediaTypes = Infer<typeof CreateMediaTypes>;

/** Routes: POST /playlists. Returns IdResponse. */
export const CreatePlaylists = dto("CreatePlaylists", {
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
}, {
  routes: [
    { path: "/playlists", verbs: "POST" },
  ],
  returns: IdResponse,
});
export type CreatePlaylists = Infer<typeof CreatePlaylists>;

/** Routes: POST /tracks. Returns IdResponse. */
export const CreateTracks = dto("CreateTracks", {
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
  albumId: nullable(long()),
  mediaTypeId: long(),
  genreId: nullable(long()),
  /** Required by the server (it may still leave the member out when null). */
  composer: string(),
  milliseconds: long(),
  bytes: nullable(long()),
  unitPrice: decimal(),
}, {
  routes: [
    { path: "/tracks", verbs: "POST" },
  ],
  returns: IdResponse,
});
export type CreateTracks = Infer<typeof CreateTracks>;

/** Routes: DELETE /albums/{AlbumId}. Returns IdResponse. */
export const DeleteAlbums = dto("DeleteAlbums", {
  albumId: long(),
}, {
  routes: [
    { path: "/albums/{AlbumId}", verbs: "DELETE" },
  ],
  returns: IdResponse,
});
export type DeleteAlbums = Infer<typeof DeleteAlbums>;

/** Routes: DELETE /artists/{ArtistId}. Returns IdResponse. */
export const DeleteArtists = dto("DeleteArtists", {
  artistId: long(),
}, {
  routes: [
    { path: "/artists/{ArtistId}", verbs: "DELETE" },
  ],
  returns: IdResponse,
});
export type DeleteArtists = Infer<typeof DeleteArtists>;

/** Routes: DELETE /customers/{CustomerId}. Returns IdResponse. */
export const DeleteChinookCustomer = dto("DeleteChinookCustomer", {
  customerId: long(),
}, {
  routes: [
    { path: "/customers/{CustomerId}", verbs: "DELETE" },
  ],
  returns: IdResponse,
});
export type DeleteChinookCustomer = Infer<typeof DeleteChinookCustomer>;

/** Routes: DELETE /employees/{EmployeeId}. Returns IdResponse. */
export const DeleteChinookEmployee = dto("DeleteChinookEmployee", {
  employeeId: long(),
}, {
  routes: [
    { path: "/employees/{EmployeeId}", verbs: "DELETE" },
  ],
  returns: IdResponse,
});
export type DeleteChinookEmployee = Infer<typeof DeleteChinookEmployee>;

/** Routes: DELETE /genres/{GenreId}. Returns IdResponse. */
export const DeleteGenres = dto("DeleteGenres", {
  genreId: long(),
}, {
  routes: [
    { path: "/genres/{GenreId}", verbs: "DELETE" },
  ],
  returns: IdResponse,
});
export type DeleteGenres = Infer<typeof DeleteGenres>;

/** Routes: DELETE /invoiceitems/{InvoiceLineId}. Returns IdResponse. */
export const DeleteInvoiceItems = dto("DeleteInvoiceItems", {
  invoiceLineId: long(),
}, {
  routes: [
    { path: "/invoiceitems/{InvoiceLineId}", verbs: "DELETE" },
  ],
  returns: IdResponse,
});
export type DeleteInvoiceItems = Infer<typeof DeleteInvoiceItems>;

/** Routes: DELETE /invoices/{InvoiceId}. Returns IdResponse. */
export const DeleteInvoices = dto("DeleteInvoices", {
  invoiceId: long(),
}, {
  routes: [
    { path: "/invoices/{InvoiceId}", verbs: "DELETE" },
  ],
  returns: IdResponse,
});
export type DeleteInvoices = Infer<typeof DeleteInvoices>;

/** Routes: DELETE /mediatypes/{MediaTypeId}. Returns IdResponse. */
export const DeleteMediaTypes = dto("DeleteMediaTypes", {
  mediaTypeId: long(),
}, {
  routes: [
    { path: "/mediatypes/{MediaTypeId}", verbs: "DELETE" },
  ],
  returns: IdResponse,
});
export type DeleteMediaTypes = Infer<typeof DeleteMediaTypes>;

/** Routes: DELETE /playlists/{PlaylistId}. Returns IdResponse. */
export const DeletePlaylists = dto("DeletePlaylists", {
  playlistId: long(),
}, {
  routes: [
    { path: "/playlists/{PlaylistId}", verbs: "DELETE" },
  ],
  returns: IdResponse,
});
export type DeletePlaylists = Infer<typeof DeletePlaylists>;

/** Routes: DELETE /tracks/{TrackId}. Returns IdResponse. */
export const DeleteTracks = dto("DeleteTracks", {
  trackId: long(),
}, {
  routes: [
    { path: "/tracks/{TrackId}", verbs: "DELETE" },
  ],
  returns: IdResponse,
});
export type DeleteTracks = Infer<typeof DeleteTracks>;

/** Routes: PATCH /albums/{AlbumId}. Returns IdResponse. */
export const PatchAlbums = dto("PatchAlbums", {
  albumId: long(),
  /** Required by the server (it may still leave the member out when null). */
  title: string(),
  artistId: long(),
}, {
  routes: [
    { path: "/albums/{AlbumId}", verbs: "PATCH" },
  ],
  returns: IdResponse,
});
export type PatchAlbums = Infer<typeof PatchAlbums>;

/** Routes: PATCH /artists/{ArtistId}. Returns IdResponse. */
export const PatchArtists = dto("PatchArtists", {
  artistId: long(),
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
}, {
  routes: [
    { path: "/artists/{ArtistId}", verbs: "PATCH" },
  ],
  returns: IdResponse,
});
export type PatchArtists = Infer<typeof PatchArtists>;

/** Routes: PATCH /customers/{CustomerId}. Returns IdResponse. */
export const PatchChinookCustomer = dto("PatchChinookCustomer", {
  customerId: long(),
  /** Required by the server (it may still leave the member out when null). */
  firstName: string(),
  /** Required by the server (it may still leave the member out when null). */
  lastName: string(),
  /** Required by the server (it may still leave the member out when null). */
  company: string(),
  /** Required by the server (it may still leave the member out when null). */
  address: string(),
  /** Required by the server (it may still leave the member out when null). */
  city: string(),
  /** Required by the server (it may still leave the member out when null). */
  state: string(),
  /** Required by the server (it may still leave the member out when null). */
  country: string(),
  /** Required by the server (it may still leave the member out when null). */
  postalCode: string(),
  /** Required by the server (it may still leave the member out when null). */
  phone: string(),
  /** Required by the server (it may still leave the member out when null). */
  fax: string(),
  /** Required by the server (it may still leave the member out when null). */
  email: string(),
  supportRepId: nullable(long()),
}, {
  routes: [
    { path: "/customers/{CustomerId}", verbs: "PATCH" },
  ],
  returns: IdResponse,
});
export type PatchChinookCustomer = Infer<typeof PatchChinookCustomer>;

/** Routes: PATCH /employees/{EmployeeId}. Returns IdResponse. */
export const PatchChinookEmployee = dto("PatchChinookEmployee", {
  employeeId: long(),
  /** Required by the server (it may still leave the member out when null). */
  lastName: string(),
  /** Required by the server (it may still leave the member out when null). */
  firstName: string(),
  /** Required by the server (it may still leave the member out when null). */
  title: string(),
  reportsTo: nullable(long()),
  birthDate: nullable(dateTime()),
  hireDate: nullable(dateTime()),
  /** Required by the server (it may still leave the member out when null). */
  address: string(),
  /** Required by the server (it may still leave the member out when null). */
  city: string(),
  /** Required by the server (it may still leave the member out when null). */
  state: string(),
  /** Required by the server (it may still leave the member out when null). */
  country: string(),
  /** Required by the server (it may still leave the member out when null). */
  postalCode: string(),
  /** Required by the server (it may still leave the member out when null). */
  phone: string(),
  /** Required by the server (it may still leave the member out when null). */
  fax: string(),
  /** Required by the server (it may still leave the member out when null). */
  email: string(),
}, {
  routes: [
    { path: "/employees/{EmployeeId}", verbs: "PATCH" },
  ],
  returns: IdResponse,
});
export type PatchChinookEmployee = Infer<typeof PatchChinookEmployee>;

/** Routes: PATCH /genres/{GenreId}. Returns IdResponse. */
export const PatchGenres = dto("PatchGenres", {
  genreId: long(),
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
}, {
  routes: [
    { path: "/genres/{GenreId}", verbs: "PATCH" },
  ],
  returns: IdResponse,
});
export type PatchGenres = Infer<typeof PatchGenres>;

/** Routes: PATCH /invoiceitems/{InvoiceLineId}. Returns IdResponse. */
export const PatchInvoiceItems = dto("PatchInvoiceItems", {
  invoiceLineId: long(),
  invoiceId: long(),
  trackId: long(),
  unitPrice: decimal(),
  quantity: long(),
}, {
  routes: [
    { path: "/invoiceitems/{InvoiceLineId}", verbs: "PATCH" },
  ],
  returns: IdResponse,
});
export type PatchInvoiceItems = Infer<typeof PatchInvoiceItems>;

/** Routes: PATCH /invoices/{InvoiceId}. Returns IdResponse. */
export const PatchInvoices = dto("PatchInvoices", {
  invoiceId: long(),
  customerId: long(),
  invoiceDate: dateTime(),
  /** Required by the server (it may still leave the member out when null). */
  billingAddress: string(),
  /** Required by the server (it may still leave the member out when null). */
  billingCity: string(),
  /** Required by the server (it may still leave the member out when null). */
  billingState: string(),
  /** Required by the server (it may still leave the member out when null). */
  billingCountry: string(),
  /** Required by the server (it may still leave the member out when null). */
  billingPostalCode: string(),
  total: decimal(),
}, {
  routes: [
    { path: "/invoices/{InvoiceId}", verbs: "PATCH" },
  ],
  returns: IdResponse,
});
export type PatchInvoices = Infer<typeof PatchInvoices>;

/** Routes: PATCH /mediatypes/{MediaTypeId}. Returns IdResponse. */
export const PatchMediaTypes = dto("PatchMediaTypes", {
  mediaTypeId: long(),
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
}, {
  routes: [
    { path: "/mediatypes/{MediaTypeId}", verbs: "PATCH" },
  ],
  returns: IdResponse,
});
export type PatchMediaTypes = Infer<typeof PatchMediaTypes>;

/** Routes: PATCH /playlists/{PlaylistId}. Returns IdResponse. */
export const PatchPlaylists = dto("PatchPlaylists", {
  playlistId: long(),
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
}, {
  routes: [
    { path: "/playlists/{PlaylistId}", verbs: "PATCH" },
  ],
  returns: IdResponse,
});
export type PatchPlaylists = Infer<typeof PatchPlaylists>;

/** Routes: PATCH /tracks/{TrackId}. Returns IdResponse. */
export const PatchTracks = dto("PatchTracks", {
  trackId: long(),
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
  albumId: nullable(long()),
  mediaTypeId: long(),
  genreId: nullable(long()),
  /** Required by the server (it may still leave the member out when null). */
  composer: string(),
  milliseconds: long(),
  bytes: nullable(long()),
  unitPrice: decimal(),
}, {
  routes: [
    { path: "/tracks/{TrackId}", verbs: "PATCH" },
  ],
  returns: IdResponse,
});
export type PatchTracks = Infer<typeof PatchTracks>;

/** Routes: PUT /albums/{AlbumId}. Returns IdResponse. */
export const UpdateAlbums = dto("UpdateAlbums", {
  albumId: long(),
  /** Required by the server (it may still leave the member out when null). */
  title: string(),
  artistId: long(),
}, {
  routes: [
    { path: "/albums/{AlbumId}", verbs: "PUT" },
  ],
  returns: IdResponse,
});
export type UpdateAlbums = Infer<typeof UpdateAlbums>;

/** Routes: PUT /artists/{ArtistId}. Returns IdResponse. */
export const UpdateArtists = dto("UpdateArtists", {
  artistId: long(),
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
}, {
  routes: [
    { path: "/artists/{ArtistId}", verbs: "PUT" },
  ],
  returns: IdResponse,
});
export type UpdateArtists = Infer<typeof UpdateArtists>;

/** Routes: PUT /customers/{CustomerId}. Returns IdResponse. */
export const UpdateChinookCustomer = dto("UpdateChinookCustomer", {
  customerId: long(),
  /** Required by the server (it may still leave the member out when null). */
  firstName: string(),
  /** Required by the server (it may still leave the member out when null). */
  lastName: string(),
  /** Required by the server (it may still leave the member out when null). */
  company: string(),
  /** Required by the server (it may still leave the member out when null). */
  address: string(),
  /** Required by the server (it may still leave the member out when null). */
  city: string(),
  /** Required by the server (it may still leave the member out when null). */
  state: string(),
  /** Required by the server (it may still leave the member out when null). */
  country: string(),
  /** Required by the server (it may still leave the member out when null). */
  postalCode: string(),
  /** Required by the server (it may still leave the member out when null). */
  phone: string(),
  /** Required by the server (it may still leave the member out when null). */
  fax: string(),
  /** Required by the server (it may still leave the member out when null). */
  email: string(),
  supportRepId: nullable(long()),
}, {
  routes: [
    { path: "/customers/{CustomerId}", verbs: "PUT" },
  ],
  returns: IdResponse,
});
export type UpdateChinookCustomer = Infer<typeof UpdateChinookCustomer>;

/** Routes: PUT /employees/{EmployeeId}. Returns IdResponse. */
export const UpdateChinookEmployee = dto("UpdateChinookEmployee", {
  employeeId: long(),
  /** Required by the server (it may still leave the member out when null). */
  lastName: string(),
  /** Required by the server (it may still leave the member out when null). */
  firstName: string(),
  /** Required by the server (it may still leave the member out when null). */
  title: string(),
  reportsTo: nullable(long()),
  birthDate: nullable(dateTime()),
  hireDate: nullable(dateTime()),
  /** Required by the server (it may still leave the member out when null). */
  address: string(),
  /** Required by the server (it may still leave the member out when null). */
  city: string(),
  /** Required by the server (it may still leave the member out when null). */
  state: string(),
  /** Required by the server (it may still leave the member out when null). */
  country: string(),
  /** Required by the server (it may still leave the member out when null). */
  postalCode: string(),
  /** Required by the server (it may still leave the member out when null). */
  phone: string(),
  /** Required by the server (it may still leave the member out when null). */
  fax: string(),
  /** Required by the server (it may still leave the member out when null). */
  email: string(),
}, {
  routes: [
    { path: "/employees/{EmployeeId}", verbs: "PUT" },
  ],
  returns: IdResponse,
});
export type UpdateChinookEmployee = Infer<typeof UpdateChinookEmployee>;

/** Routes: PUT /genres/{GenreId}. Returns IdResponse. */
export const UpdateGenres = dto("UpdateGenres", {
  genreId: long(),
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
}, {
  routes: [
    { path: "/genres/{GenreId}", verbs: "PUT" },
  ],
  returns: IdResponse,
});
export type UpdateGenres = Infer<typeof UpdateGenres>;

/** Routes: PUT /invoiceitems/{InvoiceLineId}. Returns IdResponse. */
export const UpdateInvoiceItems = dto("UpdateInvoiceItems", {
  invoiceLineId: long(),
  invoiceId: long(),
  trackId: long(),
  unitPrice: decimal(),
  quantity: long(),
}, {
  routes: [
    { path: "/invoiceitems/{InvoiceLineId}", verbs: "PUT" },
  ],
  returns: IdResponse,
});
export type UpdateInvoiceItems = Infer<typeof UpdateInvoiceItems>;

/** Routes: PUT /invoices/{InvoiceId}. Returns IdResponse. */
export const UpdateInvoices = dto("UpdateInvoices", {
  invoiceId: long(),
  customerId: long(),
  invoiceDate: dateTime(),
  /** Required by the server (it may still leave the member out when null). */
  billingAddress: string(),
  /** Required by the server (it may still leave the member out when null). */
  billingCity: string(),
  /** Required by the server (it may still leave the member out when null). */
  billingState: string(),
  /** Required by the server (it may still leave the member out when null). */
  billingCountry: string(),
  /** Required by the server (it may still leave the member out when null). */
  billingPostalCode: string(),
  total: decimal(),
}, {
  routes: [
    { path: "/invoices/{InvoiceId}", verbs: "PUT" },
  ],
  returns: IdResponse,
});
export type UpdateInvoices = Infer<typeof UpdateInvoices>;

/** Routes: PUT /mediatypes/{MediaTypeId}. Returns IdResponse. */
export const UpdateMediaTypes = dto("UpdateMediaTypes", {
  mediaTypeId: long(),
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
}, {
  routes: [
    { path: "/mediatypes/{MediaTypeId}", verbs: "PUT" },
  ],
  returns: IdResponse,
});
export type UpdateMediaTypes = Infer<typeof UpdateMediaTypes>;

/** Routes: PUT /playlists/{PlaylistId}. Returns IdResponse. */
export const UpdatePlaylists = dto("UpdatePlaylists", {
  playlistId: long(),
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
}, {
  routes: [
    { path: "/playlists/{PlaylistId}", verbs: "PUT" },
  ],
  returns: IdResponse,
});
export type UpdatePlaylists = Infer<typeof UpdatePlaylists>;

/** Routes: PUT /tracks/{TrackId}. Returns IdResponse. */
export const UpdateTracks = dto("UpdateTracks", {
  trackId: long(),
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
  albumId: nullable(long()),
  mediaTypeId: long(),
  genreId: nullable(long()),
  /** Required by the server (it may still leave the member out when null). */
  composer: string(),
  milliseconds: long(),
  bytes: nullable(long()),
  unitPrice: decimal(),
}, {
  routes: [
    { path: "/tracks/{TrackId}", verbs: "PUT" },
  ],
  returns: IdResponse,
});
export type UpdateTracks = Infer<typeof UpdateTracks>;

/**
 * Create a new Booking
 *
 * Routes: POST /bookings. Returns IdResponse.
 */
export const CreateBooking = dto("CreateBooking", {
  /**
   * Name this Booking is for
   *
   * Required by the server (it may still leave the member out when null).
   */
  name: string(),
  photo: string(),
  roomType: RoomType,
  roomNumber: int(),
  cost: decimal(),
  /** Required by the server (it may still leave the member out when null). */
  bookingStartDate: dateTime(),
  bookingEndDate: nullable(dateTime()),
  notes: string(),
  couponId: string(),
}, {
  routes: [
    { path: "/bookings", verbs: "POST" },
  ],
  returns: IdResponse,
});
export type CreateBooking = Infer<typeof CreateBooking>;

/**
 * Update an existing Booking
 *
 * Find out how to quickly create a <a class='svg-external' target='_blank' href='https://youtu.be/rSFiikDjGos'>C# Bookings App from Scratch</a>
 *
 * Routes: PATCH /booking/{Id}. Returns IdResponse.
 */
export const UpdateBooking = dto("UpdateBooking", {
  id: int(),
  name: string(),
  roomType: nullable(RoomType),
  roomNumber: nullable(int()),
  cost: nullable(decimal()),
  bookingStartDate: nullable(dateTime()),
  bookingEndDate: nullable(dateTime()),
  notes: string(),
  couponId: string(),
  cancelled: nullable(boolean()),
}, {
  routes: [
    { path: "/booking/{Id}", verbs: "PATCH" },
  ],
  returns: IdResponse,
});
export type UpdateBooking = Infer<typeof UpdateBooking>;

/**
 * Delete a Booking
 *
 * Routes: DELETE /booking/{Id}. Returns void.
 */
export const DeleteBooking = dto("DeleteBooking", {
  id: int(),
}, {
  routes: [
    { path: "/booking/{Id}", verbs: "DELETE" },
  ],
  returns: "void",
});
export type DeleteBooking = Infer<typeof DeleteBooking>;

/** Routes: POST /coupons. Returns IdResponse. */
export const CreateCoupon = dto("CreateCoupon", {
  /** Required by the server (it may still leave the member out when null). */
  description: string(),
  discount: int(),
  /** Required by the server (it may still leave the member out when null). */
  expiryDate: dateTime(),
}, {
  routes: [
    { path: "/coupons", verbs: "POST" },
  ],
  returns: IdResponse,
});
export type CreateCoupon = Infer<typeof CreateCoupon>;

/** Routes: PATCH /coupons/{Id}. Returns IdResponse. */
export const UpdateCoupon = dto("UpdateCoupon", {
  /** Required by the server (it may still leave the member out when null). */
  id: string(),
  /** Required by the server (it may still leave the member out when null). */
  description: string(),
  discount: int(),
  /** Required by the server (it may still leave the member out when null). */
  expiryDate: dateTime(),
}, {
  routes: [
    { path: "/coupons/{Id}", verbs: "PATCH" },
  ],
  returns: IdResponse,
});
export type UpdateCoupon = Infer<typeof UpdateCoupon>;

/**
 * Delete a Coupon
 *
 * Routes: DELETE /coupons/{Id}. Returns void.
 */
export const DeleteCoupon = dto("DeleteCoupon", {
  /** Required by the server (it may still leave the member out when null). */
  id: string(),
}, {
  routes: [
    { path: "/coupons/{Id}", verbs: "DELETE" },
  ],
  returns: "void",
});
export type DeleteCoupon = Infer<typeof DeleteCoupon>;

/** No route of its own; method POST. Returns FileSystemItem. */
export const CreateFileSystemItem = dto("CreateFileSystemItem", {
  fileAccessType: nullable(FileAccessType),
  /** Required by the server (it may still leave the member out when null). */
  file: FileSystemFile,
}, {
  returns: FileSystemItem,
});
export type CreateFileSystemItem = Infer<typeof CreateFileSystemItem>;

/** No route of its own; method POST. Returns IdResponse. */
export const CreatePlayer = dto("CreatePlayer", {
  /** Required by the server (it may still leave the member out when null). */
  firstName: string(),
  lastName: string(),
  email: string(),
  phoneNumbers: list(Phone),
  /** Required by the server (it may still leave the member out when null). */
  profileId: nullable(int()),
  savedLevelId: nullable(guid()),
}, {
  returns: IdResponse,
});
export type CreatePlayer = Infer<typeof CreatePlayer>;

/** No route of its own; method PATCH. Returns IdResponse. */
export const UpdatePlayer = dto("UpdatePlayer", {
  id: int(),
  /** Required by the server (it may still leave the member out when null). */
  firstName: string(),
  lastName: string(),
  email: string(),
  phoneNumbers: list(Phone),
  profileId: nullable(int()),
  savedLevelId: nullable(guid()),
}, {
  returns: IdResponse,
});
export type UpdatePlayer = Infer<typeof UpdatePlayer>;

/** No route of its own; method DELETE. Returns void. */
export const DeletePlayer = dto("DeletePlayer", {
  id: int(),
}, {
  returns: "void",
});
export type DeletePlayer = Infer<typeof DeletePlayer>;

/** No route of its own; method POST. Returns IdResponse. */
export const CreateProfile = dto("CreateProfile", {
  role: PlayerRole,
  region: PlayerRegion,
  /** Required by the server (it may still leave the member out when null). */
  username: string(),
  highScore: long(),
  gamesPlayed: long(),
  energy: int(),
  profileUrl: string(),
  coverUrl: string(),
}, {
  returns: IdResponse,
});
export type CreateProfile = Infer<typeof CreateProfile>;

/** No route of its own; method PATCH. Returns IdResponse. */
export const UpdateProfile = dto("UpdateProfile", {
  id: int(),
  role: nullable(PlayerRole),
  region: nullable(PlayerRegion),
  username: string(),
  highScore: nullable(long()),
  gamesPlayed: nullable(long()),
  energy: nullable(int()),
  profileUrl: string(),
  coverUrl: string(),
}, {
  returns: IdResponse,
});
export type UpdateProfile = Infer<typeof UpdateProfile>;

/** No route of its own; method DELETE. Returns void. */
export const DeleteProfile = dto("DeleteProfile", {
  id: int(),
}, {
  returns: "void",
});
export type DeleteProfile = Infer<typeof DeleteProfile>;

/** No route of its own; method POST. Returns IdResponse. */
export const CreateGameItem = dto("CreateGameItem", {
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
  /** Required by the server (it may still leave the member out when null). */
  description: string(),
  /** Required by the server (it may still leave the member out when null). */
  imageUrl: string(),
}, {
  returns: IdResponse,
});
export type CreateGameItem = Infer<typeof CreateGameItem>;

/** No route of its own; method PATCH. Returns IdResponse. */
export const UpdateGameItem = dto("UpdateGameItem", {
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
  /** Required by the server (it may still leave the member out when null). */
  description: string(),
  imageUrl: string(),
}, {
  returns: IdResponse,
});
export type UpdateGameItem = Infer<typeof UpdateGameItem>;

/** No route of its own; method DELETE. Returns void. */
export const DeleteGameItem = dto("DeleteGameItem", {
  /** Required by the server (it may still leave the member out when null). */
  name: string(),
}, {
  returns: "void",
});
export type DeleteGameItem = Infer<typeof DeleteGameItem>;

/** No route of its own; method POST. Returns Contact. */
export const CreateContact = dto("CreateContact", {
  /** Required by the server (it may still leave the member out when null). */
  firstName: string(),
  /** Required by the server (it may still leave the member out when null). */
  lastName: string(),
  profileUrl: string(),
  salaryExpectation: nullable(int()),
  /** Required by the server (it may still leave the member out when null). */
  jobType: string(),
  availabilityWeeks: int(),
  preferredWorkType: EmploymentType,
  /** Required by the server (it may still leave the member out when null). */
  preferredLocation: string(),
  /** Required by the server (it may still leave the member out when null). */
  email: string(),
  phone: string(),
  skills: list(string()),
  about: string(),
}, {
  returns: Contact,
});
export type CreateContact = Infer<typeof CreateContact>;

/** No route of its own; method PATCH. Returns Contact. */
export const UpdateContact = dto("UpdateContact", {
  id: int(),
  /** Required by the server (it may still leave the member out when null). */
  firstName: string(),
  /** Required by the server (it may still leave the member out when null). */
  lastName: string(),
  profileUrl: string(),
  salaryExpectation: nullable(int()),
  /** Required by the server (it may still leave the member out when null). */
  jobType: string(),
  availabilityWeeks: nullable(int()),
  preferredWorkType: nullable(EmploymentType),
  preferredLocation: string(),
  /** Required by the server (it may still leave the member out when null). */
  email: string(),
  phone: string(),
  skills: list(string()),
  about: string(),
}, {
  returns: Contact,
});
export type UpdateContact = Infer<typeof UpdateContact>;

/** No route of its own; method DELETE. Returns void. */
export const DeleteContact = dto("DeleteContact", {
  id: int(),
}, {
  returns: "void",
});
export type DeleteContact = Infer<typeof DeleteContact>;

/** No route of its own; method POST. Returns Job. */
export const CreateJob = dto("CreateJob", {
  /** Required by the server (it may still leave the member out when null). */
  title: string(),
  salaryRangeLower: int(),
  salaryRangeUpper: int(),
  /** Required by the server (it may still leave the member out when null). */
  description: string(),
  employmentType: EmploymentType,
  /** Required by the server (it may still leave the member out when null). */
  company: string(),
  /** Required by the server (it may still leave the member out when null). */
  location: string(),
  closing: dateTime(),
}, {
  returns: Job,
});
export type CreateJob = Infer<typeof CreateJob>;

/** No route of its own; method PATCH. Returns Job. */
export const UpdateJob = dto("UpdateJob", {
  id: int(),
  title: string(),
  salaryRangeLower: nullable(int()),
  salaryRangeUpper: nullable(int()),
  description: string(),
}, {
  returns: Job,
});
export type UpdateJob = Infer<typeof UpdateJob>;

/** No route of its own; method DELETE. Returns Job. */
export const DeleteJob = dto("DeleteJob", {
  id: int(),
}, {
  returns: Job,
});
export type DeleteJob = Infer<typeof DeleteJob>;

/** No route of its own; method POST. Returns JobApplication. */
export const CreateJobApplication = dto("CreateJobApplication", {
  jobId: int(),
  contactId: int(),
  appliedDate: dateTime(),
  applicationStatus: JobApplicationStatus,
  /** Required by the server (it may still leave the member out when null). */
  attachments: list(JobApplicationAttachment),
}, {
  returns: JobApplication,
});
export type CreateJobApplication = Infer<typeof CreateJobApplication>;

/** No route of its own; method PATCH. Returns JobApplication. */
export const UpdateJobApplication = dto("UpdateJobApplication", {
  id: int(),
  jobId: nullable(int()),
  contactId: nullable(int()),
  appliedDate: nullable(dateTime()),
  applicationStatus: nullable(JobApplicationStatus),
  attachments: list(JobApplicationAttachment),
}, {
  returns: JobApplication,
});
export type UpdateJobApplication = Infer<typeof UpdateJobApplication>;

/** No route of its own; method DELETE. Returns void. */
export const DeleteJobApplication = dto("DeleteJobApplication", {
  id: int(),
}, {
  returns: "void",
});
export type DeleteJobApplication = Infer<typeof DeleteJobApplication>;

/** No route of its own; method POST. Returns PhoneScreen. */
export const CreatePhoneScreen = dto("CreatePhoneScreen", {
  jobApplicationId: int(),
  /** Required by the server (it may still leave the member out when null). */
  appUserId: string(),
  applicationStatus: JobApplicationStatus,
}, {
  returns: PhoneScreen,
});
export type CreatePhoneScreen = Infer<typeof CreatePhoneScreen>;

/** No route of its own; method PATCH. Returns PhoneScreen. */
export const UpdatePhoneScreen = dto("UpdatePhoneScreen", {
  id: int(),
  jobApplicationId: nullable(int()),
  notes: string(),
  applicationStatus: nullable(JobApplicationStatus),
}, {
  returns: PhoneScreen,
});
export type UpdatePhoneScreen = Infer<typeof UpdatePhoneScreen>;

/** No route of its own; method POST. Returns Interview. */
export const CreateInterview = dto("CreateInterview", {
  /** Required by the server (it may still leave the member out when null). */
  bookingTime: nullable(dateTime()),
  jobApplicationId: int(),
  /** Required by the server (it may still leave the member out when null). */
  appUserId: string(),
  applicationStatus: JobApplicationStatus,
}, {
  returns: Interview,
});
export type CreateInterview = Infer<typeof CreateInterview>;

/** No route of its own; method PATCH. Returns Interview. */
export const UpdateInterview = dto("UpdateInterview", {
  id: int(),
  jobApplicationId: nullable(int()),
  notes: string(),
  applicationStatus: nullable(JobApplicationStatus),
}, {
  returns: Interview,
});
export type UpdateInterview = Infer<typeof UpdateInterview>;

/** No route of its own; method POST. Returns JobOffer. */
export const CreateJobOffer = dto("CreateJobOffer", {
  salaryOffer: int(),
  /** Required by the server (it may still leave the member out when null). */
  currency: string(),
  jobApplicationId: int(),
  applicationStatus: JobApplicationStatus,
  /** Required by the server (it may still leave the member out when null). */
  notes: string(),
}, {
  returns: JobOffer,
});
export type CreateJobOffer = Infer<typeof CreateJobOffer>;

/** No route of its own; method PATCH. Returns JobOffer. */
export const UpdateJobOffer = dto("UpdateJobOffer", {
  id: nullable(int()),
  salaryOffer: nullable(int()),
  /** Required by the server (it may still leave the member out when null). */
  currency: string(),
  jobApplicationId: nullable(int()),
  applicationStatus: nullable(JobApplicationStatus),
  notes: string(),
}, {
  returns: JobOffer,
});
export type UpdateJobOffer = Infer<typeof UpdateJobOffer>;

/** No route of its own; method POST. Returns JobApplicationEvent. */
export const CreateJobApplicationEvent = dto("CreateJobApplicationEvent", {}, {
  returns: JobApplicationEvent,
});
export type CreateJobApplicationEvent = Infer<typeof CreateJobApplicationEvent>;

/** No route of its own; method PATCH. Returns JobApplicationEvent. */
export const UpdateJobApplicationEvent = dto("UpdateJobApplicationEvent", {
  id: int(),
  status: nullable(JobApplicationStatus),
  description: string(),
  eventDate: nullable(dateTime()),
}, {
  returns: JobApplicationEvent,
});
export type UpdateJobApplicationEvent = Infer<typeof UpdateJobApplicationEvent>;

/** No route of its own; method DELETE. Returns void. */
export const DeleteJobApplicationEvent = dto("DeleteJobApplicationEvent", {}, {
  returns: "void",
});
export type DeleteJobApplicationEvent = Infer<typeof DeleteJobApplicationEvent>;

/** No route of its own; method POST. Returns JobApplicationComment. */
export const CreateJobApplicationComment = dto("CreateJobApplicationComment", {
  jobApplicationId: int(),
  /** Required by the server (it may still leave the member out when null). */
  comment: string(),
}, {
  returns: JobApplicationComment,
});
export type CreateJobApplicationComment = Infer<typeof CreateJobApplicationComment>;

/** No route of its own; method PATCH. Returns JobApplicationComment. */
export const UpdateJobApplicationComment = dto("UpdateJobApplicationComment", {
  id: int(),
  jobApplicationId: nullable(int()),
  comment: string(),
}, {
  returns: JobApplicationComment,
});
export type UpdateJobApplicationComment = Infer<typeof UpdateJobApplicationComment>;

/** No route of its own; method DELETE. Returns void. */
export const DeleteJobApplicationComment = dto("DeleteJobApplicationComment", {
  id: int(),
}, {
  returns: "void",
});
export type DeleteJobApplicationComment = Infer<typeof DeleteJobApplicationComment>;
