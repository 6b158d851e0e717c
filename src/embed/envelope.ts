/**
 * The message envelope shared by every non-DOM channel (iframe `postMessage`, native webview bridges).
 *
 * Widget → host: `{source:"verilock", v:1, type, seq, session_id, ts, channel?, payload}` where `type` is
 * a DOM event name without its `verilock-` prefix (`step-change`, `complete`, …) and `payload` is that
 * event's `detail`, reduced to its declared fields. Host → widget: only `init {channel}` and `close`.
 *
 * This module is pure (no DOM access), so both sides and the tests share it.
 */
import * as z from 'zod/mini';
import { CaptureKind, SessionStatus } from '../api/schemas.js';
import {
  ERROR_CATEGORY,
  type CameraState,
  type CancelReason,
  type ErrorCategory,
  type ErrorCode,
  type VerilockEventDetails,
  type VerilockEventName,
} from '../events/events.js';
import { ENVELOPE_SOURCE, ENVELOPE_TYPES, ENVELOPE_VERSION, MAX_PAYLOAD_BYTES, type EnvelopeType } from './protocol.js';

export { ENVELOPE_SOURCE, ENVELOPE_TYPES, ENVELOPE_VERSION, MAX_PAYLOAD_BYTES, type EnvelopeType } from './protocol.js';

// Compile-time check that ENVELOPE_TYPES lists every event name (and nothing else).
type MissingTypes = Exclude<EnvelopeType, (typeof ENVELOPE_TYPES)[number]>;
const everyTypeListed: MissingTypes extends never ? true : never = true;
void everyTypeListed;

/** `verilock-step-change` → `step-change`. */
export function toEnvelopeType<K extends VerilockEventName>(name: K): EnvelopeType {
  return name.slice('verilock-'.length) as EnvelopeType;
}

// ---------------------------------------------------------------------------------------------
// Payload schemas: exactly the declared detail fields, small identifiers, no free text.
// ---------------------------------------------------------------------------------------------

const Ident = z.string().check(z.regex(/^[a-z][a-z0-9_-]{0,31}$/));
const SessionId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,128}$/));
const Count = z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000_000));

const CAMERA_STATES = ['requesting', 'prompt', 'live', 'stopped', 'error'] as const satisfies readonly CameraState[];
const CANCEL_REASONS = ['user_exit', 'consent_declined', 'host_close'] as const satisfies readonly CancelReason[];
const ERROR_CODES = Object.keys(ERROR_CATEGORY) as [ErrorCode, ...ErrorCode[]];
const ERROR_CATEGORIES = [
  'permissions',
  'device',
  'authentication',
  'network',
  'server',
] as const satisfies readonly ErrorCategory[];

/**
 * One strict schema per envelope type. Parsing through a plain `z.object` of the same shape keeps only the declared fields, so a
 * detail object that happens to carry more (a token, a name, an image) cannot leak it.
 */
export const PAYLOAD_SCHEMAS = {
  ready: z.strictObject({ session_id: SessionId, steps: z.array(Ident).check(z.maxLength(16)) }),
  'step-change': z.strictObject({
    from: z.nullable(Ident),
    to: Ident,
    index: z.number().check(z.int(), z.minimum(0), z.maximum(64)),
    total: z.number().check(z.int(), z.minimum(0), z.maximum(64)),
  }),
  'camera-status': z.strictObject({
    state: z.enum(CAMERA_STATES),
    facing: z.optional(z.enum(['user', 'environment'])),
  }),
  capture: z.strictObject({
    kind: CaptureKind,
    attempt: z.number().check(z.int(), z.minimum(1), z.maximum(1000)),
    bytes: Count,
    quality: z.optional(
      z
        .record(z.string().check(z.regex(/^[a-z][a-z0-9_]{0,31}$/)), z.number())
        .check(z.refine((q) => Object.keys(q).length <= 16, 'at most 16 quality metrics')),
    ),
  }),
  complete: z.strictObject({ session_id: SessionId, status: SessionStatus }),
  redirect: z.strictObject({ url: z.string().check(z.minLength(1), z.maxLength(2048)) }),
  cancel: z.strictObject({ reason: z.enum(CANCEL_REASONS) }),
  error: z.strictObject({
    code: z.enum(ERROR_CODES),
    category: z.enum(ERROR_CATEGORIES),
    recoverable: z.boolean(),
    step: z.nullable(Ident),
  }),
  expired: z.strictObject({ session_id: z.nullable(SessionId) }),
} as const satisfies Record<EnvelopeType, z.ZodMiniType>;

// Compile-time check that each schema's output is exactly the detail type of its event.
type SchemaOut<T extends EnvelopeType> = z.infer<(typeof PAYLOAD_SCHEMAS)[T]>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AllMatch = { [T in EnvelopeType]: Same<SchemaOut<T>, VerilockEventDetails[`verilock-${T}`]> }[EnvelopeType];
const schemasMatchDetails: AllMatch = true;
void schemasMatchDetails;

/** UTF-8 size of a value's JSON. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}

/** A channel nonce chosen by the host in `init`: 16–128 URL-safe characters. */
export const Channel = z.string().check(z.regex(/^[A-Za-z0-9_-]{16,128}$/));

