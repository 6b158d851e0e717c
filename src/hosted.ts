/**
 * Entry of the hosted verification page (`/verify/{token}`): defines the element and, when the page
 * runs inside an iframe or a native webview, mirrors the element's events to that host.
 *
 * The server writes the origins allowed to frame the session into
 * `<meta name="verilock-parent-origins" content="https://a.example https://b.example">` (no inline
 * script: the page runs under a strict CSP). The first `<verilock-flow>` of the page (present now or
 * added later) gets an {@link EventSink} over the {@link HostChannel}:
 * - events fired before `verilock-ready` are held, so the host's first message is always `ready`
 *   (the iframe handshake's opening message) and `seq` follows the DOM order;
 * - the host's `close` cancels the flow;
 * - inside an iframe the widget does not navigate: the parent receives `redirect` and decides.
 */
import './index.js';
import type { EventSink, VerilockFlow } from './components/flow/flow.component.js';
import { connectHost, type HostChannel } from './embed/host-channel.js';
import { isTerminal, type VerilockEventDetails, type VerilockEventName } from './events/events.js';

/** Name of the `<meta>` holding the allowed parent origins (space-separated). */
export const PARENT_ORIGINS_META = 'verilock-parent-origins';
/** Most events held before `verilock-ready`. */
export const PRE_READY_LIMIT = 64;
/** Session id used in envelopes when the flow failed before its session could be loaded. */
export const UNKNOWN_SESSION_ID = 'unknown';

/** The allowed parent origins the server wrote into the page, or `null` when there is no such `<meta>`. */
export function readParentOrigins(doc: Document = document): string[] | null {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${PARENT_ORIGINS_META}"]`);
  if (!meta) return null;
  return meta.content.split(/\s+/).filter(Boolean);
}

/** Options of {@link attachHost}. */
export interface AttachHostOptions {
  /** Allowed parent origins; default: the page's `<meta>`, else the loaded session's `parent_origins`. */
  parentOrigins?: readonly string[];
  /** The window to work in; defaults to `window`. */
  win?: Window;
}

type Held = { name: VerilockEventName; detail: unknown };

// flutter_inappwebview announces itself once, possibly before the session is loaded: remember it.
const flutterReadyWindows = new WeakSet<Window>();
function watchFlutterReady(win: Window): void {
  win.addEventListener('flutterInAppWebViewPlatformReady', () => flutterReadyWindows.add(win), { once: true });
}
function flutterPlatformReady(win: Window): boolean {
  return flutterReadyWindows.has(win);
}

/**
 * Mirrors one element's events to whoever embeds the page (iframe parent or native bridge) and lets
 * the host close the flow. Returns a function that detaches it.
 */
export function attachHost(el: VerilockFlow, opts: AttachHostOptions = {}): () => void {
  const win = opts.win ?? window;
  let channel: HostChannel | null = null;
  let held: Held[] = [];
  let disposed = false;
  let framed = true;
  try {
    framed = win.parent !== win;
  } catch {
    /* a parent we cannot compare to is a parent */
  }

  const connect = (sessionId: string) => {
    const parentOrigins = opts.parentOrigins ?? readParentOrigins(win.document) ?? el.session?.parent_origins ?? [];
    channel = connectHost({ sessionId, parentOrigins, win, flutterPlatformReady: flutterPlatformReady(win) });
    channel.onClose(() => el.cancel('host_close'));
    return channel;
  };

  const flush = (ch: HostChannel) => {
    const pending = held;
    held = [];
    for (const item of pending) ch.send(item.name, item.detail as never);
  };

  const sink: EventSink = {
    get widgetNavigates() {
      // Before the channel exists nothing ends the flow with a redirect; guess from the framing.
      return channel ? channel.widgetNavigates : !framed;
    },
    send<K extends VerilockEventName>(name: K, detail: VerilockEventDetails[K]) {
      if (disposed) return;
      if (channel) return channel.send(name, detail);
      if (name === 'verilock-ready') {
        const ch = connect((detail as VerilockEventDetails['verilock-ready']).session_id);
        ch.send(name, detail);
        return flush(ch);
      }
      if (held.length < PRE_READY_LIMIT) held.push({ name, detail });
      if (isTerminal(name, detail)) {
        // The session never loaded (bad or expired link): no `ready` will come. A native app still
        // learns why; an iframe parent gets nothing, as the handshake opens with `ready`.
        const id = name === 'verilock-expired' ? (detail as VerilockEventDetails['verilock-expired']).session_id : null;
        flush(connect(id ?? UNKNOWN_SESSION_ID));
      }
    },
    dispose() {
      disposed = true;
      held = [];
      channel?.dispose();
      channel = null;
    },
  };
  el.eventSink = sink;
  return () => {
    if (el.eventSink === sink) el.eventSink = null;
    sink.dispose();
  };
}

/** Wires the first `<verilock-flow>` of the page, now or when it appears. */
function autoAttach(): void {
  const first = document.querySelector('verilock-flow');
  if (first) {
    attachHost(first);
    return;
  }
  const observer = new MutationObserver(() => {
    const el = document.querySelector('verilock-flow');
    if (!el) return;
    observer.disconnect();
    attachHost(el);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

if (typeof document !== 'undefined') {
  watchFlutterReady(window);
  autoAttach();
}
