/**
 * Continue on a phone: the shell's `HandoffController` (links, the progress polling with its backoff,
 * pause while hidden, expiry and stall, the slow watch once the applicant went back to this device) drawn
 * by `<verilock-handoff>` (the QR code and the link, copying, what the desktop says in each phase), and
 * the shell, which polls the phone's progress through that one controller only.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { VerilockFlow } from '../../src/index.js';
import type { FlowClient } from '../../src/api/client.js';
import { FlowError } from '../../src/api/errors.js';
import type { FlowProgress, HandoffCreated, HandoffRequest } from '../../src/api/schemas.js';
import {
  HandoffController,
  POLL_MAX_MS,
  POLL_MIN_MS,
  QR_OPTIONS,
  type HandoffTiming,
  type QrEncoder,
  type VerilockHandoff,
} from '../../src/components/handoff/handoff.js';
import type { HandoffLanguage } from '../../src/handoff/handoff-state.js';
import { en } from '../../src/i18n/registry.js';
import type { Clock } from '../../src/internal/clock.js';
import { flowSession, loadScript, WAITING_PROGRESS as WAITING } from './helpers.js';

declare global {
  interface Window {
    jsQR?: (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
  }
}

const realFetch = window.fetch;

// ---------------------------------------------------------------------------------------------
// The QR library and the decoder, in the page. The library ships as CommonJS (bundled by the build);
// here its modules are loaded with a small `require` so that the test draws with the same code.
// ---------------------------------------------------------------------------------------------

async function loadQrLibrary(): Promise<{ toString(text: string, options: object): Promise<string> }> {
  const sources = new Map<string, string>();
  const resolve = (from: string, spec: string): string =>
    spec.startsWith('.')
      ? new URL(spec.endsWith('.js') ? spec : `${spec}.js`, from).href
      : new URL(`/node_modules/${spec}/${spec === 'dijkstrajs' ? 'dijkstra.js' : 'index.js'}`, location.href).href;
  const collect = async (url: string): Promise<void> => {
    if (sources.has(url)) return;
    sources.set(url, '');
    const text = await (await realFetch(url)).text();
    sources.set(url, text);
    const deps = [...text.matchAll(/require\(['"]([^'"]+)['"]\)/g)]
      .map((m) => m[1]!)
      .filter((d) => d !== 'fs' && d !== 'pngjs');
    await Promise.all(deps.map((d) => collect(resolve(url, d))));
  };
  const entry = new URL('/node_modules/qrcode/lib/browser.js', location.href).href;
  await collect(entry);
  const cache = new Map<string, { exports: unknown }>();
  const load = (url: string): unknown => {
    const cached = cache.get(url);
    if (cached) return cached.exports;
    const module = { exports: {} as unknown };
    cache.set(url, module);
    new Function('require', 'module', 'exports', sources.get(url)!)(
      (spec: string) => load(resolve(url, spec)),
      module,
      module.exports,
    );
    return module.exports;
  };
  return load(entry) as { toString(text: string, options: object): Promise<string> };
}

async function loadJsQr(): Promise<NonNullable<Window['jsQR']>> {
  await loadScript('/node_modules/jsqr/dist/jsQR.js');
  return window.jsQR!;
}

/** Draws the element's QR code on a white canvas and decodes it. */
async function decodeQr(el: VerilockHandoff): Promise<string | null> {
  const svgEl = el.shadowRoot!.querySelector('svg.qr');
  if (!svgEl) return null;
  const clone = svgEl.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const size = 400;
  clone.setAttribute('width', String(size));
  clone.setAttribute('height', String(size));
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, size, size);
  ctx.drawImage(img, 0, 0, size, size);
  const jsQR = await loadJsQr();
  return jsQR(ctx.getImageData(0, 0, size, size).data, size, size)?.data ?? null;
}

