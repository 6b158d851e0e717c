import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { AxeResults } from 'axe-core';
import '../../src/index.js';
import type { VerilockFlow } from '../../src/index.js';
import { loadTranslation } from '../../src/i18n/registry.js';
import { HandoffController } from '../../src/components/handoff/handoff.js';
import type { FlowProgress } from '../../src/api/schemas.js';
import type { Translation } from '../../src/i18n/translation.js';
import { flowSession, json, loadScript, WAITING_PROGRESS } from './helpers.js';

declare global {
  interface Window {
    axe?: { run(context: Element, options: Record<string, unknown>): Promise<AxeResults> };
  }
}

const LOCALES = ['en', 'fr', 'es', 'de', 'pt-BR', 'ar'] as const;
/**
 * One more locale per script family (Cyrillic, Greek, CJK, Devanagari, Thai, Hebrew, Persian): axe on the
 * main flow and the error screens. Every locale's strings are checked by the i18n tests; walking all 34
 * through axe would add minutes to the suite for checks that depend on the script, not on each language.
 */
const SCRIPT_SAMPLES = ['ru', 'el', 'ja', 'hi', 'th', 'he', 'fa'] as const;
const TOKEN = 'vft_test_token';

const SESSION = flowSession();
type Session = typeof SESSION;
/** A session with one fixed document (passport, France): straight from the intro to the camera. */
const ONE_DOCUMENT: Partial<Session> = {
  steps: ['document'],
  requirements: { ...SESSION.requirements, document_types: ['passport'], countries: ['FR'] },
};

// ---------------------------------------------------------------------------------------------
// Network stubs: fetch for the session and completion, XMLHttpRequest for uploads.
// ---------------------------------------------------------------------------------------------

const realFetch = window.fetch;
const RealXhr = window.XMLHttpRequest;

interface Server {
  session: () => Response | Promise<Response>;
  complete: () => Response | Promise<Response>;
  upload: 'ok' | 'reject';
}
let server: Server;

function stubNetwork(partial: Partial<Server> = {}): void {
  server = {
    session: () => json(200, SESSION),
    complete: () => json(200, { id: SESSION.id, status: 'processing', redirect_url: null }),
    upload: 'ok',
    ...partial,
  };
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes('/api/v1/flow/session')) return server.session();
    if (url.includes('/api/v1/flow/complete')) return server.complete();
    return realFetch(input, init);
  };
  window.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
}

