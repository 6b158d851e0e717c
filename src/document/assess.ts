/**
 * What a document read on the device means for the flow. Pure: the reading, the applicant's (or the
 * session's) choice and the time in; a verdict out.
 * - `valid`: read with every check digit, not expired, and of the chosen type and country: the
 *   strongest sign of a good capture (take it now). A decoded barcode is one too, even without
 *   document fields in it (its own error correction vouches for the capture).
 * - `explain`: read, but expired or contradicting the choice: say so before upload, in the applicant's
 *   language, and let them retake or choose again (nothing is refused silently).
 * - `reading`: nothing valid read yet, within the grace time: keep reading frames.
 * - `quality`: nothing valid read after the grace time: the usual quality path decides (reading is a
 *   help, never a wall).
 */
import type { DocumentRead, DocumentType } from '../api/schemas.js';

export type DocumentReadIssue = 'document_expired' | 'document_type_mismatch' | 'document_country_mismatch';

export type ReadingVerdict =
  { kind: 'valid' } | { kind: 'explain'; issue: DocumentReadIssue } | { kind: 'reading' } | { kind: 'quality' };

/** How long the document step waits for a valid reading before the usual quality path takes over. */
export const READ_GRACE_MS = 3000;

export interface AssessInput {
  /** The latest reading (null: nothing read). */
  reading: Pick<DocumentRead, 'source' | 'format' | 'expiry' | 'check_digits_valid'> | null;
  /** A barcode decoded (PDF417, QR, Aztec), whether or not it carried document fields. */
  barcode?: boolean;
  /** ISO alpha-2 code of the document's country (null: unknown, e.g. a specimen or a UN document). */
  readingCountry: string | null;
  /** The document type and country the applicant chose, or the session fixed. */
  chosenType?: DocumentType | null;
  chosenCountry?: string | null;
  /** Today (the expiry is compared by calendar date, UTC). */
  now: Date;
  /** Milliseconds since the step started reading frames. */
  elapsedMs: number;
  graceMs?: number;
}

/** Which document types a reading can be. */
function typesOf(reading: NonNullable<AssessInput['reading']>): DocumentType[] {
  if (reading.source === 'pdf417') return ['drivers_license', 'id_card'];
  // TD3 is the passport format; TD1 and TD2 are cards: identity cards and residence permits.
  return reading.format === 'TD3' ? ['passport'] : ['id_card', 'residence_permit'];
}

export function assessReading(input: AssessInput): ReadingVerdict {
  const { reading } = input;
  if (!reading || !reading.check_digits_valid) {
    if (input.barcode) return { kind: 'valid' };
    return input.elapsedMs < (input.graceMs ?? READ_GRACE_MS) ? { kind: 'reading' } : { kind: 'quality' };
  }
  if (input.chosenType && !typesOf(reading).includes(input.chosenType))
    return { kind: 'explain', issue: 'document_type_mismatch' };
  if (input.chosenCountry && input.readingCountry && input.readingCountry !== input.chosenCountry)
    return { kind: 'explain', issue: 'document_country_mismatch' };
  const today = input.now.toISOString().slice(0, 10);
  if (reading.expiry && reading.expiry < today) return { kind: 'explain', issue: 'document_expired' };
  return { kind: 'valid' };
}