let defaultEncoder: QrEncoder;
const defaultClock = HandoffController.clock;
const defaultTiming: HandoffTiming = HandoffController.timing;
before(async () => {
  defaultEncoder = HandoffController.qrEncoder;
  const library = await loadQrLibrary();
  HandoffController.qrEncoder = (text) => library.toString(text, QR_OPTIONS);
});
after(() => {
  HandoffController.qrEncoder = defaultEncoder;
});

// ---------------------------------------------------------------------------------------------
// A clock the test moves, and a client that answers from a variable.
// ---------------------------------------------------------------------------------------------

const tick = () => new Promise((r) => setTimeout(r, 0));

class FakeClock implements Clock {
  t = Date.now();
  #next = 1;
  #timers = new Map<number, { fn: () => void; at: number }>();
  setTimeout(fn: () => void, ms: number): number {
    const id = this.#next++;
    this.#timers.set(id, { fn, at: this.t + ms });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }
  now(): number {
    return this.t;
  }
  get pending(): number {
    return this.#timers.size;
  }
  /** Runs every timer due within `ms`, in order, letting the element's promises settle after each. */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    for (;;) {
      let due: [number, { fn: () => void; at: number }] | undefined;
      for (const entry of this.#timers) if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
      if (!due) break;
      this.t = Math.max(this.t, due[1].at);
      this.#timers.delete(due[0]);
      due[1].fn();
      await tick();
      await tick();
    }
    this.t = end;
    await tick();
  }
}

const CONNECTED: FlowProgress = { ...WAITING, phone_connected: true, phone_step: 'intro' };
const link = (n: number) => `https://verify.example.com/handoff/${String(n).padStart(2, '0')}${'a'.repeat(30)}`;

interface Stub {
  client: FlowClient;
  progress: FlowProgress | (() => FlowProgress);
  links: HandoffCreated[];
  polls: number[];
  created: number;
  /** The body of every link request, in order. */
  requests: HandoffRequest[];
  /** Answers a link request carrying a language with this error instead (a server that does not take it). */
  refuseLocale: FlowError | null;
}

function stubClient(clock: FakeClock, links: HandoffCreated[]): Stub {
  const stub: Stub = {
    progress: WAITING,
    links,
    polls: [],
    created: 0,
    requests: [],
    refuseLocale: null,
    client: {
      getSession: () => Promise.resolve(SESSION),
      createHandoff: (request: HandoffRequest = {}) => {
        stub.requests.push(request);
        if (request.locale && stub.refuseLocale) return Promise.reject(stub.refuseLocale);
        return Promise.resolve(stub.links[Math.min(stub.created++, stub.links.length - 1)]!);
      },
      getProgress: () => {
        stub.polls.push(clock.now());
        return Promise.resolve(typeof stub.progress === 'function' ? stub.progress() : stub.progress);
      },
      reportProgress: () => Promise.reject(new Error('not on the desktop')),
    } as unknown as FlowClient,
  };
  return stub;
}

const inAnHour = (clock: FakeClock) => new Date(clock.now() + 3600_000).toISOString();

interface Mounted {
  el: VerilockHandoff;
  ctrl: HandoffController;
  clock: FakeClock;
  stub: Stub;
  said: string[];
  completions: FlowProgress[];
  fatal: unknown[];
}
let mounted: Mounted | null = null;

/**
 * A controller on a stand-in host that draws its view with `<verilock-handoff>`, as the shell does, with
 * the handoff screen up and its first link made and polled.
 */
async function mountHandoff(
  options: {
    links?: (clock: FakeClock) => HandoffCreated[];
    stallMs?: number;
    /** The host's localisation (the shell's LocalizeController); none by default. */
    localize?: HandoffLanguage;
    refuseLocale?: FlowError;
  } = {},
): Promise<Mounted> {
  const clock = new FakeClock();
  const stub = stubClient(clock, options.links?.(clock) ?? [{ url: link(1), expires_at: inAnHour(clock) }]);
  stub.refuseLocale = options.refuseLocale ?? null;
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('verilock-handoff');
  el.t = en;
  el.total = 3;
  const said: string[] = [];
  const completions: FlowProgress[] = [];
  const fatal: unknown[] = [];
  HandoffController.clock = clock;
  HandoffController.timing = { pollMinMs: POLL_MIN_MS, pollMaxMs: POLL_MAX_MS, stallMs: options.stallMs ?? 180_000 };
  const host = {
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate: () => (el.view = ctrl.view),
    updateComplete: Promise.resolve(true),
    localize: options.localize,
  };
  const ctrl: HandoffController = new HandoffController(
    host,
    { client: stub.client, ended: false },
    {
      t: () => en,
      needed: () => 3,
      say: (text) => said.push(text),
      completed: (p) => completions.push(p),
      fatal: (e) => fatal.push(e),
    },
  );
  el.addEventListener('vl-guidance', (e) => said.push((e as CustomEvent<{ text: string }>).detail.text));
  el.addEventListener('vl-handoff-new-link', () => void ctrl.newLink());
  wrap.append(el);
  ctrl.hostConnected();
  ctrl.open();
  mounted = { el, ctrl, clock, stub, said, completions, fatal };
  await waitUntil(() => ctrl.view.phase === 'ready', 'link created', { timeout: 5000 });
  await el.updateComplete;
  await clock.advance(0); // the first poll, right away
  await el.updateComplete;
  return mounted;
}

const shadow = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => shadow(el).textContent!.replace(/\s+/g, ' ');
const button = (el: HTMLElement, name: string) =>
  [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === name) ?? null;
const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]!);

function withVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}
function restoreVisibility(): void {
  delete (document as unknown as Record<string, unknown>).visibilityState;
  document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => {
  mounted?.ctrl.hostDisconnected();
  mounted = null;
  HandoffController.clock = defaultClock;
  HandoffController.timing = defaultTiming;
  window.fetch = realFetch;
  restoreVisibility();
});

// ---------------------------------------------------------------------------------------------

describe('<verilock-handoff> link and QR code', () => {
  it('draws the link as an SVG QR code that decodes to it, beside the link field', async () => {
    const { el } = await mountHandoff();
    const qr = shadow(el).querySelector('svg.qr')!;
    expect(qr).to.exist;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.equal(en.handoffQrLabel);
    expect(qr.querySelector('path')).to.exist;
    expect(shadow(el).querySelector('img, canvas'), 'drawn as SVG, nothing fetched').to.equal(null);
    expect(await decodeQr(el)).to.equal(link(1));
    expect(shadow(el).querySelector<HTMLInputElement>('input[part="link"]')!.value).to.equal(link(1));
    expect(text(el)).to.include(en.handoffValidFor(60));
  });

  it('copies the link to the clipboard', async () => {
    const { el, said } = await mountHandoff();
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (t: string) => (written.push(t), Promise.resolve()) },
    });
    try {
      button(el, en.handoffCopy)!.click();
      await waitUntil(() => el.copied === 'copied', 'copied');
      await el.updateComplete;
      expect(written).to.deep.equal([link(1)]);
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal(en.handoffCopied);
      expect(said).to.deep.equal([en.handoffCopied]);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  it('without a clipboard, selects the link for the applicant to copy', async () => {
    const { el } = await mountHandoff();
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    try {
      button(el, en.handoffCopy)!.click();
      await waitUntil(() => el.copied === 'manual', 'manual');
      await el.updateComplete;
      const input = shadow(el).querySelector<HTMLInputElement>('input[part="link"]')!;
      expect(shadow(el).activeElement).to.equal(input);
      expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, link(1).length]);
      expect(text(el)).to.include(en.handoffCopyManual);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });
});

