// Bridge detection order and the host channel over native bridges and an iframe parent, with
// stand-in windows (the real cross-origin iframe is covered in embed-iframe.test.ts).
import { expect } from '@open-wc/testing';
import { FLUTTER_READY_TIMEOUT_MS, detectBridge, type BridgeWindow } from '../../src/embed/bridges.js';
import { connectHost, normalizeOrigins, PRE_INIT_QUEUE_LIMIT, readParentOrigin } from '../../src/embed/host-channel.js';
import { parseEnvelope, type Envelope } from '../../src/embed/envelope.js';
import type { VerilockEventDetails } from '../../src/events/events.js';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => void | Promise<void>): void;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A stand-in window: real EventTarget, fake location/document/parent, real timers. */
class FakeWindow extends EventTarget {
  [key: string]: unknown;
  parent: unknown = this;
  location: { origin: string; ancestorOrigins?: { length: number; item(i: number): string | null } };
  document = { referrer: '' };
  constructor(origin = 'https://verify.example.com') {
    super();
    this.location = { origin };
  }
  setTimeout = (cb: () => void, ms: number) => setTimeout(cb, ms);
  clearTimeout = (id: never) => clearTimeout(id);
  /** Delivers a message event as if posted by `source` from `origin`. */
  deliver(data: unknown, origin: string, source: unknown) {
    const ev = new MessageEvent('message', { data, origin });
    Object.defineProperty(ev, 'source', { value: source });
    this.dispatchEvent(ev);
  }
}

function recorder() {
  const calls: unknown[][] = [];
  return { calls, fn: (...args: unknown[]) => void calls.push(args) };
}

function installAll(win: FakeWindow) {
  const rn = recorder();
  const ios = recorder();
  const inApp = recorder();
  const flutter = recorder();
  const android = recorder();
  win.ReactNativeWebView = { postMessage: rn.fn };
  win.webkit = { messageHandlers: { verilock: { postMessage: ios.fn } } };
  win.flutter_inappwebview = { callHandler: inApp.fn };
  win.VerilockFlutter = { postMessage: flutter.fn };
  win.VerilockAndroid = { postMessage: android.fn };
  win.parent = {};
  return { rn, ios, inApp, flutter, android };
}

const asWin = (w: FakeWindow) => w as unknown as Window;
const ready: VerilockEventDetails['verilock-ready'] = { session_id: 'ses_1', steps: ['document', 'selfie'] };
const step: VerilockEventDetails['verilock-step-change'] = { from: null, to: 'document', index: 0, total: 2 };
const complete: VerilockEventDetails['verilock-complete'] = { session_id: 'ses_1', status: 'processing' };
const parse = (s: unknown) => {
  expect(s).to.be.a('string');
  const env = parseEnvelope(JSON.parse(s as string));
  expect(env, s as string).to.not.equal(null);
  return env as Envelope;
};

describe('embed bridge detection', () => {
  it('follows the documented order: react-native, ios, flutter-inappwebview, flutter, android, iframe, none', () => {
    const order = [
      'ReactNativeWebView',
      'webkit',
      'flutter_inappwebview',
      'VerilockFlutter',
      'VerilockAndroid',
      'parent',
    ];
    const modes = ['react-native', 'ios', 'flutter-inappwebview', 'flutter', 'android', 'iframe'];
    for (let i = 0; i < order.length; i++) {
      const win = new FakeWindow();
      installAll(win);
      for (const key of order.slice(0, i)) {
        if (key === 'parent') win.parent = win;
        else delete win[key];
      }
      const d = detectBridge(win as unknown as BridgeWindow);
      expect(d.mode, `without ${order.slice(0, i).join(',')}`).to.equal(modes[i]);
      d.bridge?.dispose();
    }
    expect(detectBridge(new FakeWindow() as unknown as BridgeWindow).mode).to.equal('none');
  });

  it('ignores look-alikes: a webkit handler under another name, non-function postMessage, throwing getters', () => {
    const win = new FakeWindow();
    win.webkit = { messageHandlers: { other: { postMessage() {} } } };
    win.ReactNativeWebView = { postMessage: 'nope' };
    Object.defineProperty(win, 'VerilockFlutter', {
      get() {
        throw new Error('hostile');
      },
    });
    expect(detectBridge(win as unknown as BridgeWindow).mode).to.equal('none');
  });

  it('flutter_inappwebview: queues until flutterInAppWebViewPlatformReady, then calls handler "verilock" in order', async () => {
    const win = new FakeWindow();
    const calls = recorder();
    win.flutter_inappwebview = { callHandler: calls.fn };
    const d = detectBridge(win as unknown as BridgeWindow);
    expect(d.mode).to.equal('flutter-inappwebview');
    d.bridge!.post('one');
    d.bridge!.post('two');
    await sleep(50);
    expect(calls.calls).to.have.length(0);
    win.dispatchEvent(new Event('flutterInAppWebViewPlatformReady'));
    d.bridge!.post('three');
    expect(calls.calls).to.deep.equal([
      ['verilock', 'one'],
      ['verilock', 'two'],
      ['verilock', 'three'],
    ]);
    d.bridge!.dispose();
  });

  it('flutter_inappwebview: posts anyway after at most 1 s without the ready event', async () => {
    const win = new FakeWindow();
    const calls = recorder();
    win.flutter_inappwebview = { callHandler: calls.fn };
    const d = detectBridge(win as unknown as BridgeWindow);
    d.bridge!.post('early');
    await sleep(FLUTTER_READY_TIMEOUT_MS - 200);
    expect(calls.calls).to.have.length(0);
    await sleep(400);
    expect(calls.calls).to.deep.equal([['verilock', 'early']]);
    d.bridge!.dispose();
  });
});

