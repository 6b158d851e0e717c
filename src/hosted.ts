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
 *
 * The channel itself (envelopes, native bridges, the checks of the host's messages) is not on the first
 * screen's path: it loads when `verilock-ready` (or a terminal event before it) is fired, and everything
 * fired meanwhile is held and sent in order once it is connected.
 */
import './index.js';
import type { EventSink, VerilockFlow } from './components/flow/flow.component.js';
import type { HostChannel } from './embed/host-channel.js';
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

// eslint-disable-next-line @typescript-eslint/consistent-type-imports -- the type of the lazily imported module
type HostChannelModule = typeof import('./embed/host-channel.js');
let channelModule: Promise<HostChannelModule> | null = null;
/** Loads the host channel once (a failed load is tried again by the next event). */
function loadHostChannel(): Promise<HostChannelModule> {
  channelModule ??= import('./embed/host-channel.js').catch((e: unknown) => {
    channelModule = null;
    throw e;
  });
  return channelModule;
}

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

  /** Events fired before the channel was connected (after `verilock-ready`: all of them, in order). */
  let afterReady: Held[] = [];
  /** The session id to connect with, once `verilock-ready` or a terminal event asked for the channel. */
  let connectAs: string | null = null;
  let opening: Held | null = null;
  /** Set when loading the channel failed: the next event tries again. */
  let retry: (() => void) | null = null;

  const connect = (connectHost: HostChannelModule['connectHost'], sessionId: string) => {
    const parentOrigins = opts.parentOrigins ?? readParentOrigins(win.document) ?? el.session?.parent_origins ?? [];
    const ch = connectHost({ sessionId, parentOrigins, win, flutterPlatformReady: flutterPlatformReady(win) });
    ch.onClose(() => el.cancel('host_close'));
    return ch;
  };

  /** Loads the channel, connects it, then sends `ready` (if any), the events held before it, then the rest. */
  const open = (sessionId: string) => {
    if (connectAs !== null) return;
    connectAs = sessionId;
    const attempt = (): void => {
      loadHostChannel().then(
        (m) => {
          if (disposed || channel) return;
          const ch = connect(m.connectHost, sessionId);
          channel = ch;
          const pending = [...(opening ? [opening] : []), ...held, ...afterReady];
          opening = null;
          held = [];
          afterReady = [];
          for (const item of pending) ch.send(item.name, item.detail as never);
        },
        // Offline at the wrong moment: the events stay held and the next one tries again.
        () => (retry = attempt),
      );
    };
    attempt();
  };

  const sink: EventSink = {
    get widgetNavigates() {
      // Before the channel exists nothing ends the flow with a redirect; guess from the framing.
      return channel ? channel.widgetNavigates : !framed;
    },
    send<K extends VerilockEventName>(name: K, detail: VerilockEventDetails[K]) {
      if (disposed) return;
      if (channel) return channel.send(name, detail);
      if (retry) {
        const again = retry;
        retry = null;
        again();
      }
      if (connectAs !== null) {
        afterReady.push({ name, detail });
        return;
      }
      if (name === 'verilock-ready') {
        opening = { name, detail };
        return open((detail as VerilockEventDetails['verilock-ready']).session_id);
      }
      if (held.length < PRE_READY_LIMIT) held.push({ name, detail });
      if (isTerminal(name, detail)) {
        // The session never loaded (bad or expired link): no `ready` will come. A native app still
        // learns why; an iframe parent gets nothing, as the handshake opens with `ready`.
        const id = name === 'verilock-expired' ? (detail as VerilockEventDetails['verilock-expired']).session_id : null;
        open(id ?? UNKNOWN_SESSION_ID);
      }
    },
    dispose() {
      disposed = true;
      held = [];
      afterReady = [];
      opening = null;
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
