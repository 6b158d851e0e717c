// The intro's language switcher: every shipped locale named in its own language; the applicant's choice
// wins over the browser's languages and lasts through the flow; focus stays on the list while the language
// changes; direction follows (he, fa, ar are RTL). The element's lang, the session's locale and the
// hide-language-switcher attribute leave no switcher.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { VerilockFlow } from '../../src/index.js';
import type { FlowSession } from '../../src/api/schemas.js';
import { availableLocales, loadTranslation } from '../../src/i18n/registry.js';
import { languageOptions } from '../../src/components/intro/language-select.js';
import { flowSession, json, loadScript } from './helpers.js';
import type { AxeResults } from 'axe-core';

const realFetch = window.fetch;
afterEach(() => {
  window.fetch = realFetch;
});

async function mount(attrs: Record<string, string> = {}, session: FlowSession = flowSession()): Promise<VerilockFlow> {
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes('/api/v1/flow/session')) return json(200, session);
    return realFetch(input, init);
  };
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('verilock-flow') as VerilockFlow;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.setAttribute('session-token', 'vft_switcher');
  wrap.append(el);
  return el;
}

const heading = (el: VerilockFlow) => el.shadowRoot!.querySelector('h2')?.textContent?.trim() ?? '';
const select = (el: VerilockFlow) => el.shadowRoot!.querySelector<HTMLSelectElement>('select#vl-language');

/** The intro in whatever language the browser resolves to, with its switcher loaded. */
async function introWithSwitcher(el: VerilockFlow): Promise<HTMLSelectElement> {
  await waitUntil(() => select(el), 'the switcher on the intro', { timeout: 10000 });
  await el.updateComplete;
  return select(el)!;
}

async function choose(el: VerilockFlow, code: string): Promise<void> {
  const list = select(el)!;
  list.value = code;
  list.dispatchEvent(new Event('change'));
  const t = await loadTranslation(code);
  await waitUntil(() => heading(el) === t.introTitle('Ada'), `intro in ${code}, saw "${heading(el)}"`, {
    timeout: 10000,
  });
  await el.updateComplete;
}

describe('language switcher', () => {
  it('lists every shipped locale once, named in its own language, with its lang', () => {
    const options = languageOptions();
    expect(options.map((o) => o.code.toLowerCase()).sort()).to.deep.equal(availableLocales().sort());
    const name = (code: string) => options.find((o) => o.code === code)?.name;
    expect(name('de')).to.equal('Deutsch');
    expect(name('ja')).to.equal('日本語');
    expect(name('pt-BR')).to.match(/^Português/);
    // Engines differ: 中文（繁體） or 繁體中文.
    expect(name('zh-Hant')).to.match(/中文/);
  });

  it('labelled, shows the current language; the choice changes it, keeps focus, flips direction and lasts', async () => {
    const el = await mount();
    const list = await introWithSwitcher(el);
    const label = el.shadowRoot!.querySelector(`label[for="${list.id}"]`);
    expect(label?.textContent?.trim()).to.equal(el.localize.t.languageLabel);
    expect(list.value.toLowerCase()).to.equal(el.localize.lang.toLowerCase());
    expect(list.options.length).to.equal(availableLocales().length);
    expect(list.querySelector('option[value="ja"]')!.getAttribute('lang')).to.equal('ja');

    list.focus();
    await choose(el, 'de');
    const de = await loadTranslation('de');
    expect(select(el)).to.equal(list, 'the same list, not a new one');
    expect(el.shadowRoot!.activeElement).to.equal(list, 'focus stays on the list');
    expect(list.value).to.equal('de');
    expect(el.shadowRoot!.querySelector(`label[for="${list.id}"]`)!.textContent!.trim()).to.equal(de.languageLabel);
    expect(el.dir === '' || el.dir === 'ltr').to.equal(true);

    const base = () => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    expect(base().lang, 'the content says its language').to.equal('de');
    await choose(el, 'zh-Hant');
    expect(base().lang).to.equal('zh-Hant');
    for (const rtl of ['he', 'fa', 'ar']) {
      await choose(el, rtl);
      expect(el.dir, rtl).to.equal('rtl');
      expect(base().lang).to.equal(rtl);
      expect(el.shadowRoot!.activeElement).to.equal(list, `focus stays on the list (${rtl})`);
    }

    // axe on the intro with the switcher, right-to-left: no serious or critical finding.
    await loadScript('/node_modules/axe-core/axe.min.js');
    const axe = (window as unknown as { axe: { run(c: Element, o: object): Promise<AxeResults> } }).axe;
    const found = (await axe.run(el, { resultTypes: ['violations'] })).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
    expect(found).to.deep.equal([]);

    // The choice lasts past the intro.
    const ar = await loadTranslation('ar');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="primary-button"]')!.click();
    await waitUntil(() => heading(el) === ar.consentTitle, `consent in Arabic, saw "${heading(el)}"`, {
      timeout: 10000,
    });
    expect(el.dir).to.equal('rtl');
    expect(select(el)).to.equal(null, 'the switcher is on the intro only');
    el.remove();
  });

  it('is reachable and usable with the keyboard', async () => {
    const el = await mount();
    const list = await introWithSwitcher(el);
    list.focus();
    expect(el.shadowRoot!.activeElement).to.equal(list);
    const before = list.value;
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => list.value !== before, 'moved by the arrow key', { timeout: 5000 });
    const t = await loadTranslation(list.value);
    await waitUntil(() => heading(el) === t.introTitle('Ada'), `intro in ${list.value}`, { timeout: 10000 });
    expect(el.shadowRoot!.activeElement).to.equal(list);
    el.remove();
  });

  for (const [what, attrs, session] of [
    ['the element has a lang attribute', { lang: 'fr' }, flowSession()],
    ['the session has a locale', {}, flowSession({ locale: 'fr' })],
    ['hide-language-switcher is set', { 'hide-language-switcher': '' }, flowSession()],
  ] as const) {
    it(`is not shown when ${what}`, async () => {
      const el = await mount(attrs, session);
      const fr = await loadTranslation('fr');
      const t = () => (what === 'hide-language-switcher is set' ? el.localize.t : fr);
      await waitUntil(() => heading(el) === t().introTitle('Ada'), `intro, saw "${heading(el)}"`, { timeout: 10000 });
      // Give a lazily loaded switcher every chance to appear: the in-app notice's and its own chunks.
      await import('../../src/components/intro/language-select.js');
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(select(el)).to.equal(null);
      el.remove();
    });
  }

  it('hideLanguageSwitcher set later removes it', async () => {
    const el = await mount();
    await introWithSwitcher(el);
    el.hideLanguageSwitcher = true;
    await el.updateComplete;
    expect(select(el)).to.equal(null);
    el.remove();
  });
});
