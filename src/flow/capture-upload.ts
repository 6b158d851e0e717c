import type { CaptureKind, CaptureMeta } from '../api/schemas.js';
import type { CapturedImage } from '../components/capture/capture.component.js';
import type { CaptureDetail } from '../events/events.js';
import type { FlowState } from './machine.js';

/** A confirmed capture as it is queued for upload, and the `verilock-capture` event that reports it. */
export interface CaptureUpload {
  kind: CaptureKind;
  files: Blob[];
  meta: CaptureMeta;
  event: CaptureDetail;
}

/**
 * What the review screen's "Confirm" sends: the image (and a liveness capture's extra frames), with the
 * metadata the API takes: size, source, attempt, the document's type and country (documents only), and
 * whatever evidence the capture step gathered. Null when no capture is under review. Pure.
 */
export function captureUpload(image: CapturedImage, state: FlowState): CaptureUpload | null {
  const kind = state.kind;
  if (state.screen !== 'review' || !kind) return null;
  const attempt = state.attempts[kind] ?? 1;
  const document = kind.startsWith('document');
  const meta: CaptureMeta = {
    source: image.source,
    width: image.width,
    height: image.height,
    attempt,
    ...(document && state.documentType ? { document_type: state.documentType } : {}),
    ...(document && state.country ? { country: state.country } : {}),
    ...(image.quality ? { quality: image.quality } : {}),
    ...(image.faceBox ? { face_box: image.faceBox } : {}),
    ...(image.liveness ? { liveness: image.liveness } : {}),
    ...(image.livenessMode ? { liveness_mode: image.livenessMode } : {}),
    ...(image.fallbackReason ? { fallback_reason: image.fallbackReason } : {}),
    ...(image.document ? { document: image.document } : {}),
  };
  return {
    kind,
    files: [image.blob, ...(image.extraFiles ?? [])],
    meta,
    event: { kind, attempt, bytes: image.blob.size, ...(image.quality ? { quality: image.quality } : {}) },
  };
}