describe('<verilock-handoff> progress polling', () => {
  it('backs off 2 → 4 → 8 → 10 s and starts again at 2 s after a change', async () => {
    const { clock, stub } = await mountHandoff();
    await clock.advance(40_000);
    expect(gaps(stub.polls)).to.deep.equal([2000, 4000, 8000, 10000, 10000]);
    stub.progress = CONNECTED;
    stub.polls = [];
    await clock.advance(40_000);
    // The first poll after the change sees it: 2 s next, then back off again.
    expect(gaps(stub.polls).slice(0, 4)).to.deep.equal([2000, 4000, 8000, 10000]);
  });

  it('pauses while the tab is hidden and polls at once when it is visible again', async () => {
    const { clock, stub } = await mountHandoff();
    await clock.advance(6000); // polls at 0, 2 and 6 s
    const before = stub.polls.length;
    withVisibility('hidden');
    await clock.advance(120_000);
    expect(stub.polls.length, 'no poll while hidden').to.equal(before);
    withVisibility('visible');
    await clock.advance(0);
    expect(stub.polls.length, 'polled on return').to.equal(before + 1);
    const back = clock.now();
    await clock.advance(2000);
    expect(stub.polls.at(-1), 'at the fast pace again').to.equal(back + 2000);
  });

  it('a fatal error stops polling and is handed to the shell', async () => {
    const { clock, stub, fatal } = await mountHandoff();
    stub.progress = () => {
      throw new FlowError('token_expired', 'gone');
    };
    await clock.advance(2000);
    expect(fatal).to.have.length(1);
    const n = stub.polls.length;
    await clock.advance(60_000);
    expect(stub.polls.length).to.equal(n);
  });
});

describe('HandoffController: the language chosen here goes with the link', () => {
  it('sends the applicant’s choice with every new link', async () => {
    const { el, ctrl, stub } = await mountHandoff({ localize: { fixed: false, chosen: 'zh-hant' } });
    expect(stub.requests).to.deep.equal([{ locale: 'zh-hant' }]);
    await ctrl.newLink();
    await el.updateComplete;
    expect(stub.requests).to.deep.equal([{ locale: 'zh-hant' }, { locale: 'zh-hant' }]);
  });

  it('sends none without a choice, or when the element’s lang or the session’s locale fixed the language', async () => {
    for (const localize of [undefined, { fixed: false, chosen: null }, { fixed: true, chosen: 'de' }]) {
      const { stub } = await mountHandoff({ localize });
      expect(stub.requests, JSON.stringify(localize)).to.deep.equal([{}]);
      mounted?.ctrl.hostDisconnected();
    }
  });

  it('makes the link without the language when the server refuses it (400), and says nothing failed', async () => {
    const refusal = new FlowError('server_error', 'The server refused the request (HTTP 400 from handoff).', {
      status: 400,
      endpoint: 'handoff',
      details: { serverCode: 'validation_failed' },
    });
    const { ctrl, stub, said } = await mountHandoff({
      localize: { fixed: false, chosen: 'sw' },
      refuseLocale: refusal,
    });
    expect(stub.requests).to.deep.equal([{ locale: 'sw' }, {}]);
    expect(ctrl.view.phase).to.equal('ready');
    expect(ctrl.view.url).to.equal(link(1));
    expect(said).not.to.include(en.handoffFailed);
  });

  it('does not retry other refusals: the link fails as before', async () => {
    const clock = new FakeClock();
    const stub = stubClient(clock, [{ url: link(1), expires_at: inAnHour(clock) }]);
    stub.refuseLocale = new FlowError('server_error', 'The server failed (HTTP 500 from handoff).', {
      status: 500,
      endpoint: 'handoff',
      retryable: true,
    });
    const said: string[] = [];
    HandoffController.clock = clock;
    const host = {
      addController: () => undefined,
      removeController: () => undefined,
      requestUpdate: () => undefined,
      updateComplete: Promise.resolve(true),
      localize: { fixed: false, chosen: 'de' },
    };
    const ctrl = new HandoffController(
      host,
      { client: stub.client, ended: false },
      {
        t: () => en,
        needed: () => 3,
        say: (text) => said.push(text),
        completed: () => undefined,
        fatal: () => undefined,
      },
    );
    ctrl.hostConnected();
    ctrl.open();
    await waitUntil(() => ctrl.view.phase === 'failed', 'link failed');
    expect(stub.requests).to.deep.equal([{ locale: 'de' }]);
    expect(said).to.include(en.handoffFailed);
    ctrl.hostDisconnected();
  });
});

