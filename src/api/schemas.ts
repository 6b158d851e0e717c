/**
 * The wire contract between the widget, the hosted page and the Verilock backend, as zod schemas.
 * The reference server validates requests with them; the widget parses every reply with them.
 * TypeScript types are inferred from the schemas so the two sides cannot drift apart.
 *
 * Written with `zod/mini` (functional checks, tree-shakable): the widget carries a few kilobytes of
 * validation instead of the whole classic API. This module is pure: no DOM, no Node APIs.
 *
 * Longer than 300 lines on purpose: it is the whole wire contract, kept as one document that both sides
 * import and that a reviewer reads in one place (sections below: shared vocabulary, URL rule, errors,
 * server API, flow API, handoff), every section built on the shared vocabulary at its top.
 */
import * as z from 'zod/mini';

// ---------------------------------------------------------------------------------------------
// Shared vocabulary
// ---------------------------------------------------------------------------------------------

/** Verification steps a session can ask for. `face_match` and `aml` run on the server only. */
export const StepName = z.enum(['document', 'selfie', 'face_match', 'liveness', 'aml']);
export type StepName = z.infer<typeof StepName>;

export const SessionStatus = z.enum(['created', 'in_progress', 'processing', 'approved', 'declined', 'expired']);
export type SessionStatus = z.infer<typeof SessionStatus>;

/** Statuses of a submitted session: it takes no more captures, links or handoffs. */
export const FINISHED_STATUSES: readonly SessionStatus[] = ['processing', 'approved', 'declined'];
/** Statuses of a session the applicant can still work on (until its expiry). */
export const OPEN_STATUSES: readonly SessionStatus[] = ['created', 'in_progress'];
/** Statuses no session leaves: decided or expired (retention deletes their data after its delay). */
export const SETTLED_STATUSES: readonly SessionStatus[] = ['approved', 'declined', 'expired'];
export const isFinished = (status: string): boolean => FINISHED_STATUSES.includes(status as SessionStatus);
export const isOpen = (status: string): boolean => OPEN_STATUSES.includes(status as SessionStatus);

export const ResultStatus = z.enum(['approved', 'declined', 'pending', 'not_started']);
export type ResultStatus = z.infer<typeof ResultStatus>;

export const DocumentType = z.enum(['passport', 'id_card', 'drivers_license', 'residence_permit']);
export type DocumentType = z.infer<typeof DocumentType>;

export const CaptureKind = z.enum(['document_front', 'document_back', 'selfie', 'liveness']);
export type CaptureKind = z.infer<typeof CaptureKind>;

export const LivenessChallenge = z.enum(['blink', 'turn_left', 'turn_right', 'smile']);
export type LivenessChallenge = z.infer<typeof LivenessChallenge>;

/** ISO 3166-1 alpha-2 country code, upper case. */
export const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code'));

/** ISO 8601 timestamp as the server writes it (UTC, `Z`). */
export const Timestamp = z.iso.datetime({ offset: true });

/** Image types the capture endpoint accepts (sniffed by magic bytes on the server). */
export const ACCEPTED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/**
 * Per-file upload limit (bytes) of the built-in profiles, sent in `FlowSession.requirements.max_upload_bytes`;
 * the widget falls back to it only before the session is loaded.
 */
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// URL rule (redirect_url / webhook_url), shared by server (at creation) and widget (before navigating)
// ---------------------------------------------------------------------------------------------

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Why a URL was refused by {@link checkSafeUrl}, or `null` when it is acceptable. */
export function checkSafeUrl(input: string): string | null {
  if (typeof input !== 'string' || input.length === 0) return 'must be a non-empty string';
  if (input.length > 2048) return 'must be at most 2048 characters';
  if (/[\s\u0000-\u001f\u007f]/.test(input)) return 'must not contain whitespace or control characters';
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return 'must be an absolute URL';
  }
  if (url.username || url.password) return 'must not contain credentials';
  const local = LOCAL_HOSTS.has(url.hostname) || url.hostname.endsWith('.localhost');
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && local) return null;
  return 'must use https (http is allowed only on localhost)';
}

