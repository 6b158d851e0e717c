/**
 * What a capture upload asks for, checked before any image is decoded: the multipart fields become a
 * validated kind, meta and file list, or a typed error. Pure: no I/O, no clock, no database.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { CaptureKind, CaptureMeta, type DocumentType } from '../../../src/api/schemas.js';
import { takesCapture } from '../../../src/flow/steps.js';
import { parseCountries, parseDocumentTypes, parseSteps, type SessionRow } from '../db.js';
import { ApiError, zodDetails } from '../errors.js';

/** Frames a liveness capture may carry. */
export const MAX_LIVENESS_FRAMES = 8;
/** Characters the `meta` field may hold. */
export const MAX_META_CHARS = 16 * 1024;
/** The only fields a capture upload has. */
export const CAPTURE_FIELDS: ReadonlySet<string> = new Set(['file', 'kind', 'meta']);

/** The parts of a received multipart form that matter here (multipart.ts `ReceivedForm`). */
export interface CaptureForm<F extends { field: string; sha256: string }> {
  fields: readonly { name: string; value: string; truncated: boolean }[];
  files: readonly F[];
}

/** A valid capture request. */
export interface CaptureRequest<F> {
  kind: CaptureKind;
  meta: CaptureMeta | null;
  files: F[];
  /** Identity of the request for its Idempotency-Key: kind, meta as sent, and each file's hash as uploaded. */
  requestHash: string;
}

/** Why the form is not a valid capture request (the details of a 400 `validation_failed`). */
export interface CaptureRequestError {
  code: 'validation_failed';
  details: { path: string; message: string }[];
}

export type ParsedCaptureRequest<F> =
  { ok: true; request: CaptureRequest<F> } | { ok: false; error: CaptureRequestError };

const fail = (details: CaptureRequestError['details']) =>
  ({ ok: false, error: { code: 'validation_failed', details } }) as const;

/** The `meta` field: one JSON string, at most {@link MAX_META_CHARS} characters, matching the contract. */
function parseMeta(
  fields: CaptureForm<never>['fields'],
): { ok: true; meta: CaptureMeta | null; text: string | null } | ReturnType<typeof fail> {
  const metas = fields.filter((f) => f.name === 'meta');
  if (metas.length > 1) return fail([{ path: 'meta', message: 'meta must be one JSON string field' }]);
  const field = metas[0];
  if (!field) return { ok: true, meta: null, text: null };
  if (field.truncated || field.value.length > MAX_META_CHARS) {
    return fail([{ path: 'meta', message: `meta must be at most ${MAX_META_CHARS} characters` }]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(field.value);
  } catch {
    return fail([{ path: 'meta', message: 'meta is not valid JSON' }]);
  }
  const parsed = CaptureMeta.safeParse(raw);
  return parsed.success ? { ok: true, meta: parsed.data, text: field.value } : fail(zodDetails(parsed.error, ['meta']));
}

/** Checks the fields of a capture upload: only `kind`, `meta` and `file`, each as the contract says. */
export function parseCaptureRequest<F extends { field: string; sha256: string }>(
  form: CaptureForm<F>,
): ParsedCaptureRequest<F> {
  const names = [...form.fields.map((f) => f.name), ...form.files.map((f) => f.field)];
  const unknown = [...new Set(names.filter((k) => !CAPTURE_FIELDS.has(k)))];
  if (unknown.length) return fail(unknown.map((k) => ({ path: k, message: `Unrecognized field: "${k}"` })));

  const kinds = form.fields.filter((f) => f.name === 'kind');
  const kindParsed = CaptureKind.safeParse(kinds.length === 1 ? kinds[0]!.value : kinds.map((f) => f.value));
  if (!kindParsed.success) return fail(zodDetails(kindParsed.error as z.core.$ZodError, ['kind']));
  const kind = kindParsed.data;

  const meta = parseMeta(form.fields);
  if (!meta.ok) return meta;
  if (meta.meta?.document && kind !== 'document_front' && kind !== 'document_back') {
    return fail([{ path: 'meta.document', message: 'only a document capture carries a document reading' }]);
  }

  const files = [...form.files];
  const fileProblem = form.fields.some((f) => f.name === 'file')
    ? 'file must be a file part, not a text field'
    : files.length === 0
      ? 'a file part is required'
      : kind !== 'liveness' && files.length > 1
        ? `${kind} takes exactly one file`
        : files.length > MAX_LIVENESS_FRAMES
          ? `liveness takes at most ${MAX_LIVENESS_FRAMES} files`
          : null;
  if (fileProblem) return fail([{ path: 'file', message: fileProblem }]);

  const identity = JSON.stringify({ kind, meta: meta.text, files: files.map((f) => f.sha256) });
  const requestHash = createHash('sha256').update(identity).digest('hex');
  return { ok: true, request: { kind, meta: meta.meta, files, requestHash } };
}

/** The 400 a {@link CaptureRequestError} answers. */
export function captureRequestError(error: CaptureRequestError): ApiError {
  return new ApiError(400, error.code, 'The request is invalid.', error.details);
}

/** Why this session does not take the capture (422), or null when it does. */
export function captureRefusal(row: SessionRow, kind: CaptureKind, meta: CaptureMeta | null): ApiError | null {
  if (!takesCapture(parseSteps(row), kind)) {
    return new ApiError(422, 'capture_not_expected', `This session does not take a ${kind} capture.`);
  }
  const type: DocumentType | undefined = meta?.document_type;
  if (type && !parseDocumentTypes(row).includes(type)) {
    return new ApiError(422, 'document_type_not_accepted', `Document type ${type} is not accepted here.`);
  }
  const countries = parseCountries(row);
  if (meta?.country && countries && !countries.includes(meta.country)) {
    return new ApiError(422, 'country_not_accepted', `Documents from ${meta.country} are not accepted here.`);
  }
  return null;
}