describe('<verilock-handoff> expiry and stall', () => {
  it('an unused link that expires offers a new link, which replaces the old one', async () => {
    const { el, ctrl, clock, stub, said } = await mountHandoff({
      links: (c) => [
        { url: link(1), expires_at: new Date(c.now() + 5 * 60_000).toISOString() },
        { url: link(2), expires_at: new Date(c.now() + 60 * 60_000).toISOString() },
      ],
    });
    expect(text(el)).to.include(en.handoffValidFor(5));
    await clock.advance(5 * 60_000);
    await el.updateComplete;
    expect(ctrl.view.phase).to.equal('expired');
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.include(en.handoffExpired);
    expect(shadow(el).querySelector('svg.qr'), 'the dead code is gone').to.equal(null);
    expect(said).to.include(en.handoffExpired);
    button(el, en.handoffNewLink)!.click();
    await waitUntil(() => ctrl.view.phase === 'ready', 'new link');
    await el.updateComplete;
    expect(stub.created).to.equal(2);
    expect(ctrl.view.url).to.equal(link(2));
    expect(shadow(el).querySelector<HTMLInputElement>('input[part="link"]')!.value).to.equal(link(2));
    expect(await decodeQr(el)).to.equal(link(2));
  });

  it('a link opened by the phone does not expire on the desktop', async () => {
    const { el, ctrl, clock, stub } = await mountHandoff({
      links: (c) => [{ url: link(1), expires_at: new Date(c.now() + 60_000).toISOString() }],
    });
    stub.progress = CONNECTED;
    await clock.advance(2000);
    await clock.advance(120_000);
    await el.updateComplete;
    expect(ctrl.view.phase).to.equal('ready');
    expect(text(el)).to.include(en.handoffConnected);
  });

  it('a phone that does nothing for the configured time is reported, and a new link can be made', async () => {
    const { el, ctrl, clock, stub, said } = await mountHandoff({
      stallMs: 30_000,
      links: (c) => [
        { url: link(1), expires_at: inAnHour(c) },
        { url: link(2), expires_at: inAnHour(c) },
      ],
    });
    stub.progress = { ...CONNECTED, phone_step: 'document_front' };
    await clock.advance(2000);
    const connectedAt = clock.now();
    await clock.advance(20_000);
    await el.updateComplete;
    expect(ctrl.view.stalled, 'not yet').to.equal(false);
    await clock.advance(20_000);
    await el.updateComplete;
    expect(ctrl.view.stalled).to.equal(true);
    // Noticed at the first poll after the threshold (polls are at most 10 s apart).
    expect(stub.polls.find((t) => t - connectedAt >= 30_000)! - connectedAt).to.be.below(40_000);
    expect(shadow(el).querySelector('.stale')!.textContent).to.equal(en.handoffStalled);
    expect(said.filter((s) => s === en.handoffStalled)).to.have.length(1);
    await clock.advance(60_000);
    expect(
      said.filter((s) => s === en.handoffStalled),
      'said once',
    ).to.have.length(1);

    button(el, en.handoffNewLink)!.click();
    await waitUntil(() => ctrl.view.phase === 'ready', 'new link');
    await clock.advance(0);
    await el.updateComplete;
    // The old phone still holds a token, but the new code is what the applicant needs now.
    expect(ctrl.view.url).to.equal(link(2));
    expect(await decodeQr(el)).to.equal(link(2));
    expect(text(el)).to.include(en.handoffBody);
    expect(ctrl.view.stalled).to.equal(false);
    // The new phone opens it (its token has no step yet): connected again.
    stub.progress = { ...CONNECTED, phone_step: null };
    await clock.advance(10_000);
    await el.updateComplete;
    expect(shadow(el).querySelector('svg.qr')).to.equal(null);
    expect(text(el)).to.include(en.handoffConnectedBody);
  });
});