describe('embed host channel over native bridges', () => {
  it('each platform: only the highest-priority bridge receives exactly the string envelopes, in order', () => {
    const platforms = ['rn', 'ios', 'inApp', 'flutter', 'android'] as const;
    const keys = ['ReactNativeWebView', 'webkit', 'flutter_inappwebview', 'VerilockFlutter', 'VerilockAndroid'];
    for (let i = 0; i < platforms.length; i++) {
      const win = new FakeWindow();
      const stubs = installAll(win);
      for (const key of keys.slice(0, i)) delete win[key];
      const ch = connectHost({ sessionId: 'ses_1', parentOrigins: [], win: asWin(win) });
      win.dispatchEvent(new Event('flutterInAppWebViewPlatformReady'));
      ch.send('verilock-ready', ready);
      ch.send('verilock-step-change', step);
      ch.send('verilock-complete', complete);
      const used = stubs[platforms[i]!];
      const strings = used.calls.map((c) =>
        platforms[i] === 'inApp' ? (expect(c[0]).to.equal('verilock'), c[1]) : c[0],
      );
      const envs = strings.map(parse);
      expect(envs.map((e) => e.type)).to.deep.equal(['ready', 'step-change', 'complete']);
      expect(envs.map((e) => e.seq)).to.deep.equal([1, 2, 3]);
      expect(envs.every((e) => e.channel === undefined && e.session_id === 'ses_1')).to.equal(true);
      for (const other of platforms) if (other !== platforms[i]) expect(stubs[other].calls, other).to.have.length(0);
      expect(ch.widgetNavigates).to.equal(true);
      ch.dispose();
    }
  });

  it('sends terminal events once (complete/cancel/expired/fatal error share one slot); seq stays gap-free', () => {
    const win = new FakeWindow();
    const rn = recorder();
    win.ReactNativeWebView = { postMessage: rn.fn };
    const ch = connectHost({ sessionId: 'ses_1', parentOrigins: [], win: asWin(win) });
    expect(ch.mode).to.equal('react-native');
    ch.send('verilock-error', { code: 'network', category: 'network', recoverable: true, step: 'document' });
    ch.send('verilock-complete', complete);
    ch.send('verilock-complete', complete);
    ch.send('verilock-cancel', { reason: 'user_exit' });
    ch.send('verilock-expired', { session_id: 'ses_1' });
    ch.send('verilock-error', { code: 'server_error', category: 'server', recoverable: false, step: null });
    ch.send('verilock-redirect', {
      url: 'https://example.com/done?verilock_session_id=ses_1&verilock_status=processing',
    });
    const envs = rn.calls.map((c) => parse(c[0]));
    expect(envs.map((e) => e.type)).to.deep.equal(['error', 'complete', 'redirect']);
    expect(envs.map((e) => e.seq)).to.deep.equal([1, 2, 3]);
  });

  it('strips undeclared keys and refuses invalid details', () => {
    const win = new FakeWindow();
    const android = recorder();
    win.VerilockAndroid = { postMessage: android.fn };
    const ch = connectHost({ sessionId: 'ses_1', parentOrigins: [], win: asWin(win) });
    ch.send('verilock-capture', {
      kind: 'document_front',
      attempt: 1,
      bytes: 9,
      token: 'vl_secret',
      image: 'data:image/png;base64,AA',
    } as never);
    ch.send('verilock-step-change', { from: null, to: 'document', index: 0 } as never);
    ch.send('verilock-ready', { session_id: 'ses_1', steps: ['document'], applicant: { first_name: 'Jane' } } as never);
    expect(android.calls).to.have.length(2);
    const raw = android.calls.map((c) => c[0] as string).join('\n');
    expect(raw).to.not.match(/vl_secret|data:image|Jane|applicant|token/);
    expect(parse(android.calls[0]![0]).payload).to.deep.equal({ kind: 'document_front', attempt: 1, bytes: 9 });
  });

  it('a native app closes the flow by posting close to the page itself; other windows cannot', () => {
    const win = new FakeWindow('https://verify.example.com');
    win.webkit = { messageHandlers: { verilock: { postMessage() {} } } };
    const ch = connectHost({ sessionId: 'ses_1', parentOrigins: [], win: asWin(win) });
    let closed = 0;
    const off = ch.onClose(() => closed++);
    const close = { source: 'verilock', v: 1, type: 'close', seq: 1 };
    win.deliver(close, 'https://verify.example.com', {});
    win.deliver(close, 'https://evil.example', win);
    win.deliver({ ...close, type: 'complete' }, 'https://verify.example.com', win);
    expect(closed).to.equal(0);
    win.deliver(close, 'https://verify.example.com', win);
    expect(closed).to.equal(1);
    off();
    win.deliver(close, 'https://verify.example.com', win);
    expect(closed).to.equal(1);
    ch.dispose();
  });

  it('without any host (top-level page) sends nothing and lets the widget navigate', () => {
    const ch = connectHost({ sessionId: 'ses_1', parentOrigins: ["'self'"], win: asWin(new FakeWindow()) });
    expect(ch.mode).to.equal('none');
    expect(ch.widgetNavigates).to.equal(true);
    ch.send('verilock-complete', complete);
    ch.dispose();
  });
});