/** A `redirect_url` / `webhook_url`: https (or http on localhost), no credentials, ≤ 2048 chars. */
export const SafeUrl = z.string().check(
  z.refine((value: string) => checkSafeUrl(value) === null, {
    error: (issue) => checkSafeUrl(String(issue.input)) ?? 'invalid URL',
  }),
);

// ---------------------------------------------------------------------------------------------
// Errors: one shape everywhere
// ---------------------------------------------------------------------------------------------

export const ApiErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.optional(z.array(z.unknown())),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

// ---------------------------------------------------------------------------------------------
// Server API (API key): sessions, profiles, decisions
// ---------------------------------------------------------------------------------------------

/**
 * Control characters (C0, DEL, C1) and bidirectional formatting characters (LRM/RLM, embeddings,
 * overrides such as U+202E, isolates, ALM) are refused in names and free text: they hide or reorder
 * what a reviewer reads. Tab, line feed and carriage return are allowed only in multi-line free text.
 */
const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const CONTROL_OR_BIDI_MULTILINE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const noControlOrBidi = z.refine<string>((v) => !CONTROL_OR_BIDI.test(v), {
  message: 'must not contain control or bidirectional formatting characters',
});
const noControlOrBidiMultiline = z.refine<string>((v) => !CONTROL_OR_BIDI_MULTILINE.test(v), {
  message: 'must not contain control or bidirectional formatting characters',
});

export const Applicant = z.strictObject({
  first_name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100), noControlOrBidi),
  last_name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100), noControlOrBidi),
  email: z.optional(z.email().check(z.maxLength(254))),
  date_of_birth: z.optional(z.iso.date()),
  nationality: z.optional(CountryCode),
});
export type Applicant = z.infer<typeof Applicant>;

/** KYC shape: a session with explicit steps and applicant. */
export const CreateKycSessionRequest = z.strictObject({
  type: z.literal('kyc'),
  reference_id: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  steps: z.array(StepName).check(
    z.minLength(1),
    z.refine((s) => new Set(s).size === s.length, 'steps must not repeat'),
  ),
  redirect_url: z.optional(SafeUrl),
  webhook_url: z.optional(SafeUrl),
  applicant: Applicant,
  /** The applicant's language (BCP 47), one of the locales the widget ships; the hosted page and phone use it. */
  locale: z.optional(z.string().check(z.minLength(1), z.maxLength(35))),
});
export type CreateKycSessionRequest = z.infer<typeof CreateKycSessionRequest>;

/** Profile shape: a session whose steps, thresholds and document types come from a profile. */
export const CreateProfileSessionRequest = z.strictObject({
  profile_id: z.uuid(),
  applicant_email: z.optional(z.email().check(z.maxLength(254))),
  applicant_name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200), noControlOrBidi)),
  external_id: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  redirect_url: z.optional(SafeUrl),
  webhook_url: z.optional(SafeUrl),
  expires_in: z.optional(z.number().check(z.int(), z.minimum(300), z.maximum(86400))),
  /** The applicant's language (BCP 47), one of the locales the widget ships; the hosted page and phone use it. */
  locale: z.optional(z.string().check(z.minLength(1), z.maxLength(35))),
  metadata: z.optional(
    z.record(
      z.string().check(z.maxLength(100)),
      z.union([z.string().check(z.maxLength(1000)), z.number(), z.boolean(), z.null()]),
    ),
  ),
});
export type CreateProfileSessionRequest = z.infer<typeof CreateProfileSessionRequest>;

/**
 * Either request shape. The shape is chosen by the presence of `profile_id`, so an error names the fields
 * of the shape the caller meant rather than a union mismatch.
 */
