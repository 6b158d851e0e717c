// Real cross-origin embedding: the test page (http://localhost:PORT) frames this same module served
// from http://127.0.0.1:PORT, where it plays a role chosen by the URL (`?role=`) instead of
// registering tests. Two origins on one test server, real postMessage, real permissions policy.
import { expect } from '@open-wc/testing';
import { connectHost, readParentOrigin } from '../../src/embed/host-channel.js';
import { cameraEnvironment, cameraErrorCode } from '../../src/controllers/camera-errors.js';
import { parseEnvelope, type Envelope } from '../../src/embed/envelope.js';
import { mount, type VerilockHostEvent } from '../../src/loader.js';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => void | Promise<void>): void;
declare function afterEach(fn: () => void): void;

const params = new URLSearchParams(location.search);
const role = params.get('role');
const THIS_MODULE = '/test/browser/embed-iframe.test.ts';

/** What a refused camera is put down to in this page: `camera_blocked_by_embed` when its policy forbids it, else null. */
function blockedByEmbed(): 'camera_blocked_by_embed' | null {
  const code = cameraErrorCode(new DOMException('refused', 'NotAllowedError'), cameraEnvironment(window));
  return code === 'camera_blocked_by_embed' ? code : null;
}

// ---------------------------------------------------------------------------------------------
// Child roles (run inside the cross-origin frame)
// ---------------------------------------------------------------------------------------------

function signal(data: Record<string, unknown>) {
  window.parent.postMessage({ test: true, ...data }, params.get('parent')!);
}

function widgetRole() {
  const origins = (params.get('origins') ?? '').split(',').filter(Boolean);
  const ch = connectHost({ sessionId: 'ses_child', parentOrigins: origins });
  ch.onClose(() => signal({ kind: 'closed' }));
  signal({ kind: 'info', mode: ch.mode, widgetNavigates: ch.widgetNavigates, reported: readParentOrigin(window) });
  ch.send('verilock-ready', { session_id: 'ses_child', steps: ['document', 'selfie'] });
  ch.send('verilock-step-change', { from: null, to: 'document', index: 0, total: 2 });
  ch.send('verilock-capture', {
    kind: 'document_front',
    attempt: 1,
    bytes: 1234,
    token: 'vl_tok_secret',
    image: 'data:image/jpeg;base64,AAAA',
  } as never);
  ch.send('verilock-complete', { session_id: 'ses_child', status: 'processing' });
  ch.send('verilock-complete', { session_id: 'ses_child', status: 'processing' });
}

/** A misbehaving frame at the right origin: only its one good message may reach onEvent. */
function rogueRole() {
  const target = params.get('parent')!;
  let seq = 0;
  const env = (type: string, payload: unknown, extra: Record<string, unknown> = {}) => ({
    source: 'verilock',
    v: 1,
    type,
    seq: ++seq,
    session_id: 'ses_rogue',
    ts: new Date().toISOString(),
    payload,
    ...extra,
  });
  const send = (m: unknown) => window.parent.postMessage(m, target);
  window.addEventListener('message', (ev) => {
    if (ev.source !== window.parent || ev.origin !== target) return;
    const m = ev.data as { type?: string; seq?: number; channel?: string; payload?: { channel?: string } };
    if (m?.type === 'init') {
      const c = m.payload!.channel!;
      send(env('complete', { session_id: 'ses_rogue', status: 'approved' }, { channel: 'x'.repeat(32) })); // wrong channel
      send(env('complete', { session_id: 'ses_rogue', status: 'approved' })); // no channel
      send({ ...env('step-change', { from: null, to: 'a', index: 0, total: 1 }, { channel: c }), v: 2 }); // bad version
      send(env('capture', { kind: 'selfie', attempt: 1, bytes: 1, pad: 'x'.repeat(9000) }, { channel: c })); // > 8 KB
      send(env('verilock.completed', {}, { channel: c })); // unknown type
      const good = env('step-change', { from: null, to: 'selfie', index: 0, total: 1 }, { channel: c });
      send(good);
      send(good); // replay
      send({ test: true, kind: 'rogue-done', channel: c, initSeq: m.seq });
    }
    if (m?.type === 'close') send({ test: true, kind: 'closed', channel: m.channel, seq: m.seq });
  });
  send(env('ready', { session_id: 'ses_rogue', steps: ['selfie'] }));
}