const Seq = z.number().check(z.int(), z.minimum(1), z.maximum(Number.MAX_SAFE_INTEGER));

const envelopeBase = {
  source: z.literal(ENVELOPE_SOURCE),
  v: z.literal(ENVELOPE_VERSION),
  seq: Seq,
  session_id: SessionId,
  ts: z.iso.datetime(),
  channel: z.optional(Channel),
};

/** Widget → host message. `type` selects the payload schema; payloads are at most 8 KB. */
export const Envelope = z
  .discriminatedUnion(
    'type',
    ENVELOPE_TYPES.map((type) =>
      z.strictObject({ ...envelopeBase, type: z.literal(type), payload: PAYLOAD_SCHEMAS[type] }),
    ) as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]],
  )
  .check(
    z.refine((env) => jsonBytes((env as { payload: unknown }).payload) <= MAX_PAYLOAD_BYTES, {
      message: `payload exceeds ${MAX_PAYLOAD_BYTES} bytes`,
      path: ['payload'],
    }),
  );

/** A widget → host envelope for one event type. */
export type EnvelopeOf<T extends EnvelopeType> = {
  source: typeof ENVELOPE_SOURCE;
  v: typeof ENVELOPE_VERSION;
  type: T;
  seq: number;
  session_id: string;
  /** ISO 8601 UTC time of sending. */
  ts: string;
  /** The host's nonce from `init` (iframe only). */
  channel?: string;
  payload: VerilockEventDetails[`verilock-${T}`];
};
/** Any widget → host envelope. */
export type Envelope = { [T in EnvelopeType]: EnvelopeOf<T> }[EnvelopeType];

/**
 * Host → widget messages: `init` (starts the iframe handshake, chooses the channel) and `close`
 * (the host wants the flow to end; carries the channel in iframe mode).
 */
export const HostMessage = z.discriminatedUnion('type', [
  z.strictObject({
    source: z.literal(ENVELOPE_SOURCE),
    v: z.literal(ENVELOPE_VERSION),
    type: z.literal('init'),
    seq: Seq,
    ts: z.optional(z.iso.datetime()),
    payload: z.strictObject({ channel: Channel }),
  }),
  z.strictObject({
    source: z.literal(ENVELOPE_SOURCE),
    v: z.literal(ENVELOPE_VERSION),
    type: z.literal('close'),
    seq: Seq,
    ts: z.optional(z.iso.datetime()),
    channel: z.optional(Channel),
    payload: z.optional(z.strictObject({})),
  }),
]);
/** A parsed host → widget message. */
export type HostMessage = z.infer<typeof HostMessage>;

/** Parses a widget → host envelope; `null` when it is not a valid Verilock envelope. */
export function parseEnvelope(data: unknown): Envelope | null {
  const r = Envelope.safeParse(data);
  return r.success ? (r.data as Envelope) : null;
}

/** Parses a host → widget message; `null` when it is not valid. */
export function parseHostMessage(data: unknown): HostMessage | null {
  const r = HostMessage.safeParse(data);
  return r.success ? r.data : null;
}

/**
 * Reduces an event detail to its declared fields and validates it. Returns `null` when the detail
 * does not fit its schema (the event is then not sent at all rather than sent half-checked).
 */
export function sanitizePayload<K extends VerilockEventName>(
  name: K,
  detail: VerilockEventDetails[K],
): VerilockEventDetails[K] | null {
  const schema = (PAYLOAD_SCHEMAS as Record<string, z.ZodMiniObject>)[toEnvelopeType(name)];
  if (!schema) return null;
  // The same fields, but unknown keys are dropped instead of refused.
  const r = z.object(schema.def.shape).safeParse(detail);
  if (!r.success || jsonBytes(r.data) > MAX_PAYLOAD_BYTES) return null;
  return r.data as unknown as VerilockEventDetails[K];
}

/** Builds envelopes for one sender: `seq` starts at 1 and rises by one per envelope built. */
export interface EnvelopeBuilder {
  /** Builds the next envelope, or `null` (and consumes no `seq`) when the detail is invalid. */
  build<K extends VerilockEventName>(name: K, detail: VerilockEventDetails[K], channel?: string): Envelope | null;
  /** The `seq` of the last envelope built (0 before the first). */
  readonly lastSeq: number;
}

/**
 * Creates an {@link EnvelopeBuilder} for a session.
 * @param sessionId the session's id (`ses_…`), copied into every envelope.
 * @param now clock, for tests.
 */
export function createEnvelopeBuilder(sessionId: string, now: () => Date = () => new Date()): EnvelopeBuilder {
  let seq = 0;
  return {
    get lastSeq() {
      return seq;
    },
    build(name, detail, channel) {
      const payload = sanitizePayload(name, detail);
      if (payload === null) return null;
      const env = {
        source: ENVELOPE_SOURCE,
        v: ENVELOPE_VERSION,
        type: toEnvelopeType(name),
        seq: seq + 1,
        session_id: sessionId,
        ts: now().toISOString(),
        ...(channel ? { channel } : {}),
        payload,
      };
      if (!Envelope.safeParse(env).success) return null;
      seq += 1;
      return env as Envelope;
    },
  };
}