export function parseCreateSessionRequest(
  body: unknown,
): ReturnType<typeof CreateKycSessionRequest.safeParse> | ReturnType<typeof CreateProfileSessionRequest.safeParse> {
  if (body && typeof body === 'object' && 'profile_id' in body) return CreateProfileSessionRequest.safeParse(body);
  return CreateKycSessionRequest.safeParse(body);
}

export const ApplicantOut = z.object({
  first_name: z.nullable(z.string()),
  last_name: z.nullable(z.string()),
  email: z.optional(z.nullable(z.string())),
  date_of_birth: z.optional(z.nullable(z.string())),
  nationality: z.optional(z.nullable(z.string())),
});

/** 201 reply to `POST /api/v1/sessions`: the union of both request shapes' reply fields. */
export const SessionCreated = z.object({
  id: z.string().check(z.regex(/^ses_[0-9a-f-]{36}$/)),
  type: z.literal('kyc'),
  status: SessionStatus,
  reference_id: z.nullable(z.string()),
  profile_id: z.nullable(z.string()),
  steps: z.array(StepName),
  applicant: ApplicantOut,
  session_token: z.string(),
  session_url: z.string(),
  hosted_url: z.string(),
  expires_at: Timestamp,
  created_at: Timestamp,
});
export type SessionCreated = z.infer<typeof SessionCreated>;

export const StepResult = z.object({
  status: ResultStatus,
  type: z.optional(z.string()),
  score: z.optional(z.number()),
  details: z.optional(z.record(z.string(), z.unknown())),
  /** The document step only: what the widget read from the document, compared with the applicant. */
  document: z.optional(z.lazy(() => DocumentCheck)),
});
export type StepResult = z.infer<typeof StepResult>;

/** The server's verdict on a liveness capture's evidence (see `SessionDetail.liveness_check`). */
export const LivenessCheck = z.object({
  capture_id: z.string(),
  mode: z.enum(['active', 'photo']),
  result: z.enum(['passed', 'manual_review', 'failed']),
  reasons: z.array(z.string()),
  checked_at: Timestamp,
});
export type LivenessCheck = z.infer<typeof LivenessCheck>;

/** `GET /api/v1/sessions/{id}` (per-step results). */
export const SessionDetail = z.object({
  id: z.string(),
  type: z.literal('kyc'),
  status: SessionStatus,
  reference_id: z.nullable(z.string()),
  profile_id: z.nullable(z.string()),
  steps: z.array(StepName),
  applicant: ApplicantOut,
  results: z.partialRecord(StepName, StepResult),
  captures: z.array(
    z.object({ id: z.string(), kind: CaptureKind, bytes: z.number(), sha256: z.string(), created_at: Timestamp }),
  ),
  metadata: z.nullable(z.record(z.string(), z.unknown())),
  /**
   * The server's own check of the current liveness capture's evidence: `passed` (the log follows the
   * server's sequence, in time, with distinct frames), `manual_review` (the one-photo fallback) or
   * `failed` (e.g. a frame repeats another capture), with short reason codes. Null without a liveness capture.
   */
  liveness_check: z.optional(z.nullable(LivenessCheck)),
  hosted_url: z.string(),
  /** The language set when the session was created (BCP 47), null when none was. */
  locale: z.optional(z.nullable(z.string())),
  expires_at: Timestamp,
  created_at: Timestamp,
  completed_at: z.nullable(Timestamp),
});
export type SessionDetail = z.infer<typeof SessionDetail>;

/** `GET /api/v1/sessions` query (paged, with `meta`). */
export const ListSessionsQuery = z.strictObject({
  page: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 1),
  per_page: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 15),
  status: z.optional(SessionStatus),
  from: z.optional(z.iso.date()),
  to: z.optional(z.iso.date()),
});
export type ListSessionsQuery = z.infer<typeof ListSessionsQuery>;