let uploads = 0;
class FakeXhr {
  status = 0;
  responseText = '';
  timeout = 0;
  withCredentials = false;
  responseType = '';
  upload: { onprogress: ((e: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(): void {}
  setRequestHeader(): void {}
  getResponseHeader(): string | null {
    return null;
  }
  abort(): void {
    this.onabort?.();
  }
  send(body: FormData): void {
    const kind = String(body.get('kind'));
    setTimeout(() => {
      if (server.upload === 'reject') {
        this.status = 422;
        this.responseText = JSON.stringify({ error: { code: 'capture_rejected', message: 'unreadable' } });
      } else {
        this.status = 201;
        this.responseText = JSON.stringify({ id: `cap_${++uploads}`, kind, bytes: 1000, sha256: 'a'.repeat(64) });
      }
      this.onload?.();
    }, 20);
  }
}

afterEach(async () => {
  window.fetch = realFetch;
  window.XMLHttpRequest = RealXhr;
  delete (navigator.mediaDevices as Partial<MediaDevices>).getUserMedia;
  document.getElementById('hostile')?.remove();
  await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
});

// ---------------------------------------------------------------------------------------------
// Element helpers
// ---------------------------------------------------------------------------------------------

async function mount(lang: string, theme?: 'dark' | 'light', session?: Partial<Session>): Promise<VerilockFlow> {
  if (session) {
    const s = { ...SESSION, ...session };
    server.session = () => json(200, s);
  }
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('verilock-flow') as VerilockFlow;
  el.setAttribute('lang', lang);
  if (theme) el.setAttribute('theme', theme);
  el.setAttribute('session-token', TOKEN);
  wrap.append(el);
  await el.updateComplete;
  return el;
}

const root = (el: VerilockFlow) => el.shadowRoot!;
const heading = (el: VerilockFlow) => root(el).querySelector('h2')?.textContent?.trim() ?? '';
const stepEl = (el: VerilockFlow) =>
  root(el).querySelector<HTMLElement & { shadowRoot: ShadowRoot }>('verilock-capture, verilock-liveness');

/** Every element of the widget, through the nested shadow roots. */
function deepAll(el: VerilockFlow, selector: string): HTMLElement[] {
  const out: HTMLElement[] = [...root(el).querySelectorAll<HTMLElement>(selector)];
  const inner = stepEl(el);
  if (inner?.shadowRoot) out.push(...inner.shadowRoot.querySelectorAll<HTMLElement>(selector));
  return out;
}

async function waitHeading(el: VerilockFlow, text: string, what = text): Promise<void> {
  await waitUntil(() => heading(el) === text, `expected heading "${what}", saw "${heading(el)}"`, { timeout: 10000 });
  await el.updateComplete;
}

function buttonNamed(el: VerilockFlow, name: string, part?: string): HTMLElement {
  const b = deepAll(el, 'button, a.button').find(
    (x) => x.textContent?.trim() === name && (!part || x.getAttribute('part') === part),
  );
  if (!b)
    throw new Error(
      `no button "${name}" (have: ${deepAll(el, 'button')
        .map((x) => x.textContent?.trim())
        .join(', ')})`,
    );
  return b;
}

async function shutterReady(el: VerilockFlow): Promise<HTMLButtonElement> {
  await waitUntil(
    () => !!stepEl(el)?.shadowRoot?.querySelector('button[part="shutter"]:not([disabled])'),
    'camera live',
    {
      timeout: 15000,
    },
  );
  return stepEl(el)!.shadowRoot.querySelector<HTMLButtonElement>('button[part="shutter"]')!;
}

async function takePhoto(el: VerilockFlow, t: Translation, kind: 'document_front' | 'selfie'): Promise<void> {
  // The selfie may be taken automatically once the face is steady: either way, end on review.
  if (heading(el) === t.captureTitle[kind]) {
    const shutter = await shutterReady(el);
    if (heading(el) === t.captureTitle[kind]) shutter.click();
  }
  await waitHeading(el, t.reviewTitle[kind]);
  await waitUntil(() => !!root(el).querySelector('img.preview'), 'preview');
}

// ---------------------------------------------------------------------------------------------
// axe
// ---------------------------------------------------------------------------------------------

async function loadAxe(): Promise<NonNullable<Window['axe']>> {
  await loadScript('/node_modules/axe-core/axe.min.js');
  return window.axe!;
}

type Theme = 'light' | 'dark';
/** Both themes, checked one after the other on the same screen (the theme attribute switched). */
const BOTH: readonly Theme[] = ['light', 'dark'];

/** The element and the Lit elements in its shadow root done rendering. */
async function settled(el: VerilockFlow): Promise<void> {
  await el.updateComplete;
  for (const e of root(el).querySelectorAll('*'))
    if ('updateComplete' in e) await (e as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/**
 * Runs axe on the element (and its shadow roots); returns serious and critical violations, described.
 * With `themes`, runs it once per theme on the same DOM (the theme attribute switched, then put back).
 */
async function axeProblems(el: VerilockFlow, screen: string, themes?: readonly Theme[]): Promise<string[]> {
  const axe = await loadAxe();
  const before = el.getAttribute('theme');
  const problems: string[] = [];
  for (const theme of themes ?? [null]) {
    if (theme) el.setAttribute('theme', theme);
    await settled(el);
    const res = await axe.run(el, { resultTypes: ['violations'] });
    problems.push(
      ...res.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `[${el.lang}${el.getAttribute('theme') ? ' ' + el.getAttribute('theme') : ''}] ${screen}: ${v.id} (${v.impact}) ` +
            v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/g, ' ')}`).join(' | '),
        ),
    );
  }
  if (themes) {
    if (before === null) el.removeAttribute('theme');
    else el.setAttribute('theme', before);
    await settled(el);
  }
  return problems;
}

/**
 * Walks intro → consent → document choice → document → selfie → uploading → done, running axe on each
 * (in each of `themes` when given).
 */
async function walkMainFlow(
  lang: string,
  themes?: readonly Theme[],
): Promise<{ problems: string[]; screens: string[] }> {
  const t = await loadTranslation(lang);
  let releaseComplete!: () => void;
  const completed = new Promise<void>((r) => (releaseComplete = r));
  stubNetwork({
    complete: async () => {
      await completed;
      return json(200, { id: SESSION.id, status: 'processing', redirect_url: null });
    },
  });
  const el = await mount(lang);
  const problems: string[] = [];
  const screens: string[] = [];
  const check = async (screen: string) => {
    screens.push(screen);
    problems.push(...(await axeProblems(el, screen, themes)));
  };

  await waitHeading(el, t.introTitle('Ada'));
  await check('intro');
  buttonNamed(el, t.cancel).click();
  await el.updateComplete;
  await check('intro + cancel confirmation');
  buttonNamed(el, t.back, 'secondary-button').click();
  await el.updateComplete;

  buttonNamed(el, t.introStart).click();
  await waitHeading(el, t.consentTitle);
  await check('consent');

  buttonNamed(el, t.consentAccept).click();
  await waitHeading(el, t.documentSelectTitle);
  await check('document choice');
  const select = root(el).querySelector('select')!;
  select.value = 'FR';
  root(el).querySelector<HTMLInputElement>('input[value="passport"]')!.click();
  buttonNamed(el, t.continue).click();

  await waitHeading(el, t.captureTitle.document_front);
  await check('capture document (starting)');
  await shutterReady(el);
  await check('capture document (live)');
  await takePhoto(el, t, 'document_front');
  await check('review document');

  buttonNamed(el, t.confirm).click();
  await waitHeading(el, t.captureTitle.selfie);
  await shutterReady(el).catch(() => undefined);
  if (heading(el) === t.captureTitle.selfie) await check('capture selfie');
  await takePhoto(el, t, 'selfie');
  await check('review selfie');

  buttonNamed(el, t.confirm).click();
  await waitHeading(el, t.uploadingTitle);
  await check('uploading');
  el.online = false;
  await el.updateComplete;
  await check('uploading, offline');
  el.online = true;
  releaseComplete();
  await waitHeading(el, t.doneTitle);
  await check('done');
  return { problems, screens };
}

async function sessionErrorScreens(lang: string, themes?: readonly Theme[]): Promise<string[]> {
  const t = await loadTranslation(lang);
  const cases: [string, () => Response | Promise<Response>, keyof Translation['errors']][] = [
    ['401', () => json(401, { error: { code: 'token_invalid', message: 'x' } }), 'token_invalid'],
    ['410', () => json(410, { error: { code: 'token_expired', message: 'x' } }), 'token_expired'],
    ['409', () => json(409, { error: { code: 'session_completed', message: 'x' } }), 'session_completed'],
    ['500', () => json(500, { error: { code: 'server_error', message: 'x' } }), 'server_error'],
    ['html', () => json(200, '<html>proxy</html>'), 'bad_response'],
    ['offline', () => Promise.reject(new TypeError('Failed to fetch')), 'network'],
  ];
  const problems: string[] = [];
  for (const [, reply, code] of cases) {
    stubNetwork({ session: reply });
    const el = await mount(lang);
    await waitHeading(el, t.errors[code].title, code);
    const alert = root(el).querySelector('[role="alert"]');
    expect(alert, `${code}: role=alert`).to.not.equal(null);
    expect(alert!.textContent).to.include(t.errors[code].instruction);
    problems.push(...(await axeProblems(el, `error ${code}`, themes)));
    el.remove();
  }
  return problems;
}

async function cameraErrorScreens(lang: string): Promise<string[]> {
  const t = await loadTranslation(lang);
  const problems: string[] = [];
  const cases: [string, keyof Translation['errors']][] = [
    ['NotAllowedError', 'camera_not_allowed'],
    ['NotFoundError', 'camera_not_found'],
    ['NotReadableError', 'camera_in_use'],
    ['OverconstrainedError', 'constraints_unsatisfiable'],
  ];
  for (const [name, code] of cases) {
    stubNetwork();
    (navigator.mediaDevices as { getUserMedia: MediaDevices['getUserMedia'] }).getUserMedia = () =>
      Promise.reject(new DOMException('denied', name));
    const el = await mount(lang, undefined, ONE_DOCUMENT);
    await waitHeading(el, t.introTitle('Ada'));
    buttonNamed(el, t.introStart).click();
    await waitHeading(el, t.captureTitle.document_front);
    await waitUntil(() => !!stepEl(el)?.shadowRoot?.querySelector('[role="alert"]'), `${code} alert`, {
      timeout: 10000,
    });
    const alert = stepEl(el)!.shadowRoot.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.include(t.errors[code].title);
    // Another way on: upload a file instead of the camera.
    expect(stepEl(el)!.shadowRoot.querySelector('input[type="file"]'), `${code}: file fallback`).to.not.equal(null);
    problems.push(...(await axeProblems(el, `camera ${code}`)));
    if (code === 'camera_not_found') {
      // Conditions a test page cannot produce (plain http, an iframe without allow="camera"): same box.
      const cam = stepEl(el) as unknown as { camera: { error: string; status: string }; requestUpdate(): void };
      for (const other of ['insecure_context', 'camera_blocked_by_embed'] as const) {
        cam.camera.error = other;
        cam.requestUpdate();
        await waitUntil(() =>
          stepEl(el)!.shadowRoot.querySelector('[role="alert"]')!.textContent!.includes(t.errors[other].title),
        );
        problems.push(...(await axeProblems(el, `camera ${other}`)));
      }
    }
    el.remove();
  }
  delete (navigator.mediaDevices as Partial<MediaDevices>).getUserMedia;
  return problems;
}

/**
 * The handoff screen in its phases: waiting with the QR code and the link, the link expired, the phone
 * connected and working, the phone stalled. The network answers the handoff and progress endpoints.
 */
async function handoffScreens(
  lang: string,
  themes: readonly Theme[],
): Promise<{ problems: string[]; screens: string[] }> {
  const t = await loadTranslation(lang);
  stubNetwork();
  let links = 0;
  let progress: FlowProgress = WAITING_PROGRESS;
  const sessionFetch = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes('/api/v1/flow/handoff')) {
      // The first link dies unused within a second; the next one lasts.
      const life = links++ === 0 ? 1000 : 600_000;
      return json(201, {
        url: `https://verify.example.com/handoff/${String(links).padStart(22, 'x')}`,
        expires_at: new Date(Date.now() + life).toISOString(),
      });
    }
    if (url.includes('/api/v1/flow/progress')) return json(200, progress);
    return sessionFetch(input, init);
  };
  const el = await mount(lang);
  const problems: string[] = [];
  const screens: string[] = [];
  const check = async (screen: string) => {
    screens.push(screen);
    problems.push(...(await axeProblems(el, screen, themes)));
  };
  await waitHeading(el, t.introTitle('Ada'));
  buttonNamed(el, t.handoffOffer).click();
  await waitHeading(el, t.handoffTitle);
  await waitUntil(() => !!root(el).querySelector('verilock-handoff'), 'handoff element');
  const handoff = root(el).querySelector('verilock-handoff')!;
  const inner = () => handoff.shadowRoot!;
  const norm = (text: string) => text.replace(/\s+/g, ' ');
  const innerText = () => norm(inner().textContent!);

  await waitUntil(() => !!inner().querySelector('svg.qr'), 'QR code', { timeout: 5000 });
  expect(innerText()).to.include(norm(t.handoffBody));
  await check('handoff (waiting for the phone)');

  await waitUntil(() => !!inner().querySelector('[role="alert"]'), 'link expired', { timeout: 5000 });
  expect(innerText()).to.include(norm(t.handoffExpired));
  await check('handoff (link expired)');

  [...inner().querySelectorAll('button')].find((b) => b.textContent!.trim() === t.handoffNewLink)!.click();
  await waitUntil(() => !!inner().querySelector('svg.qr'), 'new QR code', { timeout: 5000 });
  progress = { ...progress, phone_connected: true, phone_step: 'document_back', captures: ['document_front'] };
  await waitUntil(() => innerText().includes(norm(t.handoffConnectedBody)), 'phone connected', { timeout: 5000 });
  expect(innerText()).to.include(norm(t.handoffReceived(1, 3)));
  expect(innerText()).to.include(norm(t.handoffPhoneStep(t.captureTitle.document_back)));
  await check('handoff (phone connected)');

  await waitUntil(() => !!inner().querySelector('.stale'), 'phone stalled', { timeout: 5000 });
  await check('handoff (phone stalled)');
  el.remove();
  return { problems, screens };
}

describe('accessibility: axe on every screen', () => {
  const fakeQr = HandoffController.qrEncoder;
  const timing = HandoffController.timing;
  before(() => {
    // Fast polls, and a connected phone that is at once reported stalled.
    HandoffController.timing = { pollMinMs: 100, pollMaxMs: 300, stallMs: 0 };
    // The QR library is bundled by the build; here a fixed code stands in (its drawing is tested elsewhere).
    HandoffController.qrEncoder = () =>
      Promise.resolve(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><path stroke="#000" d="M2 2.5h7M2 8.5h7"/></svg>',
      );
  });
  after(() => {
    HandoffController.timing = timing;
    HandoffController.qrEncoder = fakeQr;
  });

  for (const lang of LOCALES) {
    it(`${lang}, light and dark: continue on the phone (waiting, expired, connected, stalled)`, async function () {
      this.timeout(60000);
      const { problems, screens } = await handoffScreens(lang, BOTH);
      expect(screens).to.have.length(4);
      expect(problems).to.deep.equal([]);
    });
  }

  /** Walked in the dark theme too: one language each way. */
  const inBothThemes = (lang: string) => (lang === 'en' || lang === 'ar' ? BOTH : undefined);

  for (const lang of [...LOCALES, ...SCRIPT_SAMPLES]) {
    it(`${lang}${inBothThemes(lang) ? ', light and dark' : ''}: intro, consent, document choice, captures, reviews, uploading, done`, async function () {
      this.timeout(90000);
      const { problems, screens } = await walkMainFlow(lang, inBothThemes(lang));
      expect(screens.length).to.be.greaterThan(10);
      expect(problems).to.deep.equal([]);
    });

    it(`${lang}: cancelled and every session error screen`, async function () {
      this.timeout(60000);
      const t = await loadTranslation(lang);
      stubNetwork();
      const el = await mount(lang);
      await waitHeading(el, t.introTitle('Ada'));
      buttonNamed(el, t.cancel).click();
      await el.updateComplete;
      buttonNamed(el, t.cancel, 'primary-button').click();
      await waitHeading(el, t.cancelledTitle);
      const problems = await axeProblems(el, 'cancelled', inBothThemes(lang));
      el.remove();
      problems.push(...(await sessionErrorScreens(lang, inBothThemes(lang))));
      expect(problems).to.deep.equal([]);
    });

    it(`${lang}: camera error screens and a rejected upload`, async function () {
      this.timeout(90000);
      const t = await loadTranslation(lang);
      const problems = await cameraErrorScreens(lang);

      stubNetwork({ upload: 'reject' });
      const el = await mount(lang, undefined, ONE_DOCUMENT);
      await waitHeading(el, t.introTitle('Ada'));
      buttonNamed(el, t.introStart).click();
      await waitHeading(el, t.captureTitle.document_front);
      await takePhoto(el, t, 'document_front');
      buttonNamed(el, t.confirm).click();
      await waitHeading(el, t.errors.upload_rejected.title);
      expect(root(el).querySelector('[role="alert"]')).to.not.equal(null);
      expect(buttonNamed(el, t.retake)).to.be.instanceOf(HTMLElement);
      problems.push(...(await axeProblems(el, 'error upload_rejected')));
      expect(problems).to.deep.equal([]);
    });
  }

  for (const lang of LOCALES) {
    it(`${lang}, light and dark: liveness step and its one-photo fallback`, async function () {
      this.timeout(60000);
      const t = await loadTranslation(lang);
      stubNetwork();
      const el = await mount(lang, undefined, {
        steps: ['liveness'],
        requirements: {
          ...SESSION.requirements,
          liveness_challenges: ['blink', 'turn_left'],
        } as Session['requirements'],
      });
      await waitHeading(el, t.introTitle('Ada'));
      buttonNamed(el, t.introStart).click();
      await waitHeading(el, t.consentTitle);
      buttonNamed(el, t.consentAccept).click();
      await waitHeading(el, t.livenessTitle);
      await waitUntil(() => !!stepEl(el)?.shadowRoot?.querySelector('button:not([disabled])'), 'liveness ready', {
        timeout: 15000,
      });
      expect(await axeProblems(el, 'liveness', BOTH)).to.deep.equal([]);
      // The accessible way forward: "I can't do these movements" → one photo for review, or the phone.
      const inner = stepEl(el)!.shadowRoot;
      inner.querySelector<HTMLButtonElement>('[part~="cant-do-button"]')!.click();
      await waitUntil(() => inner.querySelector('[part~="fallback"]'), 'fallback panel');
      expect(inner.querySelector('[part~="fallback"]')!.textContent).to.include(t.livenessFallback.applicant_choice);
      expect(await axeProblems(el, 'liveness fallback', BOTH)).to.deep.equal([]);
    });
  }

  it('dark by system preference (no theme attribute), axe clean', async function () {
    this.timeout(60000);
    await emulateMedia({ colorScheme: 'dark' });
    stubNetwork();
    const el = await mount('en');
    await waitHeading(el, 'Hi Ada, let’s verify your identity');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(16, 20, 28)');
    expect(await axeProblems(el, 'intro (system dark)')).to.deep.equal([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Keyboard
// ---------------------------------------------------------------------------------------------

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

const focusable = (el: VerilockFlow) =>
  deepAll(el, 'button, a[href], select, input').filter(
    (x) =>
      !(x as HTMLButtonElement).disabled &&
      x.getClientRects().length > 0 &&
      !(x instanceof HTMLInputElement && x.type === 'radio'),
  );

/** Presses Tab (forward, then backward) and returns every control of the widget that took focus. */
async function tabReach(el: VerilockFlow): Promise<Set<Element>> {
  const seen = new Set<Element>();
  const n = focusable(el).length + 4;
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < n * 2; i++) {
      await sendKeys({ press: key });
      const a = deepActive();
      if (a) seen.add(a);
    }
  }
  return seen;
}

async function tabTo(pred: (a: Element) => boolean, what: string): Promise<Element> {
  for (let i = 0; i < 30; i++) {
    await sendKeys({ press: 'Tab' });
    const a = deepActive();
    if (a && pred(a)) return a;
  }
  throw new Error(`Tab never reached ${what}`);
}

const named = (name: string) => (a: Element) => a.textContent?.trim() === name;

async function expectHeadingFocused(el: VerilockFlow, screen: string): Promise<void> {
  await el.updateComplete;
  await waitUntil(
    () => deepActive()?.tagName === 'H2',
    `${screen}: focus on the heading (is on ${deepActive()?.tagName})`,
    {
      timeout: 3000,
    },
  );
  expect(deepActive()!.textContent?.trim()).to.equal(heading(el));
}

async function expectAllReachable(el: VerilockFlow, screen: string): Promise<void> {
  const controls = focusable(el);
  const reached = await tabReach(el);
  const missed = controls.filter((c) => !reached.has(c)).map((c) => `${c.tagName} "${c.textContent?.trim()}"`);
  expect(missed, `${screen}: not reachable by Tab`).to.deep.equal([]);
}

describe('accessibility: keyboard only', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`${lang}: the whole flow by keyboard, focus on each heading, every control reachable`, async function () {
      this.timeout(120000);
      const t = await loadTranslation(lang);
      stubNetwork();
      const el = await mount(lang);
      await waitHeading(el, t.introTitle('Ada'));
      await expectHeadingFocused(el, 'intro');
      await expectAllReachable(el, 'intro');
      (deepActive() as HTMLElement | null)?.blur();
      root(el).querySelector<HTMLElement>('h2')!.focus();
      await tabTo(named(t.introStart), 'Start');
      await sendKeys({ press: 'Enter' });

      await waitHeading(el, t.consentTitle);
      await expectHeadingFocused(el, 'consent');
      await expectAllReachable(el, 'consent');
      root(el).querySelector<HTMLElement>('h2')!.focus();
      await tabTo(named(t.consentAccept), 'I agree');
      await sendKeys({ press: 'Space' });

      await waitHeading(el, t.documentSelectTitle);
      await expectHeadingFocused(el, 'document choice');
      await expectAllReachable(el, 'document choice');
      root(el).querySelector<HTMLElement>('h2')!.focus();
      await tabTo((a) => a.tagName === 'SELECT', 'country');
      await sendKeys({ press: 'ArrowDown' });
      expect(root(el).querySelector('select')!.value).to.not.equal('');
      await tabTo((a) => a instanceof HTMLInputElement && a.type === 'radio', 'document type');
      await sendKeys({ press: 'Space' });
      const checked = root(el).querySelector<HTMLInputElement>('input[type="radio"]:checked');
      expect(checked?.value).to.equal('passport');
      await tabTo(named(t.continue), 'Continue');
      await sendKeys({ press: 'Enter' });

      await waitHeading(el, t.captureTitle.document_front);
      await expectHeadingFocused(el, 'capture document');
      await shutterReady(el);
      await expectAllReachable(el, 'capture document');
      root(el).querySelector<HTMLElement>('h2')!.focus();
      await tabTo(named(t.shutter), 'Take photo');
      await sendKeys({ press: 'Enter' });

      await waitHeading(el, t.reviewTitle.document_front);
      await expectHeadingFocused(el, 'review document');
      await expectAllReachable(el, 'review document');
      root(el).querySelector<HTMLElement>('h2')!.focus();
      await tabTo(named(t.confirm), 'Use this photo');
      await sendKeys({ press: 'Enter' });

      await waitHeading(el, t.captureTitle.selfie);
      await expectHeadingFocused(el, 'capture selfie');
      await shutterReady(el).catch(() => undefined);
      if (heading(el) === t.captureTitle.selfie) {
        root(el).querySelector<HTMLElement>('h2')!.focus();
        await tabTo(named(t.shutter), 'Take photo (selfie)');
        if (heading(el) === t.captureTitle.selfie) await sendKeys({ press: 'Enter' });
      }
      await waitHeading(el, t.reviewTitle.selfie);
      await expectHeadingFocused(el, 'review selfie');
      root(el).querySelector<HTMLElement>('h2')!.focus();
      await tabTo(named(t.confirm), 'Use this photo (selfie)');
      await sendKeys({ press: 'Enter' });

      await waitHeading(el, t.doneTitle);
      await expectHeadingFocused(el, 'done');
    });
  }

  it('cancel by keyboard: the confirmation is reachable and Escape-free, focus lands on the new heading', async function () {
    this.timeout(30000);
    stubNetwork();
    const el = await mount('en');
    await waitHeading(el, 'Hi Ada, let’s verify your identity');
    root(el).querySelector<HTMLElement>('h2')!.focus();
    for (let i = 0; i < 10 && deepActive()?.textContent?.trim() !== 'Cancel'; i++)
      await sendKeys({ press: 'Shift+Tab' });
    expect(deepActive()?.textContent?.trim()).to.equal('Cancel');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await tabTo(
      (a) => a.textContent?.trim() === 'Cancel' && a.getAttribute('part') === 'primary-button',
      'confirm cancel',
    );
    await sendKeys({ press: 'Enter' });
    await waitHeading(el, 'Verification stopped');
    await expectHeadingFocused(el, 'cancelled');
  });

  it('buttons show a visible focus indicator', async () => {
    stubNetwork();
    const el = await mount('en');
    await waitHeading(el, 'Hi Ada, let’s verify your identity');
    root(el).querySelector<HTMLElement>('h2')!.focus();
    const start = await tabTo(named('Start'), 'Start');
    const style = getComputedStyle(start);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});

// ---------------------------------------------------------------------------------------------
// Live region, alerts, motion, host CSS
// ---------------------------------------------------------------------------------------------

describe('accessibility: announcements', () => {
  it('one polite live region on every screen, guidance announced through the 2 s gap, the latest message winning', async function () {
    this.timeout(30000);
    stubNetwork();
    // No camera, so the step itself sends no guidance: the messages below are the only ones.
    (navigator.mediaDevices as { getUserMedia: MediaDevices['getUserMedia'] }).getUserMedia = () =>
      Promise.reject(new DOMException('none', 'NotFoundError'));
    const el = await mount('en', undefined, ONE_DOCUMENT);
    const live = () => root(el).querySelectorAll('[aria-live]');
    await waitHeading(el, 'Hi Ada, let’s verify your identity');
    expect(live()).to.have.length(1);
    const region = live()[0]!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.getAttribute('aria-atomic')).to.equal('true');
    buttonNamed(el, 'Start').click();
    await waitHeading(el, 'Front of your document');
    expect(live()).to.have.length(1);
    expect(live()[0], 'the same region stays in the DOM').to.equal(region);
    await waitUntil(() => !!stepEl(el)?.shadowRoot?.querySelector('[role="alert"]'), 'camera error shown');
    const say = (text: string) =>
      stepEl(el)!.dispatchEvent(new CustomEvent('vl-guidance', { detail: { text }, bubbles: true }));
    const current = () => region.textContent?.trim() ?? '';
    say('First message');
    await el.updateComplete;
    expect(current()).to.equal('First message');
    say('Second message');
    say('Third message');
    await el.updateComplete;
    expect(current(), 'nothing new within 2 s').to.equal('First message');
    // The latest message once the gap is over (the gap and the rule that unchanged text is not spoken again
    // are timed with a test clock in internal.test.ts; here the shell's region is shown to go through them).
    await waitUntil(() => current() === 'Third message', 'the latest message after the gap', { timeout: 3000 });
  });
});

describe('accessibility: motion and host CSS', () => {
  it('prefers-reduced-motion stops the spinner animation', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    stubNetwork({ session: () => new Promise<Response>(() => undefined) });
    const el = await mount('en');
    const spinner = root(el).querySelector('.spinner');
    expect(spinner).to.not.equal(null);
    expect(parseFloat(getComputedStyle(spinner!).animationDuration)).to.be.below(0.001);
  });

  const sample = (el: VerilockFlow) => {
    const pick = ['h2', 'p', 'button[part="primary-button"]', '.actions', 'header', 'ul.needs li'];
    return pick.map((sel) => {
      const node = root(el).querySelector(sel)!;
      const s = getComputedStyle(node);
      return { sel, color: s.color, fontSize: s.fontSize, display: s.display, fontFamily: s.fontFamily };
    });
  };

  async function hostile(): Promise<VerilockFlow> {
    stubNetwork();
    const el = await mount('en');
    await waitHeading(el, 'Hi Ada, let’s verify your identity');
    return el;
  }
  function addHostileCss(): void {
    const style = document.createElement('style');
    style.id = 'hostile';
    style.textContent = '* { color: red !important; font-size: 40px !important; display: inline !important }';
    document.head.append(style);
  }

  it('aggressive page CSS does not change the display of elements inside the shadow root', async () => {
    const el = await hostile();
    const before = sample(el);
    addHostileCss();
    const after = sample(el);
    expect(after.map((s) => [s.sel, s.display])).to.deep.equal(before.map((s) => [s.sel, s.display]));
  });

  // DEFECT (flow.styles.ts `:host` / tokens.styles.ts `componentStyles :host`): colour, font size, font
  // family and line height inside the shadow root are inherited from the host element, and page CSS with
  // !important beats `:host` rules, so `* { color: red !important; font-size: 40px !important }` turns all
  // text red and 40px (h2 55px). Fix: declare `color: var(--_text)`, `font-family: var(--_font)`,
  // `line-height: 1.5` and `font-size: var(--_font-size)` on the inner `.base` wrapper as well. For the
  // font size to hold too, the default of `--verilock-font-size` must not be root-relative (`1rem` follows
  // `html { font-size }`, which `*` also hits) — e.g. `16px`, or keep `1rem` and drop fontSize from this
  // check if following the page's root size is wanted. Un-skip when fixed.
  it('aggressive page CSS does not change colour or font size inside the shadow root', async () => {
    const el = await hostile();
    const before = sample(el);
    addHostileCss();
    const after = sample(el);
    expect(after.map((s) => [s.sel, s.color, s.fontSize])).to.deep.equal(
      before.map((s) => [s.sel, s.color, s.fontSize]),
    );
  });

  it('the widget styles do not leak into the page', async () => {
    stubNetwork();
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <h2>Page heading</h2>
        <button>Page button</button>
        <p>Page text</p>
      </div>`,
    );
    const h2 = wrap.querySelector('h2')!;
    const button = wrap.querySelector('button')!;
    const before = [
      getComputedStyle(h2).fontSize,
      getComputedStyle(button).borderRadius,
      getComputedStyle(button).width,
    ];
    const el = await mount('en');
    await waitHeading(el, 'Hi Ada, let’s verify your identity');
    const after = [
      getComputedStyle(h2).fontSize,
      getComputedStyle(button).borderRadius,
      getComputedStyle(button).width,
    ];
    expect(after).to.deep.equal(before);
  });
});

describe('Lit development mode', () => {
  // Runs after every walk above (reviews, retakes, camera errors, the phone): Lit's development build records
  // each warning it issued in this set (a second update scheduled after an update completed, among others).
  it('the flow shell and its steps issued no warning', () => {
    const issued = (window as unknown as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
    expect(issued, 'Lit runs in development mode here').to.be.instanceOf(Set);
    const elements = /verilock-(flow|handoff|capture|liveness|camera-view)\b/;
    expect([...issued!].filter((w) => elements.test(w))).to.deep.equal([]);
  });
});