/** A third frame that forges widget messages to the host page. */
function forgerRole() {
  const fake = (type: string, seq: number, payload: unknown) => ({
    source: 'verilock',
    v: 1,
    type,
    seq,
    session_id: 'ses_forged',
    ts: new Date().toISOString(),
    payload,
  });
  window.parent.postMessage(fake('ready', 1, { session_id: 'ses_forged', steps: [] }), '*');
  window.parent.postMessage(fake('complete', 2, { session_id: 'ses_forged', status: 'approved' }), '*');
  window.parent.postMessage({ test: true, kind: 'forger-done' }, '*');
}

async function cameraRole() {
  let result = 'ok';
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ video: true });
    stream.getTracks().forEach((t) => t.stop());
  } catch (err) {
    result = (err as DOMException).name;
  }
  signal({ kind: 'camera', explained: blockedByEmbed(), result });
}

// ---------------------------------------------------------------------------------------------
// Host-page tests
// ---------------------------------------------------------------------------------------------

const OTHER_HOST = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
const OTHER = `${location.protocol}//${OTHER_HOST}:${location.port}`;
const HERE = location.origin;

function childUrl(r: string, extra: Record<string, string> = {}, origin = OTHER) {
  const q = new URLSearchParams({ 'wtr-test-file': THIS_MODULE, role: r, parent: HERE, ...extra });
  return `${origin}/?${q}`;
}

