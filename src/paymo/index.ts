// The Paymo API client's public surface: import from here, not from the files behind it.
export {
  PaymoApi,
  MAX_PAGE_SIZE,
  DEFAULT_PAGE_SIZE,
  DEFAULT_TIMEOUT_MS,
  type PaymoApiOptions,
  type ListContactsOptions,
  type CreatedContact,
  type CreatedClient,
} from './api';
export { findCreatedRecord, CONTACT_IDENTITY_FIELDS, type UncertainCreate } from './createdRecord';
export { companyName } from './companyName';
export { mayChangeClients } from './userRole';
export type { Credentials } from './credentials';
export type { PaymoLogEntry } from './requestPipeline';
export { createDispatcher, type ProxySettings } from './proxy';
export { loadUndici } from './undici';
export { parseBaseUrl, isLoopbackHost } from './baseUrl';
export { checkImage, checkImageSize, MAX_IMAGE_BYTES, type ImageMime } from './image';
export { ImageDownloader, type DownloadedImage } from './imageDownload';
export { where, escapeLike, type Where, type WhereValue } from './where';
export type { ContactInclude, ClientInclude } from './include';
export { MAX_RETRY_AFTER_SECONDS } from './rateLimiter';
export { MAX_ATTEMPTS } from './retry';
// For data read back from elsewhere (the tree cache, a restored form): the same checks as an answer.
export { clientSchema, contactSchema } from './schemas';
export { safeParseInPlace } from './inPlaceCheck';
export * from './errors';
export type { InputProblem, OtherFileKind, ImageFormat } from './inputProblems';
export type { AnswerProblem } from './answerProblems';
export * from './model';
export type { Listing, PaymoCollection, SkippedRecord } from './listing';
