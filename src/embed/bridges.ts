/**
 * Native webview bridge detection (see docs/embedding.md). First match wins:
 * React Native → iOS WKWebView message handler → flutter_inappwebview (after its ready event) →
 * webview_flutter JavaScriptChannel → Android JavascriptInterface → iframe → none (redirect).
 *
 * Native bridges receive `JSON.stringify(envelope)` strings. The window is a parameter, so the
 * detection can be tested with plain objects standing in for each platform.
 */

/** How the widget talks to whoever embeds it. */
export type HostMode = 'none' | 'iframe' | 'react-native' | 'ios' | 'flutter-inappwebview' | 'flutter' | 'android';

/** A native bridge: takes one JSON string per message. */
export interface NativeBridge {
  readonly mode: Exclude<HostMode, 'none' | 'iframe'>;
  /** Posts one JSON string; never throws (a failing bridge drops the message). */
  post(json: string): void;
  /** Stops waiting for a platform-ready event and forgets queued messages. */
  dispose(): void;
}

/** Result of {@link detectBridge}. */
export type Detection =
  { mode: 'none' | 'iframe'; bridge: null } | { mode: NativeBridge['mode']; bridge: NativeBridge };

/** The parts of `window` that detection reads (all optional: the platforms inject them). */
export interface BridgeWindow {
  ReactNativeWebView?: { postMessage?: unknown };
  webkit?: { messageHandlers?: { verilock?: { postMessage?: unknown } } };
  flutter_inappwebview?: { callHandler?: unknown };
  VerilockFlutter?: { postMessage?: unknown };
  VerilockAndroid?: { postMessage?: unknown };
  parent?: unknown;
  addEventListener?: (type: string, cb: () => void) => void;
  removeEventListener?: (type: string, cb: () => void) => void;
  setTimeout?: (cb: () => void, ms: number) => unknown;
  clearTimeout?: (id: never) => void;
}

/** Longest wait for `flutterInAppWebViewPlatformReady` before posting anyway. */
export const FLUTTER_READY_TIMEOUT_MS = 1000;
/** Most messages held while waiting for the Flutter platform to be ready. */
export const FLUTTER_QUEUE_LIMIT = 64;

type PostFn = (message: string) => unknown;

function isFn(value: unknown): value is (...args: unknown[]) => unknown {
  return typeof value === 'function';
}

function read<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined; // a hostile getter must not break detection
  }
}

function simple(mode: NativeBridge['mode'], target: object, post: PostFn): NativeBridge {
  return {
    mode,
    post(json) {
      try {
        post.call(target, json);
      } catch {
        /* the bridge refused the message; nothing else to do */
      }
    },
    dispose() {},
  };
}

function flutterInApp(win: BridgeWindow, target: { callHandler?: unknown }, alreadyReady: boolean): NativeBridge {
  let ready = alreadyReady;
  let disposed = false;
  let queue: string[] = [];
  let timer: unknown;
  const call = (json: string) => {
    try {
      const fn = target.callHandler;
      if (isFn(fn)) {
        const result = fn.call(target, 'verilock', json);
        // callHandler returns a promise; a rejection must not surface as unhandled.
        if (result && isFn((result as Promise<unknown>).catch)) (result as Promise<unknown>).catch(() => {});
      }
    } catch {
      /* dropped */
    }
  };
  const flush = () => {
    if (ready || disposed) return;
    ready = true;
    win.removeEventListener?.('flutterInAppWebViewPlatformReady', flush);
    if (timer !== undefined) win.clearTimeout?.(timer as never);
    const pending = queue;
    queue = [];
    pending.forEach(call);
  };
  if (!ready) {
    win.addEventListener?.('flutterInAppWebViewPlatformReady', flush);
    timer = win.setTimeout?.(flush, FLUTTER_READY_TIMEOUT_MS);
  }
  return {
    mode: 'flutter-inappwebview',
    post(json) {
      if (disposed) return;
      if (ready) return call(json);
      if (queue.length < FLUTTER_QUEUE_LIMIT) queue.push(json);
    },
    dispose() {
      disposed = true;
      queue = [];
      win.removeEventListener?.('flutterInAppWebViewPlatformReady', flush);
      if (timer !== undefined) win.clearTimeout?.(timer as never);
    },
  };
}

/**
 * Finds how to reach the host, in the documented order. Call once per page load and keep the result.
 *
 * For flutter_inappwebview the returned bridge queues messages until the
 * `flutterInAppWebViewPlatformReady` event, or at most {@link FLUTTER_READY_TIMEOUT_MS}, then posts
 * them in order through `callHandler('verilock', json)`. The event fires once: a page that saw it
 * before calling this passes `flutterPlatformReady: true` so nothing waits.
 */
export function detectBridge(win: BridgeWindow, opts: { flutterPlatformReady?: boolean } = {}): Detection {
  const rn = read(() => win.ReactNativeWebView);
  const rnPost = read(() => rn?.postMessage);
  if (rn && isFn(rnPost)) return { mode: 'react-native', bridge: simple('react-native', rn, rnPost) };

  const ios = read(() => win.webkit?.messageHandlers?.verilock);
  const iosPost = read(() => ios?.postMessage);
  if (ios && isFn(iosPost)) return { mode: 'ios', bridge: simple('ios', ios, iosPost) };

  const inApp = read(() => win.flutter_inappwebview);
  if (inApp && typeof inApp === 'object') {
    return { mode: 'flutter-inappwebview', bridge: flutterInApp(win, inApp, opts.flutterPlatformReady === true) };
  }

  const flutter = read(() => win.VerilockFlutter);
  const flutterPost = read(() => flutter?.postMessage);
  if (flutter && isFn(flutterPost)) return { mode: 'flutter', bridge: simple('flutter', flutter, flutterPost) };

  const android = read(() => win.VerilockAndroid);
  const androidPost = read(() => android?.postMessage);
  if (android && isFn(androidPost)) return { mode: 'android', bridge: simple('android', android, androidPost) };

  const parent = read(() => win.parent);
  if (parent && parent !== win) return { mode: 'iframe', bridge: null };
  return { mode: 'none', bridge: null };
}