export const SessionSummary = z.object({
  id: z.string(),
  type: z.literal('kyc'),
  status: SessionStatus,
  reference_id: z.nullable(z.string()),
  steps: z.array(StepName),
  applicant: ApplicantOut,
  created_at: Timestamp,
  completed_at: z.nullable(Timestamp),
});

export const SessionList = z.object({
  data: z.array(SessionSummary),
  meta: z.object({
    current_page: z.number().check(z.int()),
    last_page: z.number().check(z.int()),
    per_page: z.number().check(z.int()),
    total: z.number().check(z.int()),
  }),
});
export type SessionList = z.infer<typeof SessionList>;

/** One stored image of a capture (a liveness capture has one per frame). */
export const CaptureFile = z.object({
  index: z.number().check(z.int(), z.nonnegative()),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  bytes: z.number().check(z.int(), z.nonnegative()),
  content_type: z.string(),
  /** Where `GET` returns the image (API key). */
  url: z.string(),
});
export type CaptureFile = z.infer<typeof CaptureFile>;

/** A capture as a reviewer sees it: `GET /api/v1/sessions/{id}/captures`. */
export const ReviewCapture = z.object({
  id: z.string(),
  kind: CaptureKind,
  /** The `meta` sent with the capture (document type, source, liveness log, …); `null` when none. */
  meta: z.nullable(z.record(z.string(), z.unknown())),
  bytes: z.number().check(z.int(), z.nonnegative()),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  created_at: Timestamp,
  /** The images, in order; empty once retention deleted them. */
  files: z.array(CaptureFile),
});
export type ReviewCapture = z.infer<typeof ReviewCapture>;

export const CaptureList = z.object({ data: z.array(ReviewCapture) });
export type CaptureList = z.infer<typeof CaptureList>;

export const Profile = z.object({
  id: z.uuid(),
  name: z.string(),
  steps: z.array(StepName),
  document_types: z.array(DocumentType).check(z.minLength(1)),
  countries: z.nullable(z.array(CountryCode)),
  liveness_challenges: z.number().check(z.int(), z.minimum(2), z.maximum(3)),
  max_upload_bytes: z.number().check(z.int(), z.positive()),
  allow_cross_device: z.boolean(),
  frame_ancestors: z.array(z.string()),
  created_at: Timestamp,
});
export type Profile = z.infer<typeof Profile>;

export const ProfileList = z.object({ data: z.array(Profile) });

/** `POST /api/v1/sessions/{id}/decision`. */
export const DecisionRequest = z.strictObject({
  decision: z.enum(['approved', 'declined']),
  results: z.optional(
    z.partialRecord(
      StepName,
      z.strictObject({ status: ResultStatus, score: z.optional(z.number().check(z.minimum(0), z.maximum(1))) }),
    ),
  ),
  reason: z.optional(z.string().check(z.maxLength(1000), noControlOrBidiMultiline)),
});
export type DecisionRequest = z.infer<typeof DecisionRequest>;

/** Body POSTed to `webhook_url`, signed in `X-Signature: t=<unix>,v1=<HMAC-SHA256 of "<t>.<delivery id>.<body>">`. */
export const WebhookPayload = z.object({
  id: z.string(),
  event: z.literal('session.status_changed'),
  session_id: z.string(),
  status: SessionStatus,
  previous_status: z.nullable(SessionStatus),
  reference_id: z.nullable(z.string()),
  occurred_at: Timestamp,
});
export type WebhookPayload = z.infer<typeof WebhookPayload>;

// ---------------------------------------------------------------------------------------------
// Flow API (session token): what the widget calls
// ---------------------------------------------------------------------------------------------