describe('<verilock-handoff> what the desktop says', () => {
  it('fits each phase: scan, phone connected and on a step, photos received, finished', async () => {
    const { el, clock, stub } = await mountHandoff();
    const body = () => shadow(el).querySelector('p.body')!.textContent!.trim();
    expect(body()).to.equal(en.handoffBody);
    expect(text(el)).to.include(en.handoffWaiting);

    stub.progress = { ...CONNECTED, phone_step: 'consent' };
    await clock.advance(2000);
    await el.updateComplete;
    expect(body()).to.equal(en.handoffConnectedBody);
    expect(shadow(el).querySelector('svg.qr'), 'the code is gone').to.equal(null);
    expect(shadow(el).querySelector('input'), 'the link is gone').to.equal(null);
    expect(text(el)).to.not.include(en.handoffBody);
    expect(text(el)).to.not.include(en.handoffWaiting);
    expect(text(el)).to.include(en.handoffConnected);
    expect(text(el)).to.include(en.handoffPhoneStep(en.handoffStepNames.consent));

    stub.progress = { ...CONNECTED, phone_step: 'selfie', captures: ['document_front', 'document_back'] };
    await clock.advance(2000);
    await el.updateComplete;
    expect(text(el)).to.include(en.handoffPhoneStep(en.captureTitle.selfie));
    expect(text(el)).to.include(en.handoffReceived(2, 3));

    stub.progress = {
      ...CONNECTED,
      status: 'processing',
      phone_step: 'done',
      captures: ['document_front', 'document_back', 'selfie'],
      completed: true,
    };
    await clock.advance(2000);
    await el.updateComplete;
    expect(body()).to.equal(en.handoffFinishedBody);
    expect(text(el)).to.include(en.handoffFinished);
    expect(text(el)).to.include(en.handoffReceived(3, 3));
  });

  it('announces only what changed, and hands the completion over once', async () => {
    const { clock, stub, said, completions } = await mountHandoff();
    await clock.advance(30_000);
    expect(said, 'nothing while waiting').to.deep.equal([]);

    stub.progress = CONNECTED;
    await clock.advance(10_000);
    expect(said).to.deep.equal([en.handoffConnectedBody]);
    await clock.advance(30_000);
    expect(said, 'unchanged: silent').to.deep.equal([en.handoffConnectedBody]);

    stub.progress = { ...CONNECTED, phone_step: 'document_front' };
    await clock.advance(10_000);
    stub.progress = { ...CONNECTED, phone_step: 'document_back', captures: ['document_front'] };
    await clock.advance(10_000);
    await clock.advance(30_000);
    expect(said).to.deep.equal([
      en.handoffConnectedBody,
      en.handoffPhoneStep(en.captureTitle.document_front),
      en.handoffReceived(1, 3),
    ]);

    const done = {
      ...CONNECTED,
      status: 'processing' as const,
      completed: true,
      redirect_url: 'https://example.com/back',
    };
    stub.progress = done;
    await clock.advance(10_000);
    await clock.advance(60_000);
    expect(said.at(-1)).to.equal(en.handoffFinished);
    expect(said.filter((s) => s === en.handoffFinished)).to.have.length(1);
    expect(completions).to.deep.equal([done]);
    expect(clock.pending, 'no timer left').to.equal(0);
  });
});

