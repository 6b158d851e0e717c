/**
 * The three ways in, end to end against the reference backend, with the built widget:
 * - iframe: a page on another origin (http://localhost:PORT) mounts the hosted page
 *   (http://127.0.0.1:PORT) with the loader; the whole flow runs inside the frame and the parent gets
 *   every event by postMessage, in order, from the exact origin, and decides where to go at the end;
 * - iframe without `allow="camera"`: the capture step explains that the embedding blocks the camera;
 * - webviews: each native bridge stub injected into the hosted page before it runs gets the JSON
 *   string envelopes, then the page navigates to the redirect URL.
 * No request leaves the two page origins.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  createDocSelfieSession,
  expectRedirected,
  getSession,
  startToDocument,
  walkDocumentAndSelfie,
  watchForeignRequests,
} from './helpers.js';

const PORT = Number(process.env.E2E_PORT ?? 8797);
const SERVICE = `http://127.0.0.1:${PORT}`;
/** Another origin (same server, other host name), allowed by VERILOCK_FRAME_ANCESTORS in the Playwright config. */
const CUSTOMER = `http://localhost:${PORT}`;

interface HostEvent {
  seq: number;
  type: string;
  payload: Record<string, unknown>;
}

/** The events the iframe demo page logged from `Verilock.mount`'s `onEvent` ("#seq type {payload}"). */
async function hostEvents(page: Page): Promise<HostEvent[]> {
  const lines = await page.locator('#events li').allTextContents();
  return lines.map((line) => {
    const m = /^#(\d+) (\S+) (.*)$/.exec(line);
    if (!m) throw new Error(`unexpected event line: ${line}`);
    return { seq: Number(m[1]), type: m[2]!, payload: JSON.parse(m[3]!) as Record<string, unknown> };
  });
}

/** Records, in the top window only, the origin of every Verilock message it receives. */
async function recordMessageOrigins(page: Page): Promise<string[]> {
  const origins: string[] = [];
  await page.exposeFunction('__verilockMessageOrigin', (origin: string) => origins.push(origin));
  await page.addInitScript(() => {
    if (window !== window.top) return;
    window.addEventListener('message', (e) => {
      const data = e.data as { source?: unknown } | null;
      if (data && typeof data === 'object' && data.source === 'verilock') {
        (window as unknown as { __verilockMessageOrigin(o: string): void }).__verilockMessageOrigin(e.origin);
      }
    });
  });
  return origins;
}

function expectRisingSeq(seqs: number[]): void {
  expect(seqs.length).toBeGreaterThan(0);
  seqs.forEach((seq, i) => expect(seq).toBe(i + 1));
}