export const CaptureReceipt = z.object({
  id: z.string(),
  kind: CaptureKind,
  bytes: z.number().check(z.int(), z.nonnegative()),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type CaptureReceipt = z.infer<typeof CaptureReceipt>;

export const FlowRequirements = z.object({
  document_types: z.array(DocumentType).check(z.minLength(1)),
  /** Accepted issuing countries; `null` means any. */
  countries: z.nullable(z.array(CountryCode)),
  /** Liveness challenge sequence chosen by the server (empty when liveness is not asked). */
  liveness_challenges: z.array(LivenessChallenge),
  max_upload_bytes: z.number().check(z.int(), z.positive()),
  accepted_types: z.array(z.string()),
  allow_cross_device: z.boolean(),
});
export type FlowRequirements = z.infer<typeof FlowRequirements>;

/** Which device a session token belongs to: the one the session started on, or a phone it was handed to. */
export const Device = z.enum(['primary', 'phone']);
export type Device = z.infer<typeof Device>;

/** `GET /api/v1/flow/session`. */
export const FlowSession = z.object({
  id: z.string(),
  status: SessionStatus,
  steps: z.array(StepName),
  applicant: z.object({ first_name: z.nullable(z.string()) }),
  redirect_url: z.nullable(z.string()),
  expires_at: Timestamp,
  requirements: FlowRequirements,
  captures: z.array(CaptureReceipt),
  /** The document type declared with the front already received (so a reloaded page needs no new choice). */
  document_type: z.optional(z.nullable(DocumentType)),
  /**
   * Exact origins allowed to frame this session's hosted page (and to receive its iframe messages);
   * `'self'` already replaced by the server's own origin. Empty when no other page may frame it.
   */
  parent_origins: z._default(z.array(z.string()), []),
  /** `phone` when this token came from a cross-device handoff link. */
  device: z._default(Device, 'primary'),
  /** The language chosen when the session was created (BCP 47); below the element's `lang`, above the browser's. */
  locale: z.optional(z.nullable(z.string())),
});
export type FlowSession = z.infer<typeof FlowSession>;

/**
 * What the widget read on the device from the document itself (its MRZ, or the PDF417 barcode of a
 * driving licence): printed fields only, sent with the capture they were read from.
 */
export const DocumentRead = z.strictObject({
  source: z.enum(['mrz', 'pdf417']),
  format: z.enum(['TD1', 'TD2', 'TD3', 'AAMVA']),
  number: z.string().check(z.maxLength(40)),
  /** As printed: an ICAO code for an MRZ (`FRA`, `D` for Germany), the jurisdiction's country for AAMVA (`USA`, `CAN`). */
  country: z.string().check(z.regex(/^[A-Z]{1,3}$/)),
  expiry: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  birth_date: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  names: z.strictObject({ surname: z.string().check(z.maxLength(100)), given: z.string().check(z.maxLength(100)) }),
  check_digits_valid: z.boolean(),
});
export type DocumentRead = z.infer<typeof DocumentRead>;

/** One field of the applicant compared with the document (`not_provided`: either side lacks it). */
export const FieldMatch = z.enum(['match', 'mismatch', 'not_provided']);

/**
 * The reading of the session's current document capture, as the server shows it under the document step's
 * result (`GET /api/v1/sessions/{id}` only, never the flow API): which capture it came with, the fields, and
 * the applicant's names and date of birth compared with them.
 */
export const DocumentCheck = z.extend(DocumentRead, {
  capture_id: z.string(),
  kind: z.enum(['document_front', 'document_back']),
  applicant_match: z.strictObject({ surname: FieldMatch, given_names: FieldMatch, birth_date: FieldMatch }),
});
export type DocumentCheck = z.infer<typeof DocumentCheck>;

/**
 * Per-capture metadata sent as the `meta` multipart field (a JSON string). Nothing about the device or
 * the person beyond `document`: the fields read from the document in the capture itself.
 */
export const CaptureMeta = z.strictObject({
  document_type: z.optional(DocumentType),
  country: z.optional(CountryCode),
  source: z.enum(['camera', 'file']),
  width: z.optional(z.number().check(z.int(), z.positive())),
  height: z.optional(z.number().check(z.int(), z.positive())),
  attempt: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(100))),
  quality: z.optional(z.record(z.string(), z.number())),
  face_box: z.optional(
    z.strictObject({
      x: z.number(),
      y: z.number(),
      width: z.number(),
      height: z.number(),
      score: z.optional(z.number()),
    }),
  ),
  liveness: z.optional(
    z
      .array(
        z.strictObject({
          challenge: LivenessChallenge,
          started_at: z.number(),
          ended_at: z.number(),
          passed: z.boolean(),
          peak: z.optional(z.number()),
        }),
      )
      .check(z.maxLength(10)),
  ),
  /**
   * How the liveness capture was made: `active` (the challenge sequence, checked on the server against the
   * sequence it chose) or `photo` (the accessible fallback: one photo for manual review, with a partial or
   * empty log). Absent means `active`.
   */
  liveness_mode: z.optional(z.enum(['active', 'photo'])),
  /** Why the `photo` fallback was used. */
  fallback_reason: z.optional(z.enum(['vision_unavailable', 'challenge_failed', 'no_baseline', 'applicant_choice'])),
  /** The document as read on the device (document captures only). */
  document: z.optional(DocumentRead),
});
export type CaptureMeta = z.infer<typeof CaptureMeta>;

