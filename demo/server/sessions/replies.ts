/**
 * A session as each reply shows it, built from `sessionFields()` (the one mapping of a session row) and
 * the session's current captures. Pure: no database, no clock.
 */
import {
  ACCEPTED_IMAGE_TYPES,
  type CaptureKind,
  type CaptureMeta,
  type CaptureReceipt,
  type Device,
  type DocumentCheck,
  type DocumentType,
  type FlowSession,
  type SessionCreated,
  type SessionDetail,
  type SessionList,
} from '../../../src/api/schemas.js';
import { livenessCheckOf } from '../captures/liveness.js';
import type { CaptureRow } from '../db.js';
import { isoSeconds } from '../webhooks.js';
import { matchApplicant } from './document-match.js';
import type { SessionFields } from './repository.js';

/** A capture row as the flow API acknowledges it. */
export function receipt(c: CaptureRow): CaptureReceipt {
  return { id: c.id, kind: c.kind as CaptureKind, bytes: c.bytes, sha256: c.sha256 };
}

/** The document type declared with the current front capture (decides whether a back is needed). */
export function documentTypeOf(captures: readonly CaptureRow[]): DocumentType | undefined {
  const front = captures.find((c) => c.kind === 'document_front');
  return front?.meta ? ((JSON.parse(front.meta) as CaptureMeta).document_type as DocumentType | undefined) : undefined;
}

/**
 * The document reading the detail reply shows: the one sent with a current document capture (front or back),
 * the one with valid check digits first, then the latest; compared with the applicant. Null without one.
 */
export function documentCheckOf(s: SessionFields, captures: readonly CaptureRow[]): DocumentCheck | null {
  const read = captures
    .filter((c) => (c.kind === 'document_front' || c.kind === 'document_back') && c.meta)
    .map((c) => ({ c, read: (JSON.parse(c.meta!) as CaptureMeta).document }))
    .filter((r) => r.read !== undefined)
    .sort(
      (a, b) =>
        Number(b.read!.check_digits_valid) - Number(a.read!.check_digits_valid) || b.c.created_at - a.c.created_at,
    )[0];
  if (!read?.read) return null;
  return {
    ...read.read,
    capture_id: read.c.id,
    kind: read.c.kind as DocumentCheck['kind'],
    applicant_match: matchApplicant(s.applicant, read.read),
  };
}

/** The step results, the document step's with the document reading when there is one. */
function resultsOf(s: SessionFields, captures: readonly CaptureRow[]): SessionDetail['results'] {
  const document = s.results.document && documentCheckOf(s, captures);
  return document ? { ...s.results, document: { ...s.results.document!, document } } : s.results;
}

/** What every business-facing reply of one session opens with. */
function head(s: SessionFields) {
  return {
    id: s.id,
    type: 'kyc' as const,
    status: s.status,
    reference_id: s.reference_id,
    profile_id: s.profile_id,
    steps: s.steps,
    applicant: s.applicant,
  };
}

/** `POST /api/v1/sessions`: the only reply that carries the token and the full hosted link. */
export function createdReply(s: SessionFields, token: string, hostedUrl: string): SessionCreated {
  return {
    ...head(s),
    session_token: token,
    session_url: hostedUrl,
    hosted_url: hostedUrl,
    expires_at: s.expires_at,
    created_at: s.created_at,
  };
}

/** `GET /api/v1/sessions/{id}`. */
export function detailReply(s: SessionFields, captures: readonly CaptureRow[], publicUrl: string): SessionDetail {
  return {
    ...head(s),
    results: resultsOf(s, captures),
    captures: captures.map((c) => ({ ...receipt(c), created_at: isoSeconds(c.created_at) })),
    metadata: s.metadata,
    liveness_check: livenessCheckOf(captures),
    // Only the token's hash is stored, so the full link exists only in the creation reply.
    hosted_url: `${publicUrl}/verify/`,
    locale: s.locale,
    expires_at: s.expires_at,
    created_at: s.created_at,
    completed_at: s.completed_at,
  };
}

/** One entry of `GET /api/v1/sessions`. */
export function listItem(s: SessionFields): SessionList['data'][number] {
  return {
    id: s.id,
    type: 'kyc',
    status: s.status,
    reference_id: s.reference_id,
    steps: s.steps,
    applicant: s.applicant,
    created_at: s.created_at,
    completed_at: s.completed_at,
  };
}

/** `GET /api/v1/flow/session`: what the widget needs, and nothing of the applicant but a first name. */
export function flowSessionReply(
  s: SessionFields,
  captures: readonly CaptureRow[],
  parentOrigins: string[],
  device: Device,
): FlowSession {
  return {
    id: s.id,
    status: s.status,
    steps: s.steps,
    applicant: { first_name: s.applicant.first_name },
    redirect_url: s.redirect_url,
    expires_at: s.expires_at,
    requirements: {
      document_types: s.document_types,
      countries: s.countries,
      liveness_challenges: s.liveness_challenges,
      max_upload_bytes: s.max_upload_bytes,
      accepted_types: [...ACCEPTED_IMAGE_TYPES],
      allow_cross_device: s.allow_cross_device,
    },
    captures: captures.map(receipt),
    document_type: documentTypeOf(captures) ?? null,
    parent_origins: parentOrigins,
    device,
    locale: s.locale,
  };
}
