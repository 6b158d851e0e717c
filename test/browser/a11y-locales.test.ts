/**
 * axe in every shipped locale and the pseudo-locale, light and dark. Each locale's screens are rendered
 * once and each screen is checked twice on the same DOM: with `theme="light"`, then `theme="dark"` (the
 * attribute switches every colour token, through the nested steps too). The rules run are those whose
 * findings can change with the language: contrast (glyphs, sizes and weights differ by script), the
 * language of parts, accessible names (they are the translated strings) and what text length can
 * break (scrollable regions, target sizes). A few locales, one per writing direction and a long one,
 * run every rule as well. The whole flow with its camera steps is walked through axe in 13 locales by
 * a11y.test.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';
import '../../src/index.js';
import type { VerilockFlow } from '../../src/index.js';
import { HandoffController } from '../../src/components/handoff/handoff.js';
import { availableLocales, loadTranslation, registerTranslation } from '../../src/i18n/registry.js';
import type { Translation } from '../../src/i18n/translation.js';
import { flowSession, json, loadScript, WAITING_PROGRESS } from './helpers.js';
import { pseudoLocale } from './pseudo-locale.js';

declare global {
  interface Window {
    axe?: { run(context: Element, options: Record<string, unknown>): Promise<AxeResults> };
  }
}

registerTranslation(pseudoLocale);

/** Every shipped locale, then the pseudo-locale (accented, +40 % length, bracketed). */
const LOCALES = [
  ...availableLocales()
    .filter((l) => l !== pseudoLocale.$code.toLowerCase())
    .sort(),
  'en-XA',
];
/** Every rule, for one locale of each direction and the longest. */
const ALL_RULES = new Set(['en', 'ar', 'de', 'en-XA']);
/** The rules whose findings can differ from one language to another. */
const LOCALE_RULES = [
  // contrast: glyph sizes and weights differ by script
  'color-contrast',
  'link-in-text-block',
  // the language of parts
  'valid-lang',
  // accessible names: they are the translated strings
  'button-name',
  'link-name',
  'input-button-name',
  'label',
  'select-name',
  'aria-command-name',
  'aria-input-field-name',
  'aria-progressbar-name',
  'aria-meter-name',
  'aria-toggle-field-name',
  'aria-tooltip-name',
  'aria-dialog-name',
  'image-alt',
  'role-img-alt',
  'svg-img-alt',
  'empty-heading',
  'label-content-name-mismatch',
  // what longer text can break
  'scrollable-region-focusable',
  'target-size',
];

const realFetch = window.fetch;
const realGetUserMedia = MediaDevices.prototype.getUserMedia;
const realQr = HandoffController.qrEncoder;
before(() => {
  // The QR library is bundled by the build; a fixed code stands in (its drawing is tested in handoff.test.ts).
  HandoffController.qrEncoder = () =>
    Promise.resolve(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><path stroke="#000" d="M2 2.5h7M2 8.5h7"/></svg>',
    );
});
after(() => {
  HandoffController.qrEncoder = realQr;
});
afterEach(() => {
  window.fetch = realFetch;
  MediaDevices.prototype.getUserMedia = realGetUserMedia;
});

function serve(session: () => Response): void {
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes('/api/v1/flow/session')) return session();
    if (url.includes('/api/v1/flow/handoff'))
      return json(201, {
        url: `https://verify.example.com/handoff/${'x'.repeat(22)}`,
        expires_at: new Date(Date.now() + 600_000).toISOString(),
      });
    if (url.includes('/api/v1/flow/progress')) return json(200, WAITING_PROGRESS);
    return realFetch(input, init);
  };
}

const root = (el: VerilockFlow) => el.shadowRoot!;
const heading = (el: VerilockFlow) => root(el).querySelector('h2')?.textContent?.trim() ?? '';

/** Every element of the widget, through nested shadow roots. */
function deepElements(r: ShadowRoot | Element): Element[] {
  const out: Element[] = [];
  for (const e of r.querySelectorAll('*')) {
    out.push(e);
    if (e.shadowRoot) out.push(...deepElements(e.shadowRoot));
  }
  return out;
}

function click(el: VerilockFlow, name: string, part?: string): void {
  const b = deepElements(root(el)).find(
    (x): x is HTMLElement =>
      x instanceof HTMLElement &&
      x.localName === 'button' &&
      x.textContent?.trim() === name &&
      (!part || x.getAttribute('part') === part),
  );
  if (!b) throw new Error(`no button "${name}"`);
  b.click();
}

async function until(el: VerilockFlow, text: string): Promise<void> {
  await waitUntil(() => heading(el) === text, `heading "${text}", saw "${heading(el)}"`, { timeout: 10000 });
  await settled(el);
}

