/**
 * The constants of the message protocol, with no dependency at all, so the few-kilobyte iframe loader
 * and the widget's zod-checked envelope (envelope.ts) share one definition.
 */
import type { VerilockEventName } from '../events/events.js';

/** Value of `source` on every Verilock message. */
export const ENVELOPE_SOURCE = 'verilock';
/** Protocol version carried as `v`. */
export const ENVELOPE_VERSION = 1;
/** Largest accepted payload, measured as UTF-8 bytes of its JSON. */
export const MAX_PAYLOAD_BYTES = 8 * 1024;

/** An event name without its `verilock-` prefix, e.g. `step-change`. */
export type EnvelopeType = VerilockEventName extends `verilock-${infer T}` ? T : never;

/** Every envelope `type`, in the order of the event map. */
export const ENVELOPE_TYPES = [
  'ready',
  'step-change',
  'camera-status',
  'capture',
  'complete',
  'redirect',
  'cancel',
  'error',
  'expired',
] as const satisfies readonly EnvelopeType[];