describe('embed host channel in an iframe (stand-in parent)', () => {
  const HOST = 'https://shop.example';
  const SELF = 'https://verify.example.com';
  const CHANNEL = 'k'.repeat(32);

  function framed(opts: { ancestor?: string | null; referrer?: string; origins: string[] }) {
    const win = new FakeWindow(SELF);
    const posted: { data: unknown; target: string }[] = [];
    const parent = { postMessage: (data: unknown, target: string) => void posted.push({ data, target }) };
    win.parent = parent;
    if (opts.ancestor !== undefined) {
      const list = opts.ancestor === null ? [] : [opts.ancestor];
      win.location.ancestorOrigins = { length: list.length, item: (i: number) => list[i] ?? null };
    }
    win.document.referrer = opts.referrer ?? '';
    const ch = connectHost({ sessionId: 'ses_1', parentOrigins: opts.origins, win: asWin(win) });
    const init = (channel = CHANNEL, origin = HOST, source: unknown = parent) =>
      win.deliver({ source: 'verilock', v: 1, type: 'init', seq: 1, payload: { channel } }, origin, source);
    return { win, ch, parent, posted, init };
  }

  it('reads the parent origin from ancestorOrigins, else from the referrer; "self" is the page origin', () => {
    const a = new FakeWindow(SELF);
    a.location.ancestorOrigins = { length: 1, item: () => HOST };
    a.document.referrer = 'https://other.example/page';
    expect(readParentOrigin(asWin(a))).to.equal(HOST);
    const b = new FakeWindow(SELF);
    b.document.referrer = 'https://shop.example/checkout?x=1';
    expect(readParentOrigin(asWin(b))).to.equal(HOST);
    const c = new FakeWindow(SELF);
    c.location.ancestorOrigins = { length: 1, item: () => 'null' };
    expect(readParentOrigin(asWin(c))).to.equal(null);
    expect(
      normalizeOrigins(asWin(a), ["'self'", HOST, '*', 'https://*.example', 'https://x.example/path', 'null']),
    ).to.deep.equal([SELF, HOST]);
  });

  it('posts ready to the exact allowed parent origin, queues the rest until init, then sends them with the channel', () => {
    const { ch, posted, init } = framed({ ancestor: HOST, origins: [HOST] });
    expect(ch.mode).to.equal('iframe');
    expect(ch.widgetNavigates).to.equal(false);
    ch.send('verilock-step-change', step); // before ready: queued
    ch.send('verilock-ready', ready);
    ch.send('verilock-complete', complete);
    expect(posted).to.have.length(1);
    expect(posted[0]!.target).to.equal(HOST);
    expect(posted[0]!.data).to.include({ type: 'ready', seq: 1 });
    expect((posted[0]!.data as Envelope).channel).to.equal(undefined);
    init();
    ch.send('verilock-camera-status', { state: 'live' });
    expect(posted.map((p) => (p.data as Envelope).type)).to.deep.equal([
      'ready',
      'step-change',
      'complete',
      'camera-status',
    ]);
    expect(posted.map((p) => (p.data as Envelope).seq)).to.deep.equal([1, 2, 3, 4]);
    expect(posted.slice(1).every((p) => (p.data as Envelope).channel === CHANNEL)).to.equal(true);
    expect(posted.every((p) => p.target === HOST && parseEnvelope(p.data) !== null)).to.equal(true);
  });

  it('never posts with "*" and posts nothing at all when the parent origin is not allowed', () => {
    const { ch, posted, init } = framed({ ancestor: 'https://evil.example', origins: [HOST, "'self'"] });
    ch.send('verilock-ready', ready);
    init(CHANNEL, 'https://evil.example');
    init(CHANNEL, HOST);
    ch.send('verilock-complete', complete);
    expect(posted).to.have.length(0);
    const none = framed({ ancestor: HOST, origins: [] });
    none.ch.send('verilock-ready', ready);
    expect(none.posted).to.have.length(0);
  });

  it('drops init from another window, another origin, with a bad schema; fixes the channel once', () => {
    const { ch, posted, init } = framed({ ancestor: HOST, origins: [HOST] });
    ch.send('verilock-ready', ready);
    ch.send('verilock-step-change', step);
    init('a'.repeat(32), HOST, {}); // another window
    init('b'.repeat(32), 'https://evil.example'); // another origin
    init('short'); // bad schema
    expect(posted).to.have.length(1);
    init(CHANNEL);
    init('c'.repeat(32)); // a second init changes nothing
    ch.send('verilock-capture', { kind: 'selfie', attempt: 1, bytes: 5 });
    expect(posted.slice(1).map((p) => (p.data as Envelope).channel)).to.deep.equal([CHANNEL, CHANNEL]);
  });

  it('close needs the parent, its origin and the channel', () => {
    const { win, ch, parent, init } = framed({ ancestor: HOST, origins: [HOST] });
    let closed = 0;
    ch.onClose(() => closed++);
    ch.send('verilock-ready', ready);
    const close = (channel: string | undefined, origin = HOST, source: unknown = parent) =>
      win.deliver({ source: 'verilock', v: 1, type: 'close', seq: 2, ...(channel ? { channel } : {}) }, origin, source);
    close(CHANNEL); // before init
    init();
    close(undefined);
    close('z'.repeat(32));
    close(CHANNEL, 'https://evil.example');
    close(CHANNEL, HOST, {});
    expect(closed).to.equal(0);
    close(CHANNEL);
    expect(closed).to.equal(1);
    ch.dispose();
    close(CHANNEL);
    expect(closed).to.equal(1);
  });

  it('falls back to the referrer, and when the origin is unreadable offers ready to each allowed origin exactly', () => {
    const viaReferrer = framed({ referrer: 'https://shop.example/cart', origins: [HOST] });
    viaReferrer.ch.send('verilock-ready', ready);
    expect(viaReferrer.posted.map((p) => p.target)).to.deep.equal([HOST]);

    const masked = framed({ ancestor: 'null', origins: [HOST, "'self'"] });
    masked.ch.send('verilock-ready', ready);
    expect(masked.posted.map((p) => p.target)).to.deep.equal([HOST, SELF]);
    masked.init(CHANNEL, 'https://evil.example'); // not allowed: ignored
    masked.init(CHANNEL, HOST);
    masked.ch.send('verilock-complete', complete);
    expect(masked.posted.map((p) => p.target)).to.deep.equal([HOST, SELF, HOST]);
    expect(masked.posted.every((p) => p.target !== '*')).to.equal(true);
  });

  it('bounds the pre-init queue, keeping the terminal event', () => {
    const { ch, posted, init } = framed({ ancestor: HOST, origins: [HOST] });
    ch.send('verilock-complete', complete);
    for (let i = 0; i < PRE_INIT_QUEUE_LIMIT + 10; i++) ch.send('verilock-camera-status', { state: 'live' });
    ch.send('verilock-ready', ready);
    init();
    const types = posted.map((p) => (p.data as Envelope).type);
    expect(types).to.have.length(1 + PRE_INIT_QUEUE_LIMIT);
    expect(types.filter((t) => t === 'complete')).to.have.length(1);
    expect(posted.map((p) => (p.data as Envelope).seq)).to.deep.equal(types.map((_, i) => i + 1));
  });
});
