import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { VerilockFlow } from '../../src/index.js';
import { loadTranslation, registerTranslation } from '../../src/i18n/registry.js';
import type { Translation } from '../../src/i18n/translation.js';
import { flowSession, json } from './helpers.js';
import { pseudo, pseudoLocale } from './pseudo-locale.js';

registerTranslation(pseudoLocale);

const realFetch = window.fetch;
const realGetUserMedia = MediaDevices.prototype.getUserMedia;
afterEach(() => {
  window.fetch = realFetch;
  MediaDevices.prototype.getUserMedia = realGetUserMedia;
});

function serve(reply: () => Response | Promise<Response>): void {
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes('/api/v1/flow/session')) return reply();
    return realFetch(input, init);
  };
}

/** Every element of the widget, through nested shadow roots. */
function deepElements(root: ShadowRoot | Element): Element[] {
  const out: Element[] = [];
  for (const e of root.querySelectorAll('*')) {
    out.push(e);
    if (e.shadowRoot) out.push(...deepElements(e.shadowRoot));
  }
  return out;
}

/** Text containers (elements with their own text) whose content is wider than their box. */
function overflowing(el: VerilockFlow): string[] {
  const out: string[] = [];
  for (const e of deepElements(el.shadowRoot!)) {
    const own = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    if (!own || !(e instanceof HTMLElement)) continue;
    const style = getComputedStyle(e);
    if (style.display === 'inline' || style.display === 'none' || style.display === 'contents') continue;
    if (e.scrollWidth > e.clientWidth + 1)
      out.push(`<${e.localName}> ${e.scrollWidth}>${e.clientWidth}: "${e.textContent!.trim().slice(0, 60)}"`);
  }
  if (el.scrollWidth > el.clientWidth + 1) out.push(`the element itself ${el.scrollWidth}>${el.clientWidth}`);
  return out;
}

const heading = (el: VerilockFlow) => el.shadowRoot!.querySelector('h2')?.textContent?.trim() ?? '';

/** The widget at 320 px, in `lang` by its lang attribute, or (null) in the browser's language. */
async function mount(lang: string | null): Promise<VerilockFlow> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
  const el = document.createElement('verilock-flow') as VerilockFlow;
  if (lang) el.setAttribute('lang', lang);
  el.setAttribute('session-token', 'vft_layout');
  wrap.append(el);
  return el;
}

/** The applicant picks `lang` in the intro's language switcher (shown as no lang attribute is set). */
async function chooseLanguage(el: VerilockFlow, lang: string): Promise<void> {
  const list = () => el.shadowRoot!.querySelector<HTMLSelectElement>('select#vl-language');
  await waitUntil(list, 'the language switcher', { timeout: 10000 });
  list()!.value = [...list()!.options].find((o) => o.value.toLowerCase() === lang.toLowerCase())!.value;
  list()!.dispatchEvent(new Event('change'));
}

async function until(el: VerilockFlow, text: string): Promise<void> {
  await waitUntil(() => heading(el) === text, `heading "${text}", saw "${heading(el)}"`, { timeout: 10000 });
  await el.updateComplete;
}

function click(el: VerilockFlow, name: string): void {
  const b = deepElements(el.shadowRoot!).find(
    (x): x is HTMLElement => x instanceof HTMLElement && x.localName === 'button' && x.textContent?.trim() === name,
  );
  if (!b) throw new Error(`no button "${name}"`);
  b.click();
}

/** Every screen reachable without a camera, checked for overflow at 320 px. */
async function walk(lang: string): Promise<{ problems: string[]; screens: number }> {
  const t: Translation = await loadTranslation(lang);
  const problems: string[] = [];
  let screens = 0;
  const check = (el: VerilockFlow, screen: string) => {
    screens++;
    problems.push(...overflowing(el).map((p) => `[${lang}] ${screen}: ${p}`));
  };
  // On the prototype, not as a property of navigator.mediaDevices: WebKit does not keep that object's
  // wrapper alive, and a garbage collection mid-walk dropped the property (the real camera then opened).
  MediaDevices.prototype.getUserMedia = () => Promise.reject(new DOMException('none', 'NotFoundError'));
  const session = flowSession({
    steps: ['document'],
    requirements: { ...flowSession().requirements, countries: ['DE', 'FI', 'IN'] },
  });
  serve(() => json(200, session));
  // The main walk goes through the switcher, so it is checked on the intro and its choice on every screen.
  const el = await mount(null);
  await chooseLanguage(el, lang);
  await until(el, t.introTitle('Ada'));
  check(el, 'intro');
  click(el, t.cancel);
  await el.updateComplete;
  check(el, 'cancel confirmation');
  click(el, t.back);
  await el.updateComplete;
  click(el, t.introStart);
  await waitUntil(() => heading(el) !== t.introTitle('Ada'), 'left the intro', { timeout: 10000 });
  await el.updateComplete;
  if (heading(el) === t.consentTitle) {
    check(el, 'consent');
    click(el, t.consentAccept);
    await waitUntil(() => heading(el) !== t.consentTitle, 'left consent', { timeout: 10000 });
    await el.updateComplete;
  }
  if (heading(el) === t.documentSelectTitle) {
    // The choice comes with the camera steps' chunk: its heading and a spinner show until it arrives.
    await waitUntil(() => el.shadowRoot!.querySelector('select'), 'document choice loaded', { timeout: 10000 });
    await el.updateComplete;
    check(el, 'document choice');
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'DE';
    select.dispatchEvent(new Event('change'));
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    await el.updateComplete;
    click(el, t.continue);
  }
  await until(el, t.captureTitle.document_front);
  await waitUntil(
    () => deepElements(el.shadowRoot!).some((x) => x.getAttribute('role') === 'alert'),
    'camera error shown',
    { timeout: 10000 },
  );
  await el.updateComplete;
  check(el, 'camera not found');
  el.remove();

  for (const code of ['token_expired', 'session_completed'] as const) {
    serve(() => json(code === 'token_expired' ? 410 : 409, { error: { code, message: 'x' } }));
    const err = await mount(lang);
    await until(err, t.errors[code].title);
    check(err, `error ${code}`);
    err.remove();
  }
  return { problems, screens };
}

describe('layouts at 320 px', () => {
  it('the pseudo-locale is accented, about 40 % longer and bracketed', () => {
    expect(pseudo('Start')).to.match(/^\[Šţáŕţ+\]$/);
    const long = pseudo('Take a selfie and check it');
    expect(long.length).to.be.at.least(Math.round('Take a selfie and check it'.length * 1.4));
    expect(pseudoLocale.introTitle('Ada')).to.match(/^\[Ĥí+ Áðá.*\]$/);
  });

  // German and Finnish (long compounds), Hindi (Devanagari, tall stacks) and the pseudo-locale (+40 %):
  // the languages most likely to overflow at 320 px.
  for (const lang of ['en-XA', 'de', 'fi', 'hi']) {
    it(`${lang}: no text container overflows on any screen reachable without a camera`, async function () {
      this.timeout(60000);
      const { problems, screens } = await walk(lang);
      expect(screens).to.be.at.least(6);
      expect(problems).to.deep.equal([]);
    });
  }

  it('the overflow check itself sees a clipped word', async () => {
    serve(() => json(200, flowSession()));
    const el = await mount('en');
    await until(el, 'Hi Ada, let’s verify your identity');
    const h2 = el.shadowRoot!.querySelector('h2')!;
    h2.style.overflowWrap = 'normal';
    h2.style.wordBreak = 'normal';
    h2.textContent = 'W'.repeat(80);
    expect(overflowing(el).join('\n')).to.include('<h2>');
  });
});
