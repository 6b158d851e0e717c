/**
 * The step → capture vocabulary, shared by the widget's machine and the reference server: which capture
 * kinds a session's steps ask for, and which steps take a given kind. Pure: no DOM, no Node APIs.
 */
import type { CaptureKind, DocumentType, StepName } from '../api/schemas.js';

/** Document types with a single side to capture. */
export const ONE_SIDED_DOCUMENTS: readonly DocumentType[] = ['passport'];

/** The steps that take each capture kind (a selfie serves both `selfie` and `face_match`). */
export const STEPS_TAKING: Readonly<Record<CaptureKind, readonly StepName[]>> = {
  document_front: ['document'],
  document_back: ['document'],
  selfie: ['selfie', 'face_match'],
  liveness: ['liveness'],
};

/** Whether a session with these steps takes a capture of this kind at all. */
export function takesCapture(steps: readonly StepName[], kind: CaptureKind): boolean {
  return STEPS_TAKING[kind].some((s) => steps.includes(s));
}

/** Whether a document of this type has a back to capture. */
const isTwoSided = (t: DocumentType): boolean => !ONE_SIDED_DOCUMENTS.includes(t);

/** The captures a session's steps require, in order (both document sides until the type is known). */
export function requiredCaptures(steps: readonly StepName[], documentType?: DocumentType): CaptureKind[] {
  const kinds: CaptureKind[] = [];
  if (takesCapture(steps, 'document_front')) {
    kinds.push('document_front');
    if (!documentType || isTwoSided(documentType)) kinds.push('document_back');
  }
  if (takesCapture(steps, 'selfie')) kinds.push('selfie');
  if (takesCapture(steps, 'liveness')) kinds.push('liveness');
  return kinds;
}