/** `POST /api/v1/flow/complete`. */
export const FlowComplete = z.object({
  id: z.string(),
  status: SessionStatus,
  redirect_url: z.nullable(z.string()),
});
export type FlowComplete = z.infer<typeof FlowComplete>;

/** Body of `POST /api/v1/flow/complete`: empty (or `{}`); unknown fields are refused. */
export const FlowCompleteRequest = z.strictObject({});
export type FlowCompleteRequest = z.infer<typeof FlowCompleteRequest>;

// ---------------------------------------------------------------------------------------------
// Cross-device handoff (session token)
// ---------------------------------------------------------------------------------------------

/**
 * Body of `POST /api/v1/flow/handoff`: empty (or `{}`), or the language the applicant chose on this device
 * (BCP 47, one of the locales the widget ships) for the phone to open in when the session has no `locale`.
 */
export const HandoffRequest = z.strictObject({
  locale: z.optional(z.string().check(z.minLength(1), z.maxLength(35))),
});
export type HandoffRequest = z.infer<typeof HandoffRequest>;

/** Reply of `POST /api/v1/flow/handoff`: a one-time link for the phone (`<public url>/handoff/<code>`). */
export const HandoffCreated = z.object({
  url: z
    .string()
    .check(z.refine((u) => /^https?:\/\/[^\s]+\/handoff\/[A-Za-z0-9_-]{22,64}$/.test(u), 'expected a handoff link')),
  expires_at: Timestamp,
});
export type HandoffCreated = z.infer<typeof HandoffCreated>;

/** A step name as the phone reports it (`intro`, `consent`, `document_front`, `done`, …). */
export const ProgressStep = z.string().check(z.regex(/^[a-z][a-z_]{0,39}$/));

/** Body of `POST /api/v1/flow/progress`: the phone's current step. */
export const ProgressReport = z.strictObject({ step: ProgressStep });
export type ProgressReport = z.infer<typeof ProgressReport>;

/** `GET /api/v1/flow/progress` (and the reply of `POST`): where the session stands, for the device that waits. */
export const FlowProgress = z.object({
  status: SessionStatus,
  /** Kinds of the captures the server holds. */
  captures: z.array(CaptureKind),
  /** A phone opened a handoff link of this session (and its token is still valid). */
  phone_connected: z.boolean(),
  /** The step the phone reported last; `null` before it reported one. */
  phone_step: z.nullable(z.string()),
  /** The session was submitted (by any device). */
  completed: z.boolean(),
  redirect_url: z.nullable(z.string()),
});
export type FlowProgress = z.infer<typeof FlowProgress>;
