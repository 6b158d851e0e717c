/**
 * Which capture of a document carries its machine-readable zone: a passport's data page (its only
 * side, the front), a TD1 identity card's or residence permit's back. A driving licence has no MRZ
 * (its back carries a PDF417 barcode). With no type chosen yet, either side may carry it.
 */
import type { CaptureKind, DocumentType } from '../api/schemas.js';

export function carriesMrz(kind: CaptureKind, type: DocumentType | null | undefined): boolean {
  if (kind !== 'document_front' && kind !== 'document_back') return false;
  if (!type) return true;
  if (type === 'passport') return kind === 'document_front';
  if (type === 'id_card' || type === 'residence_permit') return kind === 'document_back';
  return false;
}
