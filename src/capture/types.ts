import type { CaptureKind, CaptureMeta } from '../api/schemas.js';
import type { EncodedImage } from './encode.js';

/** What a capture step hands to the flow: the image and where it came from. */
export interface CapturedImage extends EncodedImage {
  source: 'camera' | 'file';
  quality?: Record<string, number>;
  faceBox?: { x: number; y: number; width: number; height: number; score?: number };
  /** Liveness only: the challenge log and further evidence frames. */
  liveness?: CaptureMeta['liveness'];
  /** Liveness only: the active check passed, or the one-photo fallback (with its reason). */
  livenessMode?: NonNullable<CaptureMeta['liveness_mode']>;
  fallbackReason?: CaptureMeta['fallback_reason'];
  extraFiles?: Blob[];
  /** Documents: what was read on the device from the document itself (its MRZ). */
  document?: CaptureMeta['document'];
}

/** Size rules per capture kind (documents ≥ 1600 px on the long side when the camera gives it, ≤ 500 KB). */
export const ENCODING: Record<'document' | 'face', { maxLongSide: number; maxBytes: number }> = {
  document: { maxLongSide: 2048, maxBytes: 500_000 },
  face: { maxLongSide: 1280, maxBytes: 350_000 },
};

/** A document side (front or back), as opposed to the selfie. */
export const isDocumentKind = (k: CaptureKind): boolean => k === 'document_front' || k === 'document_back';
