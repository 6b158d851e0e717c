import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { VerilockFlow } from '../../src/index.js';
import { CAPTURE_PARTS, HANDOFF_PARTS, LIVENESS_PARTS } from '../../src/components/parts.js';
import { HandoffController } from '../../src/components/handoff/handoff.js';
import { loadTranslation } from '../../src/i18n/registry.js';
import { flowSession, json, WAITING_PROGRESS } from './helpers.js';

// The public surface: every part of a nested element is listed for `exportparts`, and a host page's
// `verilock-flow::part(…)` rule reaches it.

/** The part names written in a module's templates (the dev server serves the module's source). */
async function partsIn(path: string): Promise<Set<string>> {
  const source = await (await fetch(path)).text();
  const names = new Set<string>();
  for (const m of source.matchAll(/\bpart="([^"$]+)"/g)) for (const name of m[1]!.split(/\s+/)) names.add(name);
  return names;
}

describe('CSS parts of the nested elements', () => {
  const cases: [string, readonly string[], string[]][] = [
    [
      'verilock-capture',
      CAPTURE_PARTS,
      [
        '/src/components/capture/capture.component.ts',
        '/src/components/capture/camera-view.component.ts',
        '/src/components/capture/file-fallback.ts',
        '/src/components/capture/camera-parts.ts',
      ],
    ],
    [
      'verilock-liveness',
      LIVENESS_PARTS,
      [
        '/src/components/liveness/liveness.component.ts',
        '/src/components/capture/camera-view.component.ts',
        '/src/components/capture/camera-parts.ts',
      ],
    ],
    ['verilock-handoff', HANDOFF_PARTS, ['/src/components/handoff/handoff.component.ts']],
  ];
  for (const [tag, listed, files] of cases) {
    it(`${tag}: every part in its templates is forwarded by <verilock-flow>`, async () => {
      const used = new Set<string>();
      for (const file of files) for (const name of await partsIn(file)) used.add(name);
      expect(used.size, `parts found in ${files.join(', ')}`).to.be.greaterThan(0);
      const missing = [...used].filter((name) => !listed.includes(name));
      expect(missing, `${tag} parts missing from its exportparts list`).to.deep.equal([]);
    });
  }
});

describe('verilock-flow::part() from the host page', () => {
  const realFetch = window.fetch;
  const realQr = HandoffController.qrEncoder;
  let style: HTMLStyleElement;
  const COLOUR = 'rgb(1, 2, 3)';

  before(() => {
    HandoffController.qrEncoder = () =>
      Promise.resolve('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><path d="M2 2.5h7"/></svg>');
  });
  after(() => {
    HandoffController.qrEncoder = realQr;
  });
  beforeEach(() => {
    style = document.createElement('style');
    document.head.append(style);
  });
  afterEach(() => {
    style.remove();
    window.fetch = realFetch;
    delete (navigator.mediaDevices as Partial<MediaDevices>).getUserMedia;
  });

  /** Styles `parts` from the page, then reads the computed outline colour of each inside `inner`. */
  function styledFromPage(inner: ShadowRoot, parts: readonly string[]): Record<string, string> {
    style.textContent = parts.map((p) => `verilock-flow::part(${p}) { outline-color: ${COLOUR}; }`).join('\n');
    const seen: Record<string, string> = {};
    for (const p of parts) {
      const node = inner.querySelector(`[part~="${p}"]`);
      seen[p] = node ? getComputedStyle(node).outlineColor : 'not rendered';
    }
    return seen;
  }

  async function mount(session: ReturnType<typeof flowSession>): Promise<VerilockFlow> {
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.includes('/api/v1/flow/session')) return json(200, session);
      if (url.includes('/api/v1/flow/handoff'))
        return json(201, {
          url: `https://verify.example.com/handoff/${'x'.repeat(22)}`,
          expires_at: new Date(Date.now() + 600_000).toISOString(),
        });
      if (url.includes('/api/v1/flow/progress')) return json(200, WAITING_PROGRESS);
      return realFetch(input, init);
    };
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('verilock-flow') as VerilockFlow;
    el.setAttribute('lang', 'en');
    el.setAttribute('session-token', 'vft_test_token');
    wrap.append(el);
    await el.updateComplete;
    return el;
  }

  const heading = (el: VerilockFlow) => el.shadowRoot!.querySelector('h2')?.textContent?.trim() ?? '';
  const button = (el: VerilockFlow, name: string) =>
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === name)!;

  it('reaches the camera step parts (camera, video, shutter, camera error panel, file button)', async () => {
    const t = await loadTranslation('en');
    (navigator.mediaDevices as { getUserMedia: MediaDevices['getUserMedia'] }).getUserMedia = () =>
      Promise.reject(new DOMException('denied', 'NotAllowedError'));
    const base = flowSession();
    const el = await mount(
      flowSession({
        steps: ['document'],
        requirements: { ...base.requirements, document_types: ['passport'], countries: ['FR'] },
      }),
    );
    await waitUntil(() => heading(el) === t.introTitle('Ada'), 'intro');
    button(el, t.introStart).click();
    await waitUntil(
      () => !!el.shadowRoot!.querySelector('verilock-capture')?.shadowRoot?.querySelector('[role="alert"]'),
    );
    const inner = el.shadowRoot!.querySelector('verilock-capture')!.shadowRoot!;
    const parts = ['camera', 'video', 'shutter', 'camera-error', 'file-button'];
    const expected = Object.fromEntries(parts.map((p) => [p, COLOUR]));
    expect(styledFromPage(inner, parts)).to.deep.equal(expected);
    // Without the rule nothing is coloured: the test can fail.
    style.textContent = '';
    expect(getComputedStyle(inner.querySelector('[part~="camera"]')!).outlineColor).to.not.equal(COLOUR);
  });

  it('reaches the handoff parts (qr, link)', async () => {
    const t = await loadTranslation('en');
    const el = await mount(flowSession());
    await waitUntil(() => heading(el) === t.introTitle('Ada'), 'intro');
    button(el, t.handoffOffer).click();
    await waitUntil(
      () => !!el.shadowRoot!.querySelector('verilock-handoff')?.shadowRoot?.querySelector('svg, [part~="qr"] svg'),
      'QR',
    );
    const inner = el.shadowRoot!.querySelector('verilock-handoff')!.shadowRoot!;
    expect(styledFromPage(inner, ['qr', 'link'])).to.deep.equal({ qr: COLOUR, link: COLOUR });
  });
});