test.describe('iframe embed from another origin', () => {
  test('the whole flow runs in the frame; the parent gets every event in order and decides where to go', async ({
    page,
    request,
  }) => {
    const session = await createDocSelfieSession(request, SERVICE);
    const foreign = watchForeignRequests(page, [SERVICE, CUSTOMER]);
    const origins = await recordMessageOrigins(page);

    await page.goto(`${CUSTOMER}/demo/iframe-host.html?url=${encodeURIComponent(session.session_url)}`);
    const iframe = page.locator('#verification iframe');
    await expect(iframe).toHaveAttribute('allow', 'camera; fullscreen');
    await expect(iframe).toHaveAttribute('referrerpolicy', 'no-referrer');
    await expect(iframe).toHaveAttribute('title', 'Identity verification');

    await walkDocumentAndSelfie(page.frameLocator('#verification iframe').locator('verilock-flow'));

    await expect(page.locator('#status')).toContainText('The flow asked to continue at', { timeout: 30_000 });
    const events = await hostEvents(page);
    expectRisingSeq(events.map((e) => e.seq));
    expect(events[0]).toMatchObject({ type: 'ready', payload: { session_id: session.id } });
    const types = events.map((e) => e.type);
    expect(types.filter((t) => t === 'step-change').length).toBeGreaterThanOrEqual(5);
    expect(types.filter((t) => t === 'capture')).toHaveLength(3);
    expect(types.filter((t) => t === 'complete')).toHaveLength(1);
    expect(types).not.toContain('error');
    expect(types.slice(-2)).toEqual(['complete', 'redirect']);
    const complete = events.find((e) => e.type === 'complete')!;
    expect(complete.payload).toEqual({ session_id: session.id, status: 'processing' });
    const redirect = new URL(String(events.at(-1)!.payload.url));
    expect(redirect.origin + redirect.pathname).toBe(`${SERVICE}/demo/done.html`);
    expect(redirect.searchParams.get('verilock_session_id')).toBe(session.id);
    expect(redirect.searchParams.get('verilock_status')).toBe('processing');
    // No payload carries the token, a name or an image.
    const raw = JSON.stringify(events);
    expect(raw).not.toContain(session.session_token);
    expect(raw).not.toMatch(/Jean|Dupont|data:image|blob:/);

    // Every Verilock message the parent received came from the hosted page's exact origin.
    expect(origins.length).toBeGreaterThanOrEqual(events.length);
    expect(new Set(origins)).toEqual(new Set([SERVICE]));

    // The frame stays on the hosted page: the parent decides where to go.
    await page.waitForTimeout(2_000);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame?.url()).toBe(session.session_url);
    expect(page.url()).toContain(`${CUSTOMER}/demo/iframe-host.html`);

    const stored = await getSession(request, session.id);
    expect(stored.status).toBe('processing');
    expect(foreign).toEqual([]);
  });

  test('without allow="camera" the capture step says the embedding blocks the camera', async ({ page, request }) => {
    const session = await createDocSelfieSession(request);
    const foreign = watchForeignRequests(page, [SERVICE, CUSTOMER]);
    // Play a customer page that forgot the attribute: the loader's `allow` never reaches the iframe.
    await page.addInitScript(() => {
      if (window !== window.top) return;
      const set = Element.prototype.setAttribute;
      Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
        if (this instanceof HTMLIFrameElement && name.toLowerCase() === 'allow') return;
        set.call(this, name, value);
      };
    });
    await page.goto(`${CUSTOMER}/demo/iframe-host.html?url=${encodeURIComponent(session.session_url)}`);
    const iframe = page.locator('#verification iframe');
    await expect(iframe).not.toHaveAttribute('allow', /camera/);

    const flow = page.frameLocator('#verification iframe').locator('verilock-flow');
    await expect(flow.getByRole('heading', { name: /verify your identity/i })).toBeVisible();
    await startToDocument(flow);

    await expect(flow.getByText('The camera is not available in this window')).toBeVisible();
    await expect(flow.getByText(/embedded without camera access/)).toBeVisible();
    await expect(flow.getByRole('alert')).toContainText('The camera is not available in this window');
    await expect(flow.getByRole('button', { name: 'Take photo' })).toBeHidden(); // no shutter without a camera
    await expect(flow.getByRole('button', { name: 'Upload a photo instead' })).toBeVisible();

    await expect.poll(async () => (await hostEvents(page)).some((e) => e.type === 'error')).toBe(true);
    const errors = (await hostEvents(page)).filter((e) => e.type === 'error');
    expect(errors[0]!.payload).toMatchObject({ code: 'camera_blocked_by_embed', category: 'permissions' });
    expectRisingSeq((await hostEvents(page)).map((e) => e.seq));
    expect(foreign).toEqual([]);
  });
});

/** Each native bridge stub, as the platform injects it before page scripts run. */
const BRIDGES = {
  'react-native': `window.ReactNativeWebView = { postMessage: (m) => window.__bridge('react-native', m) };`,
  ios: `window.webkit = { messageHandlers: { verilock: { postMessage: (m) => window.__bridge('ios', m) } } };`,
  'flutter-inappwebview': `window.flutter_inappwebview = { callHandler: (name, m) => { window.__bridge('flutter-inappwebview:' + name, m); return Promise.resolve(); } };
    document.addEventListener('DOMContentLoaded', () => setTimeout(() => {
      window.__bridge('platform-ready', '');
      window.dispatchEvent(new Event('flutterInAppWebViewPlatformReady'));
    }, 150));`,
  flutter: `window.VerilockFlutter = { postMessage: (m) => window.__bridge('flutter', m) };`,
  android: `window.VerilockAndroid = { postMessage: (m) => window.__bridge('android', m) };`,
} as const;

type Received = { via: string; message: unknown };

async function injectBridges(page: Page, names: (keyof typeof BRIDGES)[]): Promise<Received[]> {
  const received: Received[] = [];
  await page.exposeFunction('__bridge', (via: string, message: unknown) => received.push({ via, message }));
  const script = `if (window === window.top && location.pathname.startsWith('/verify/')) { ${names.map((n) => BRIDGES[n]).join('\n')} }`;
  await page.addInitScript({ content: script });
  return received;
}

