/**
 * The widget's side of embedding: one object the flow shell sends its events through, whatever the
 * embedding (none, iframe, or a native webview bridge), and that tells it when the host asks to close.
 *
 * Iframe protocol (the public error codes, README):
 * 1. the widget posts `ready` to its parent, with the parent's exact origin as target origin;
 * 2. the parent answers `init {channel}` (a random nonce) — accepted only from `window.parent` and
 *    from an allowed origin;
 * 3. every later message carries that channel; events sent before `init` wait in a bounded queue.
 * A parent whose origin is not allowed receives nothing, and the widget still works.
 */
import { isTerminal, type VerilockEventDetails, type VerilockEventName } from '../events/events.js';
import { detectBridge, type BridgeWindow, type HostMode, type NativeBridge } from './bridges.js';
import { createEnvelopeBuilder, parseHostMessage, sanitizePayload } from './envelope.js';

/** What the flow shell uses to talk to its host. */
export interface HostChannel {
  readonly mode: HostMode;
  /** false when the parent frame takes over navigation (iframe): the widget must not redirect itself. */
  readonly widgetNavigates: boolean;
  /**
   * Sends one event to the host. Only the declared detail fields are sent (anything else is
   * stripped; a detail that does not fit its schema is not sent). Terminal events go out once.
   * In iframe mode, send `verilock-ready` first: it is the handshake's opening message.
   */
  send<K extends VerilockEventName>(name: K, detail: VerilockEventDetails[K]): void;
  /** Registers a callback for the host's `close`; returns an unsubscribe function. */
  onClose(cb: () => void): () => void;
  /** Removes listeners and forgets queued events. */
  dispose(): void;
}

/** Options of {@link connectHost}. */
export interface ConnectHostOptions {
  /** The session id (`ses_…`), copied into every envelope. */
  sessionId: string;
  /**
   * Origins allowed to frame this session and receive its events (from the server's session reply).
   * `'self'` stands for the page's own origin. An empty list means no parent is told anything.
   */
  parentOrigins: readonly string[];
  /** The window to work in (tests pass a stand-in); defaults to `window`. */
  win?: Window;
  /** `flutterInAppWebViewPlatformReady` already fired on this page (it fires once). */
  flutterPlatformReady?: boolean;
}

/** Most events held before the parent's `init`. */
export const PRE_INIT_QUEUE_LIMIT = 64;
/** Most allowed origins `ready` is offered to when the parent's origin cannot be read. */
export const MAX_PROBED_ORIGINS = 16;

function safe<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

function originOf(url: string): string | null {
  if (!url) return null;
  const origin = safe(() => new URL(url).origin);
  return origin && origin !== 'null' ? origin : null;
}

/** The allowed origins, with `'self'` replaced by the page's origin and anything that is not an origin dropped. */
export function normalizeOrigins(win: Window, parentOrigins: readonly string[]): string[] {
  const own = safe(() => win.location.origin);
  const out = new Set<string>();
  for (const entry of parentOrigins) {
    const value = entry === "'self'" || entry === 'self' ? own : entry;
    // Only exact serialized origins (scheme://host[:port]) count; wildcards and paths do not. WebKit's URL
    // parser keeps `*` in a host (the URL standard allows it), so a wildcard is refused by name.
    if (typeof value === 'string' && value !== 'null' && !value.includes('*') && originOf(value) === value)
      out.add(value);
  }
  return [...out];
}

/**
 * The parent frame's origin as the browser reports it: `location.ancestorOrigins[0]` where available
 * (Chromium, WebKit), else the origin of `document.referrer`. `null` when unknown or opaque.
 */
export function readParentOrigin(win: Window): string | null {
  const ancestors = safe(() => win.location.ancestorOrigins);
  if (ancestors && ancestors.length > 0) {
    const first = ancestors.item(0);
    return first && first !== 'null' ? first : null;
  }
  return originOf(safe(() => win.document.referrer) ?? '');
}

/**
 * Connects the widget to whoever embeds it: detects the mode once (in the documented order) and returns the
 * {@link HostChannel} the flow shell sends its events through.
 */