/** Collects messages arriving at this page. */
function inbox() {
  const all: MessageEvent[] = [];
  const on = (ev: MessageEvent) => void all.push(ev);
  window.addEventListener('message', on);
  return {
    all,
    verilock: () => all.filter((e) => (e.data as { source?: string })?.source === 'verilock'),
    signals: () =>
      all.filter((e) => (e.data as { test?: boolean })?.test === true).map((e) => e.data as Record<string, unknown>),
    async waitFor<T>(pick: () => T | undefined | false, ms = 8000): Promise<T> {
      const end = Date.now() + ms;
      for (;;) {
        const v = pick();
        if (v) return v;
        if (Date.now() > end) throw new Error('timed out waiting');
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    stop: () => window.removeEventListener('message', on),
  };
}

const cleanup: (() => void)[] = [];

function frame(src: string, attrs: Record<string, string> = {}) {
  const f = document.createElement('iframe');
  for (const [k, v] of Object.entries(attrs)) f.setAttribute(k, v);
  f.src = src;
  document.body.appendChild(f);
  cleanup.push(() => f.remove());
  return f;
}

if (role === 'widget') widgetRole();
else if (role === 'rogue') rogueRole();
else if (role === 'forger') forgerRole();
else if (role === 'camera') void cameraRole();
else {
  describe('embed: widget in a cross-origin iframe', () => {
    afterEach(() => cleanup.splice(0).forEach((f) => f()));

    for (const referrerpolicy of ['no-referrer', 'strict-origin-when-cross-origin']) {
      it(`handshake ready → init → events on the channel (iframe referrerpolicy=${referrerpolicy})`, async () => {
        const box = inbox();
        const f = frame(childUrl('widget', { origins: HERE }), { allow: 'camera; fullscreen', referrerpolicy });
        const readyEv = await box.waitFor(() => box.verilock()[0]);
        expect(readyEv.origin).to.equal(OTHER);
        expect(readyEv.source).to.equal(f.contentWindow);
        expect(readyEv.data).to.include({ type: 'ready', seq: 1 });
        expect(readyEv.data.channel).to.equal(undefined);
        await new Promise((r) => setTimeout(r, 200));
        expect(box.verilock()).to.have.length(1); // the rest waits for init
        const info = box.signals().find((s) => s.kind === 'info')!;
        expect(info).to.include({ mode: 'iframe', widgetNavigates: false });
        // Chromium and WebKit report the parent in location.ancestorOrigins even with no-referrer; Firefox
        // honours the referrer policy there too, so no-referrer leaves the parent unknown (the widget then
        // relies on the session's own list of parent origins).
        const knowsParent = referrerpolicy !== 'no-referrer' || !/Firefox\//.test(navigator.userAgent);
        expect(info.reported).to.equal(knowsParent ? HERE : null);
        const channel = 'c'.repeat(24) + 'HostNonce';
        f.contentWindow!.postMessage({ source: 'verilock', v: 1, type: 'init', seq: 1, payload: { channel } }, OTHER);
        await box.waitFor(() => box.verilock().length >= 4);
        await new Promise((r) => setTimeout(r, 200));
        const envs = box.verilock().map((e) => parseEnvelope(e.data) as Envelope);
        expect(envs.every(Boolean)).to.equal(true);
        expect(envs.map((e) => e.type)).to.deep.equal(['ready', 'step-change', 'capture', 'complete']);
        expect(envs.map((e) => e.seq)).to.deep.equal([1, 2, 3, 4]);
        expect(envs.slice(1).every((e) => e.channel === channel)).to.equal(true);
        expect(JSON.stringify(envs)).to.not.match(/vl_tok_secret|data:image/);
        // close: wrong channel ignored, right channel honoured
        f.contentWindow!.postMessage(
          { source: 'verilock', v: 1, type: 'close', seq: 2, channel: 'w'.repeat(32) },
          OTHER,
        );
        await new Promise((r) => setTimeout(r, 150));
        expect(box.signals().some((s) => s.kind === 'closed')).to.equal(false);
        f.contentWindow!.postMessage({ source: 'verilock', v: 1, type: 'close', seq: 3, channel }, OTHER);
        await box.waitFor(() => box.signals().some((s) => s.kind === 'closed'));
        box.stop();
      });
    }

    it('ignores an init from a sibling frame of an allowed origin', async () => {
      const box = inbox();
      const f = frame(childUrl('widget', { origins: HERE }), { allow: 'camera' });
      const sibling = document.createElement('iframe');
      sibling.srcdoc = '<script>window.go = (w, m, o) => w.postMessage(m, o)</script>';
      document.body.appendChild(sibling);
      cleanup.push(() => sibling.remove());
      await box.waitFor(() => box.verilock()[0]);
      await box.waitFor(() => (sibling.contentWindow as unknown as { go?: unknown }).go);
      const go = (sibling.contentWindow as unknown as { go: (w: Window, m: unknown, o: string) => void }).go;
      const init = (channel: string) => ({ source: 'verilock', v: 1, type: 'init', seq: 1, payload: { channel } });
      go(f.contentWindow!, init('s'.repeat(32)), OTHER);
      await new Promise((r) => setTimeout(r, 200));
      expect(box.verilock()).to.have.length(1);
      f.contentWindow!.postMessage(init('p'.repeat(32)), OTHER);
      await box.waitFor(() => box.verilock().length >= 4);
      expect(
        box
          .verilock()
          .slice(1)
          .map((e) => e.data.channel),
      ).to.deep.equal(['p'.repeat(32), 'p'.repeat(32), 'p'.repeat(32)]);
      box.stop();
    });

    it('tells a parent whose origin is not allowed nothing at all', async () => {
      const box = inbox();
      frame(childUrl('widget', { origins: 'https://shop.example' }), { allow: 'camera' });
      await box.waitFor(() => box.signals().find((s) => s.kind === 'info'));
      await new Promise((r) => setTimeout(r, 600));
      expect(box.verilock()).to.have.length(0);
      box.stop();
    });

    it('camera: delegated with allow="camera"; without it getUserMedia fails and the cause is the embed', async () => {
      const box = inbox();
      frame(childUrl('camera'), { allow: 'camera' });
      const ok = await box.waitFor(() => box.signals().find((s) => s.kind === 'camera'));
      expect(ok).to.include({ result: 'ok', explained: null });
      box.stop();
      cleanup.splice(0).forEach((fn) => fn());
      const box2 = inbox();
      frame(childUrl('camera'));
      const blocked = await box2.waitFor(() => box2.signals().find((s) => s.kind === 'camera'));
      // Firefox and WebKit refuse the camera too but do not expose the permissions policy, so the cause
      // stays unexplained there (see camera-errors.ts).
      const policyExposed = 'featurePolicy' in document || 'permissionsPolicy' in document;
      expect(blocked).to.include({
        result: 'NotAllowedError',
        explained: policyExposed ? 'camera_blocked_by_embed' : null,
      });
      expect(blockedByEmbed()).to.equal(null); // the top-level test page may use the camera
      box2.stop();
    });
  });

  describe('embed: loader (Verilock.mount)', () => {
    afterEach(() => cleanup.splice(0).forEach((f) => f()));

    it('creates the iframe as documented and exposes window.Verilock', () => {
      const host = document.createElement('div');
      document.body.appendChild(host);
      cleanup.push(() => host.remove());
      const h = mount(host, { url: childUrl('widget', { origins: HERE }), height: 500 });
      cleanup.push(() => h.unmount());
      expect(host.firstElementChild).to.equal(h.iframe);
      expect(h.iframe.getAttribute('allow')).to.equal('camera; fullscreen');
      expect(h.iframe.getAttribute('referrerpolicy')).to.equal('no-referrer');
      expect(h.iframe.hasAttribute('sandbox')).to.equal(false);
      expect(h.iframe.title).to.equal('Identity verification');
      expect(h.iframe.style.height).to.equal('500px');
      expect(window.Verilock?.mount).to.equal(mount);
      expect(() => mount(host, { url: 'http://example.com/verify/x' })).to.throw(TypeError);
      expect(() => mount(host, { url: 'javascript:alert(1)' })).to.throw(TypeError);
    });

    it('relays the widget events in order, with rising seq and no token', async () => {
      const host = document.createElement('div');
      document.body.appendChild(host);
      cleanup.push(() => host.remove());
      const events: VerilockHostEvent[] = [];
      const box = inbox();
      const h = mount(host, { url: childUrl('widget', { origins: HERE }), onEvent: (e) => events.push(e) });
      await box.waitFor(() => events.length >= 4);
      await new Promise((r) => setTimeout(r, 200));
      expect(events.map((e) => e.type)).to.deep.equal(['ready', 'step-change', 'capture', 'complete']);
      expect(events.map((e) => e.seq)).to.deep.equal([1, 2, 3, 4]);
      expect(events.every((e) => e.session_id === 'ses_child')).to.equal(true);
      expect(events[2]!.payload).to.deep.equal({ kind: 'document_front', attempt: 1, bytes: 1234 });
      h.unmount();
      await box.waitFor(() => box.signals().some((s) => s.kind === 'closed'));
      expect(h.iframe.hidden).to.equal(true);
      await new Promise((r) => setTimeout(r, 250));
      expect(h.iframe.isConnected).to.equal(false);
      box.stop();
    });

    it('ignores messages from the wrong origin, the wrong window, the wrong channel, bad shapes and replays', async () => {
      const host = document.createElement('div');
      document.body.appendChild(host);
      cleanup.push(() => host.remove());
      const events: VerilockHostEvent[] = [];
      const box = inbox();
      const h = mount(host, { url: childUrl('rogue'), onEvent: (e) => events.push(e) });
      // A forger at the widget's origin (right origin, wrong window) and one at the host's origin.
      frame(childUrl('forger'));
      frame(childUrl('forger', {}, HERE));
      // The host page itself (wrong origin).
      window.postMessage(
        {
          source: 'verilock',
          v: 1,
          type: 'complete',
          seq: 9,
          session_id: 'ses_x',
          ts: new Date().toISOString(),
          payload: {},
        },
        '*',
      );
      const done = await box.waitFor(() => box.signals().find((s) => s.kind === 'rogue-done'));
      await box.waitFor(() => box.signals().filter((s) => s.kind === 'forger-done').length === 2);
      await new Promise((r) => setTimeout(r, 200));
      expect(done.initSeq).to.equal(1);
      expect(done.channel).to.match(/^[0-9a-f]{32}$/);
      expect(events.map((e) => [e.type, e.session_id])).to.deep.equal([
        ['ready', 'ses_rogue'],
        ['step-change', 'ses_rogue'],
      ]);
      h.unmount();
      const closed = await box.waitFor(() => box.signals().find((s) => s.kind === 'closed'));
      expect(closed).to.include({ channel: done.channel, seq: 2 });
      box.stop();
    });
  });
}