test.describe('webview bridges', () => {
  /** The envelopes a bridge received (the flutter_inappwebview platform's ready signal left out), checked as such. */
  function envelopesVia(name: keyof typeof BRIDGES, received: Received[], sessionId: string, token: string) {
    const via = name === 'flutter-inappwebview' ? 'flutter-inappwebview:verilock' : name;
    const messages = received.filter((r) => r.via !== 'platform-ready');
    expect(messages.length).toBeGreaterThan(0);
    expect(new Set(messages.map((r) => r.via))).toEqual(new Set([via]));
    for (const r of messages) expect(typeof r.message).toBe('string');
    const envelopes = messages.map((r) => JSON.parse(r.message as string) as Record<string, any>);
    expectRisingSeq(envelopes.map((e) => e.seq));
    for (const e of envelopes) {
      expect(e).toMatchObject({ source: 'verilock', v: 1, session_id: sessionId });
      expect(e.channel).toBeUndefined();
    }
    if (name === 'flutter-inappwebview') {
      // Nothing went through callHandler before the platform said it was ready.
      expect(received[0]!.via).toBe('platform-ready');
    }
    expect(JSON.stringify(envelopes)).not.toContain(token);
    return envelopes;
  }

  // The whole session over one bridge: every envelope up to the redirect. Which envelopes each platform's
  // bridge receives, complete included, is proven for all five in embed-bridges.test.ts; here the built
  // widget finds each bridge on the hosted page and speaks through it.
  test('react-native: string envelopes in order, then the redirect with the session id and status', async ({
    page,
    request,
  }) => {
    const session = await createDocSelfieSession(request, SERVICE);
    const foreign = watchForeignRequests(page, [SERVICE]);
    const received = await injectBridges(page, ['react-native']);

    await page.goto(session.session_url);
    await walkDocumentAndSelfie(page.locator('verilock-flow'));
    await expectRedirected(page, session.id);

    const envelopes = envelopesVia('react-native', received, session.id, session.session_token);
    const types = envelopes.map((e) => e.type);
    expect(types[0]).toBe('ready');
    expect(types.filter((t) => t === 'capture')).toHaveLength(3);
    expect(types.filter((t) => t === 'complete')).toHaveLength(1);
    expect(types.slice(-2)).toEqual(['complete', 'redirect']);
    expect(envelopes.at(-1)!.payload.url).toBe(page.url());
    expect(foreign).toEqual([]);
  });

  for (const name of ['ios', 'flutter-inappwebview', 'flutter', 'android'] as const) {
    test(`${name}: the hosted page speaks through it, string envelopes in order`, async ({ page, request }) => {
      const session = await createDocSelfieSession(request, SERVICE);
      const foreign = watchForeignRequests(page, [SERVICE]);
      const received = await injectBridges(page, [name]);

      await page.goto(session.session_url);
      const flow = page.locator('verilock-flow');
      await flow.getByRole('button', { name: 'Start' }).click();
      await expect(flow.getByRole('heading', { name: 'Your consent' })).toBeVisible();
      await expect.poll(() => received.filter((r) => r.via !== 'platform-ready').length).toBe(3);
      const envelopes = envelopesVia(name, received, session.id, session.session_token);
      expect(envelopes.map((e) => e.type)).toEqual(['ready', 'step-change', 'step-change']);
      expect(foreign).toEqual([]);
    });
  }

  test('with every bridge present only the highest-priority one (React Native) is used', async ({ page, request }) => {
    const session = await createDocSelfieSession(request);
    const received = await injectBridges(page, ['android', 'flutter', 'flutter-inappwebview', 'ios', 'react-native']);
    await page.goto(session.session_url);
    const flow = page.locator('verilock-flow');
    await expect(flow.getByRole('heading', { name: /verify your identity/i })).toBeVisible();
    await flow.getByRole('button', { name: 'Start' }).click();
    await expect(flow.getByRole('heading', { name: 'Your consent' })).toBeVisible();
    await page.waitForTimeout(1_200); // past the flutter ready event and its timeout
    const messages = received.filter((r) => r.via !== 'platform-ready');
    expect(messages.map((r) => JSON.parse(r.message as string).type)).toEqual(['ready', 'step-change', 'step-change']);
    expect(new Set(messages.map((r) => r.via))).toEqual(new Set(['react-native']));
  });
});

test('the second demo origin serves only the demo pages', async ({ request }) => {
  const demo = `http://127.0.0.1:${PORT + 1}`;
  expect((await request.get(`${demo}/demo/iframe-host.html`)).status()).toBe(200);
  expect((await request.get(`${demo}/verify/vft_${'Q'.repeat(32)}`)).status()).toBe(404);
  expect((await request.get(`${demo}/api/v1/sessions`)).status()).toBe(404);
  expect((await request.get(`${demo}/sdk/verilock-loader.js`)).status()).toBe(404);
});
