/**
 * The Verilock loader: a tiny script for host pages that embed the hosted flow in an iframe.
 *
 * ```html
 * <script src="https://verify.example.com/sdk/verilock-loader.js"></script>
 * <script>
 *   const handle = Verilock.mount(document.querySelector('#kyc'), {
 *     url: sessionUrl,                       // the session_url your backend got from the API
 *     onEvent: (e) => console.log(e.type, e.payload),
 *   });
 *   // later: handle.unmount();
 * </script>
 * ```
 *
 * Messages are accepted only from the iframe's window and exact origin, and after the handshake
 * (`ready` → `init {channel}`) only with the channel this loader chose. The envelope is checked by
 * hand instead of with zod to keep this script a few KB: the trust boundary is origin + source +
 * channel, and events are UI hints only (decisions come from webhooks).
 *
 * No Lit, no zod: only type imports from the rest of the package.
 */
import {
  ENVELOPE_SOURCE,
  ENVELOPE_TYPES,
  ENVELOPE_VERSION,
  MAX_PAYLOAD_BYTES,
  type EnvelopeType,
} from './embed/protocol.js';
import type { VerilockEventDetails } from './events/events.js';

/** One event from the embedded flow, as given to `onEvent`. */
export type VerilockHostEvent = {
  [T in EnvelopeType]: {
    /** Event type: the DOM event name without `verilock-`, e.g. `step-change`. */
    type: T;
    payload: VerilockEventDetails[`verilock-${T}`];
    /** Rises by one per event: a gap means an event was lost. */
    seq: number;
    session_id: string;
  };
}[EnvelopeType];

/** Options of {@link mount}. */
export interface MountOptions {
  /** The session's hosted URL (`session_url` from the session API). */
  url: string;
  /** Called for each event, in order. Events are for the UI only; act on webhooks. */
  onEvent?: (event: VerilockHostEvent) => void;
  /** Accessible name of the iframe. Default: "Identity verification". */
  title?: string;
  /** CSS height of the iframe (a number means pixels). Default: 640px. */
  height?: number | string;
}

/** What {@link mount} returns. */
export interface MountHandle {
  /**
   * Asks the flow to close and stops listening at once; hides the iframe and removes it from the
   * page {@link UNMOUNT_GRACE_MS} later, so the flow can receive `close`. Safe to call twice.
   */
  unmount(): void;
  /** The iframe element (already in the container). */
  readonly iframe: HTMLIFrameElement;
}

const TYPES = new Set<string>(ENVELOPE_TYPES);
/** Delay between `unmount()` and the iframe's removal. */
export const UNMOUNT_GRACE_MS = 100;
const LOOPBACK = /^(localhost|127\.0\.0\.1|\[::1\])$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The origin events must come from; throws for anything but https (or http on loopback). */
function expectedOrigin(url: string): string {
  const parsed = new URL(url, location.href);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && LOOPBACK.test(parsed.hostname))) {
    throw new TypeError('Verilock.mount: url must be https (or http on localhost)');
  }
  return parsed.origin;
}

/** Shape check of a widget → host envelope (hand-written; see the module comment). */
function readEnvelope(data: unknown): (VerilockHostEvent & { channel?: unknown }) | null {
  if (!isObject(data) || data.source !== ENVELOPE_SOURCE || data.v !== ENVELOPE_VERSION) return null;
  const { type, seq, session_id, ts, payload } = data;
  if (typeof type !== 'string' || !TYPES.has(type)) return null;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) return null;
  if (typeof session_id !== 'string' || !/^[A-Za-z0-9_-]{1,128}$/.test(session_id)) return null;
  if (typeof ts !== 'string' || ts.length > 40) return null;
  if (!isObject(payload)) return null;
  let size: number;
  try {
    size = new TextEncoder().encode(JSON.stringify(payload)).length;
  } catch {
    return null;
  }
  if (size > MAX_PAYLOAD_BYTES) return null;
  return data as unknown as VerilockHostEvent & { channel?: unknown };
}

/**
 * Embeds the hosted flow at `options.url` in an iframe inside `container` and relays its events.
 * The iframe gets `allow="camera; fullscreen"` (the camera is refused without it) and no `sandbox`.
 */
export function mount(container: Element, options: MountOptions): MountHandle {
  const origin = expectedOrigin(options.url);
  const iframe = document.createElement('iframe');
  iframe.title = options.title ?? 'Identity verification';
  iframe.setAttribute('allow', 'camera; fullscreen');
  iframe.setAttribute('referrerpolicy', 'no-referrer');
  const height = options.height ?? 640;
  iframe.style.cssText = `display:block;width:100%;border:0;height:${typeof height === 'number' ? `${height}px` : height}`;

  let channel: string | null = null;
  let lastSeq = 0;
  let outSeq = 0;
  let mounted = true;

  const toWidget = (type: 'init' | 'close', extra: Record<string, unknown>) => {
    outSeq += 1;
    iframe.contentWindow?.postMessage(
      { source: ENVELOPE_SOURCE, v: ENVELOPE_VERSION, type, seq: outSeq, ts: new Date().toISOString(), ...extra },
      origin,
    );
  };

  const onMessage = (event: MessageEvent) => {
    if (!mounted || event.origin !== origin || event.source === null || event.source !== iframe.contentWindow) return;
    const env = readEnvelope(event.data);
    if (!env) return;
    if (env.type === 'ready' && env.channel === undefined && (channel === null || env.seq === 1)) {
      // Opening handshake (or the widget reloaded inside the frame): choose a fresh channel.
      channel = nonce();
      lastSeq = 0;
      outSeq = 0;
      toWidget('init', { payload: { channel } });
    } else if (channel === null || env.channel !== channel) {
      return;
    }
    if (env.seq <= lastSeq) return; // replayed or out of order
    lastSeq = env.seq;
    try {
      options.onEvent?.({
        type: env.type,
        payload: env.payload,
        seq: env.seq,
        session_id: env.session_id,
      } as VerilockHostEvent);
    } catch (err) {
      setTimeout(() => {
        throw err;
      });
    }
  };

  window.addEventListener('message', onMessage);
  iframe.src = new URL(options.url, location.href).href;
  container.appendChild(iframe);

  return {
    iframe,
    unmount() {
      if (!mounted) return;
      mounted = false;
      if (channel !== null) {
        try {
          toWidget('close', { channel, payload: {} });
        } catch {
          /* frame already gone */
        }
      }
      window.removeEventListener('message', onMessage);
      // Leave the frame a moment to receive `close` (and stop its camera) before it is destroyed.
      iframe.hidden = true;
      setTimeout(() => iframe.remove(), UNMOUNT_GRACE_MS);
    },
  };
}

/** The global the classic-script build exposes. */
export interface VerilockGlobal {
  mount: typeof mount;
}

declare global {
  interface Window {
    Verilock?: VerilockGlobal & Record<string, unknown>;
  }
}

if (typeof window !== 'undefined') {
  window.Verilock = Object.assign(window.Verilock ?? {}, { mount });
}