describe('HandoffController once the applicant left the handoff screen', () => {
  it('watches a connected phone every 10 s until it finishes, then stops', async () => {
    const { ctrl, clock, stub, said, completions } = await mountHandoff();
    stub.progress = CONNECTED;
    await clock.advance(2000);
    const heard = said.length;
    ctrl.leave();
    stub.polls = [];
    await clock.advance(35_000);
    expect(stub.polls.length).to.equal(3);
    expect(gaps(stub.polls)).to.deep.equal([10_000, 10_000]);
    expect(said.length, 'silent: the handoff screen is not up').to.equal(heard);
    const done = { ...CONNECTED, status: 'processing' as const, completed: true };
    stub.progress = done;
    await clock.advance(10_000);
    expect(completions).to.deep.equal([done]);
    const n = stub.polls.length;
    await clock.advance(60_000);
    expect(stub.polls.length, 'stopped').to.equal(n);
    expect(clock.pending).to.equal(0);
  });

  it('stops when the phone lets go, and does not watch at all when no phone connected', async () => {
    const { ctrl, clock, stub } = await mountHandoff();
    stub.progress = CONNECTED;
    await clock.advance(2000);
    ctrl.leave();
    stub.progress = WAITING;
    await clock.advance(10_000);
    const n = stub.polls.length;
    await clock.advance(60_000);
    expect(stub.polls.length, 'the phone disconnected: no more polls').to.equal(n);

    ctrl.open();
    await waitUntil(() => ctrl.view.phase === 'ready', 'new link');
    await clock.advance(0);
    ctrl.leave();
    const m = stub.polls.length;
    await clock.advance(60_000);
    expect(stub.polls.length, 'nobody to watch').to.equal(m);
    expect(clock.pending).to.equal(0);
  });
});

// ---------------------------------------------------------------------------------------------
// The shell: a connected phone finishing while the applicant is back on this device
// ---------------------------------------------------------------------------------------------

const SESSION = flowSession({
  steps: ['document', 'selfie'],
  requirements: { ...flowSession().requirements, document_types: ['passport'], countries: ['FR'] },
});

