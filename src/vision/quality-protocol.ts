/** Messages between {@link QualityClient} and quality.worker.ts. */
import type { DocumentMetrics } from './document-quality.js';

export type QualityRequest =
  | { id: number; kind: 'pixels'; data: ArrayBuffer; width: number; height: number }
  | { id: number; kind: 'bitmap'; bitmap: ImageBitmap };

export type QualityResponse =
  { id: number; ok: true; metrics: DocumentMetrics } | { id: number; ok: false; error: string };