/** The element and every nested Lit element done rendering. */
async function settled(el: VerilockFlow): Promise<void> {
  await el.updateComplete;
  for (const e of deepElements(root(el)))
    if ('updateComplete' in e) await (e as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

async function loadAxe(): Promise<NonNullable<Window['axe']>> {
  await loadScript('/node_modules/axe-core/axe.min.js');
  return window.axe!;
}

/**
 * Runs axe on the screen in the light theme, then in the dark one on the same DOM; returns the serious
 * and critical violations, described. Leaves the element in the light theme.
 */
async function check(el: VerilockFlow, lang: string, screen: string): Promise<string[]> {
  const axe = await loadAxe();
  const options = {
    resultTypes: ['violations'],
    ...(ALL_RULES.has(lang) ? {} : { runOnly: { type: 'rule', values: LOCALE_RULES } }),
  };
  const problems: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    el.setAttribute('theme', theme);
    await settled(el);
    const res = await axe.run(el, options);
    for (const v of res.violations)
      if (v.impact === 'serious' || v.impact === 'critical')
        problems.push(
          `[${lang} ${theme}] ${screen}: ${v.id} (${v.impact}) ` +
            v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/g, ' ')}`).join(' | '),
        );
  }
  el.setAttribute('theme', 'light');
  await settled(el);
  return problems;
}

/** The widget, in `lang` by its lang attribute, or (null) by the intro's language switcher. */
async function mount(lang: string | null): Promise<VerilockFlow> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('verilock-flow') as VerilockFlow;
  if (lang) el.setAttribute('lang', lang);
  el.setAttribute('theme', 'light');
  el.setAttribute('session-token', 'vft_a11y');
  wrap.append(el);
  return el;
}

/**
 * The screens a locale's strings reach without a camera: the intro with its language switcher and its
 * cancel confirmation, the phone handoff, consent, the document choice, the document step with its
 * camera problem and file fallback, cancelled, and a session error.
 */
async function walk(lang: string): Promise<{ problems: string[]; screens: string[] }> {
  const t: Translation = await loadTranslation(lang);
  const problems: string[] = [];
  const screens: string[] = [];
  const at = async (el: VerilockFlow, screen: string) => {
    screens.push(screen);
    problems.push(...(await check(el, lang, screen)));
  };
  MediaDevices.prototype.getUserMedia = () => Promise.reject(new DOMException('none', 'NotFoundError'));
  const session = flowSession({
    steps: ['document', 'selfie'],
    requirements: { ...flowSession().requirements, countries: ['DE', 'FR'] },
  });
  serve(() => json(200, session));
  const el = await mount(null);
  const list = () => root(el).querySelector<HTMLSelectElement>('select#vl-language');
  await waitUntil(list, 'the language switcher', { timeout: 10000 });
  list()!.value = [...list()!.options].find((o) => o.value.toLowerCase() === lang.toLowerCase())!.value;
  list()!.dispatchEvent(new Event('change'));
  await until(el, t.introTitle('Ada'));
  await at(el, 'intro');
  click(el, t.cancel);
  await settled(el);
  await at(el, 'intro + cancel confirmation');
  click(el, t.back, 'secondary-button');
  await settled(el);

  click(el, t.handoffOffer);
  await until(el, t.handoffTitle);
  await waitUntil(() => !!root(el).querySelector('verilock-handoff')?.shadowRoot?.querySelector('svg.qr'), 'QR code', {
    timeout: 5000,
  });
  await at(el, 'handoff (waiting for the phone)');
  click(el, t.handoffUseThisDevice);
  await until(el, t.introTitle('Ada'));

  click(el, t.introStart);
  await until(el, t.consentTitle);
  await at(el, 'consent');
  click(el, t.consentAccept);
  await until(el, t.documentSelectTitle);
  await waitUntil(() => root(el).querySelector('select'), 'document choice loaded', { timeout: 10000 });
  await settled(el);
  await at(el, 'document choice');
  const select = root(el).querySelector('select')!;
  select.value = 'DE';
  select.dispatchEvent(new Event('change'));
  root(el).querySelector<HTMLInputElement>('input[value="passport"]')!.click();
  await settled(el);
  click(el, t.continue);
  await until(el, t.captureTitle.document_front);
  await waitUntil(
    () => deepElements(root(el)).some((x) => x.getAttribute('role') === 'alert'),
    'camera problem shown',
    { timeout: 10000 },
  );
  await settled(el);
  await at(el, 'document, camera not found (file fallback)');

  click(el, t.cancel);
  await settled(el);
  click(el, t.cancel, 'primary-button');
  await until(el, t.cancelledTitle);
  await at(el, 'cancelled');
  el.remove();

  serve(() => json(410, { error: { code: 'token_expired', message: 'x' } }));
  const err = await mount(lang);
  await until(err, t.errors.token_expired.title);
  await at(err, 'error token_expired');
  err.remove();
  return { problems, screens };
}

describe('accessibility in every locale: axe, light and dark', () => {
  it('covers every shipped locale and the pseudo-locale', () => {
    expect(LOCALES.length).to.be.at.least(35);
    expect(LOCALES).to.include.members(['en', 'ar', 'he', 'fa', 'zh-hans', 'zh-hant', 'hi', 'th', 'en-XA']);
  });

  for (const lang of LOCALES) {
    it(`${lang}: no serious or critical finding on any screen without a camera, light and dark`, async function () {
      this.timeout(60000);
      const { problems, screens } = await walk(lang);
      expect(screens).to.have.length(8);
      expect(problems).to.deep.equal([]);
    });
  }

  it('the check itself sees a finding in the dark theme only', async () => {
    serve(() => json(200, flowSession()));
    const el = await mount('fr');
    const t = await loadTranslation('fr');
    await until(el, t.introTitle('Ada'));
    const style = document.createElement('style');
    // A colour that passes on the light background and fails on the dark one.
    style.textContent = 'verilock-flow[theme="dark"]::part(primary-button) { background: #1f2937; color: #111827 }';
    document.head.append(style);
    try {
      const problems = await check(el, 'fr', 'intro');
      expect(problems.some((p) => p.startsWith('[fr dark] intro: color-contrast'))).to.equal(true);
      expect(problems.some((p) => p.startsWith('[fr light]'))).to.equal(false);
    } finally {
      style.remove();
      el.remove();
    }
  });
});