describe('<verilock-flow> with a phone connected', () => {
  it('polls the phone’s progress through one poller only: on the handoff screen, then back on this device', async function () {
    this.timeout(30_000);
    const clock = new FakeClock();
    HandoffController.clock = clock;
    const stub = stubClient(clock, [{ url: link(9), expires_at: inAnHour(clock) }]);
    const el = await fixture<VerilockFlow>(
      html`<verilock-flow .createClient=${() => stub.client} session-token="vft_test_token" lang="en"></verilock-flow>`,
    );
    const heading = () => el.shadowRoot!.querySelector('h2')?.textContent?.trim() ?? '';
    await waitUntil(() => heading() === en.introTitle('Ada'), 'intro', { timeout: 5000 });
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="handoff-button"]')!.click();
    await waitUntil(
      () => !!el.shadowRoot!.querySelector('verilock-handoff')?.shadowRoot?.querySelector('svg.qr'),
      'QR',
      { timeout: 5000 },
    );
    await clock.advance(40_000);
    // One schedule: 0, 2, 6, 14, 24, 34 s. A second poller would add polls of its own.
    expect(gaps(stub.polls)).to.deep.equal([2000, 4000, 8000, 10000, 10000]);

    stub.progress = CONNECTED;
    await clock.advance(10_000);
    button(el, en.handoffUseThisDevice)!.click();
    await waitUntil(() => heading() === en.introTitle('Ada'), 'back on the intro');
    stub.polls = [];
    await clock.advance(60_000);
    expect(gaps(stub.polls), 'the slow watch, alone').to.deep.equal([10_000, 10_000, 10_000, 10_000, 10_000]);
    expect(stub.polls).to.have.length(6);
    expect(clock.pending, 'one timer: the next check').to.equal(1);

    el.remove();
    expect(clock.pending, 'nothing left once the flow is gone').to.equal(0);
  });

  it('ends (complete, redirect) once when the phone finishes after the applicant went back to this device', async () => {
    const clock = new FakeClock();
    HandoffController.clock = clock;
    const stub = stubClient(clock, [{ url: link(7), expires_at: inAnHour(clock) }]);
    const el = await fixture<VerilockFlow>(
      html`<verilock-flow .createClient=${() => stub.client} session-token="vft_test_token" lang="en"></verilock-flow>`,
    );
    const heading = () => el.shadowRoot!.querySelector('h2')?.textContent?.trim() ?? '';
    const events: string[] = [];
    for (const name of ['verilock-complete', 'verilock-redirect'])
      el.addEventListener(name, (e) => {
        events.push(name);
        e.preventDefault(); // stay on the test page
      });
    await waitUntil(() => heading() === en.introTitle('Ada'), 'intro', { timeout: 5000 });
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="handoff-button"]')!.click();
    await waitUntil(
      () => !!el.shadowRoot!.querySelector('verilock-handoff')?.shadowRoot?.querySelector('svg.qr'),
      'QR',
      { timeout: 5000 },
    );
    stub.progress = { ...CONNECTED, phone_step: 'consent' };
    await clock.advance(0); // the first poll, right away
    const handoff = el.shadowRoot!.querySelector('verilock-handoff')!;
    await waitUntil(() => text(handoff).includes(en.handoffConnectedBody), 'phone connected', { timeout: 5000 });

    button(el, en.handoffUseThisDevice)!.click();
    await waitUntil(() => heading() === en.introTitle('Ada'), 'back on the intro');
    const backAt = clock.now();
    stub.polls = [];
    stub.progress = {
      ...CONNECTED,
      status: 'processing',
      phone_step: 'done',
      completed: true,
      redirect_url: 'https://example.com/back',
    };
    await clock.advance(9_999);
    expect(stub.polls, 'a light watch: nothing before 10 s').to.deep.equal([]);
    await clock.advance(1);
    expect(stub.polls, 'a light watch: every 10 s').to.deep.equal([backAt + 10_000]);
    await waitUntil(() => events.includes('verilock-complete'), 'the phone’s completion noticed here');
    await el.updateComplete;
    expect(heading()).to.equal(en.doneTitle);
    expect(events).to.deep.equal(['verilock-complete', 'verilock-redirect']);
    await clock.advance(60_000);
    expect(stub.polls, 'the watch stops').to.have.length(1);
    expect(clock.pending, 'no timer left').to.equal(0);
    el.remove();
  });

  it('does not watch when no phone connected', async () => {
    const clock = new FakeClock();
    HandoffController.clock = clock;
    const stub = stubClient(clock, [{ url: link(8), expires_at: inAnHour(clock) }]);
    const el = await fixture<VerilockFlow>(
      html`<verilock-flow .createClient=${() => stub.client} session-token="vft_test_token" lang="en"></verilock-flow>`,
    );
    const heading = () => el.shadowRoot!.querySelector('h2')?.textContent?.trim() ?? '';
    await waitUntil(() => heading() === en.introTitle('Ada'), 'intro', { timeout: 5000 });
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="handoff-button"]')!.click();
    await waitUntil(
      () => !!el.shadowRoot!.querySelector('verilock-handoff')?.shadowRoot?.querySelector('svg.qr'),
      'QR',
      { timeout: 5000 },
    );
    await clock.advance(0);
    expect(stub.polls, 'polled on the handoff screen').to.have.length(1);
    button(el, en.handoffUseThisDevice)!.click();
    await waitUntil(() => heading() === en.introTitle('Ada'), 'back on the intro');
    await clock.advance(60_000);
    expect(stub.polls, 'no watch').to.have.length(1);
    expect(clock.pending, 'no timer left').to.equal(0);
    el.remove();
  });
});
