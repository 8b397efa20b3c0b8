// The character sets and lengths AWS enforces for names, paths and ids (shared by the document and the API).

/** IAM user and role names: 1–64 of letters, digits and `+=,.@_-`. */
export const USER_OR_ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
/** Group and managed policy names: 1–128 of the same characters. */
export const GROUP_OR_POLICY_NAME = /^[\w+=,.@-]{1,128}$/;
/** Inline policy names and instance profile names: 1–128. */
export const INLINE_POLICY_NAME = GROUP_OR_POLICY_NAME;
/** IAM paths: `/` alone or `/…/` with printable ASCII between, at most 512 characters. */
export const IAM_PATH = /^\/(?:[\x21-\x7E]*\/)?$/;
/** The most previous passwords a password policy can prevent reusing (UpdateAccountPasswordPolicy's maximum). */
export const MAX_PASSWORD_REUSE_PREVENTION = 24;
/** 12-digit AWS account ids. */
export const ACCOUNT_ID = /^\d{12}$/;
/** Account aliases: 3–63 lowercase letters, digits and single hyphens, not starting or ending with one. */
export const ACCOUNT_ALIAS = /^(?=.{3,63}$)[a-z0-9](?:[a-z0-9]|-(?!-))*[a-z0-9]$/;
/** Role session names and source identities: 2–64 of letters, digits and `+=,.@_-`. */
export const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
/** External ids: 2–1224 of letters, digits and `+=,.@:/_-`. */
export const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
/** ISO 8601 timestamps as stored in the document. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
/** Tag keys: 1–128 of letters, digits, spaces and `_.:/=+-@`, not starting with `aws:`. */
export const TAG_KEY = /^(?!aws:)[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u;
/** Tag values: 0–256 of the same characters. */
export const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u;
