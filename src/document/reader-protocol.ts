/** Messages between {@link DocumentReaderClient} and reader.worker.ts. */
import type { MrzResult } from './read-mrz.js';

export type ReaderRequest =
  | { id: number; kind: 'pixels'; data: ArrayBuffer; width: number; height: number; now: number }
  | { id: number; kind: 'bitmap'; bitmap: ImageBitmap; now: number };

export type ReaderResponse =
  { id: number; ok: true; result: MrzResult | null } | { id: number; ok: false; error: string };