export function connectHost(opts: ConnectHostOptions): HostChannel {
  const win = opts.win ?? window;
  const detection = detectBridge(win as unknown as BridgeWindow, {
    flutterPlatformReady: opts.flutterPlatformReady === true,
  });
  const builder = createEnvelopeBuilder(opts.sessionId);
  const closeCallbacks = new Set<() => void>();
  /** Every mode's `onClose`: registers a callback for the host's `close`, returns its removal. */
  const onClose = (cb: () => void): (() => void) => {
    closeCallbacks.add(cb);
    return () => closeCallbacks.delete(cb);
  };
  let terminalSent = false;
  let disposed = false;

  const fireClose = () => {
    for (const cb of [...closeCallbacks]) {
      try {
        cb();
      } catch {
        /* one failing callback must not stop the others */
      }
    }
  };

  /** Returns false when the event must not go out (invalid, or a second terminal event). */
  const admit = <K extends VerilockEventName>(
    name: K,
    detail: VerilockEventDetails[K],
  ): VerilockEventDetails[K] | null => {
    if (disposed) return null;
    const payload = sanitizePayload(name, detail);
    if (payload === null) return null;
    if (isTerminal(name, payload)) {
      if (terminalSent) return null;
      terminalSent = true;
    }
    return payload;
  };

  // ---- native bridges --------------------------------------------------------------------------
  if (detection.bridge) {
    const bridge: NativeBridge = detection.bridge;
    const ownOrigin = safe(() => win.location.origin);
    // A native app asks to close by evaluating, in the page, `window.postMessage({source:'verilock',
    // v:1, type:'close', seq:1}, location.origin)`: only the page itself can post such a message.
    const onMessage = (ev: MessageEvent) => {
      if (ev.source !== win || ev.origin !== ownOrigin) return;
      const msg = parseHostMessage(ev.data);
      if (msg?.type === 'close') fireClose();
    };
    win.addEventListener('message', onMessage);
    return {
      mode: detection.mode,
      widgetNavigates: true,
      send(name, detail) {
        const payload = admit(name, detail);
        if (payload === null) return;
        const env = builder.build(name, payload);
        if (env) bridge.post(JSON.stringify(env));
      },
      onClose,
      dispose() {
        disposed = true;
        closeCallbacks.clear();
        win.removeEventListener('message', onMessage);
        bridge.dispose();
      },
    };
  }

  // ---- top-level page: nothing to tell, the widget redirects ------------------------------------
  if (detection.mode === 'none') {
    return {
      mode: 'none',
      widgetNavigates: true,
      send(name, detail) {
        admit(name, detail);
      },
      onClose,
      dispose() {
        disposed = true;
        closeCallbacks.clear();
      },
    };
  }

  // ---- iframe ------------------------------------------------------------------------------------
  const allowed = normalizeOrigins(win, opts.parentOrigins);
  const reported = readParentOrigin(win);
  // The origins `ready` is posted to. When the browser reports the parent's origin, only that one
  // (and only if allowed). When it cannot (opaque or masked), each allowed origin is offered as an
  // exact target origin: the browser delivers to the parent only if it is one of them, and `init`
  // then fixes the origin from `event.origin`. Never `'*'`.
  const targets =
    reported !== null ? (allowed.includes(reported) ? [reported] : []) : allowed.slice(0, MAX_PROBED_ORIGINS);
  let parentOrigin: string | null = reported !== null && targets.length ? reported : null;
  let channel: string | null = null;
  let readyPosted = false;
  let queue: { name: VerilockEventName; payload: unknown }[] = [];
  const parent = safe(() => win.parent) ?? null;

  const post = (message: unknown, targetOrigin: string) => {
    try {
      parent?.postMessage(message, targetOrigin);
    } catch {
      /* a detached parent: nothing to do */
    }
  };

  const postEvent = <K extends VerilockEventName>(name: K, payload: VerilockEventDetails[K]) => {
    const env = builder.build(name, payload, channel ?? undefined);
    if (!env) return;
    if (channel && parentOrigin) post(env, parentOrigin);
    else for (const target of targets) post(env, target);
  };

  const onMessage = (ev: MessageEvent) => {
    if (disposed || !parent || ev.source !== parent) return;
    if (parentOrigin ? ev.origin !== parentOrigin : !targets.includes(ev.origin)) return;
    const msg = parseHostMessage(ev.data);
    if (!msg) return;
    if (msg.type === 'init') {
      if (channel !== null) return; // the channel is fixed once
      parentOrigin = ev.origin;
      channel = msg.payload.channel;
      const pending = queue;
      queue = [];
      for (const item of pending) postEvent(item.name, item.payload as never);
      return;
    }
    if (channel !== null && msg.channel === channel) fireClose();
  };
  if (targets.length) win.addEventListener('message', onMessage);

  return {
    mode: 'iframe',
    widgetNavigates: false,
    send(name, detail) {
      const payload = admit(name, detail);
      if (payload === null || !targets.length) return;
      if (channel !== null) return postEvent(name, payload);
      if (name === 'verilock-ready' && !readyPosted) {
        readyPosted = true;
        return postEvent(name, payload);
      }
      if (queue.length >= PRE_INIT_QUEUE_LIMIT) {
        const i = queue.findIndex((item) => !isTerminal(item.name, item.payload as never));
        if (i === -1) return;
        queue.splice(i, 1);
      }
      queue.push({ name, payload });
    },
    onClose,
    dispose() {
      disposed = true;
      queue = [];
      closeCallbacks.clear();
      win.removeEventListener('message', onMessage);
    },
  };
}
