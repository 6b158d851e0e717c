import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { VerilockFlow } from '../../src/index.js';
import { availableLocales, matchLocale } from '../../src/i18n/registry.js';
import { localeCandidates, resolveLocale, wantedLanguages } from '../../src/i18n/resolve.js';
import { flowSession, json } from './helpers.js';

/** The 34 shipped registry keys, as the resolution sees them. */
const SHIPPED = [
  'en', 'fr', 'es', 'de', 'pt-br', 'ar', 'it', 'nl', 'pl', 'pt-pt', 'ro', 'hu', 'cs', 'sk', 'sv', 'da', 'nb', 'fi',
  'el', 'bg', 'hr', 'uk', 'ru', 'tr', 'ja', 'ko', 'zh-hans', 'zh-hant', 'hi', 'id', 'vi', 'th', 'he', 'fa',
]; // prettier-ignore

describe('language resolution (pure)', () => {
  const pick = (...wanted: string[]) => resolveLocale(wanted, SHIPPED);

  it('priority: the lang attribute, the session locale, navigator.languages, English', () => {
    expect(wantedLanguages({ lang: 'de', sessionLocale: 'fr', navigatorLanguages: ['es', 'it'] })).to.deep.equal([
      'de',
      'fr',
      'es',
      'it',
    ]);
    expect(wantedLanguages({ lang: '', sessionLocale: null, navigatorLanguages: ['es'] })).to.deep.equal(['es']);
    expect(wantedLanguages({})).to.deep.equal([]);
    expect(pick(...wantedLanguages({ lang: 'de', sessionLocale: 'fr', navigatorLanguages: ['es'] }))).to.equal('de');
    expect(pick(...wantedLanguages({ sessionLocale: 'fr', navigatorLanguages: ['es'] }))).to.equal('fr');
    expect(pick(...wantedLanguages({ navigatorLanguages: ['es'] }))).to.equal('es');
    // The switcher's choice: above the browser's languages, below the lang attribute and the session.
    expect(pick(...wantedLanguages({ chosen: 'ja', navigatorLanguages: ['es'] }))).to.equal('ja');
    expect(pick(...wantedLanguages({ sessionLocale: 'fr', chosen: 'ja', navigatorLanguages: ['es'] }))).to.equal('fr');
    expect(pick(...wantedLanguages({ lang: 'de', chosen: 'ja' }))).to.equal('de');
    expect(pick(...wantedLanguages({}))).to.equal('en');
  });

  it('a tag the widget does not ship falls through to the next source', () => {
    expect(
      pick(...wantedLanguages({ lang: 'sw', sessionLocale: 'xx-YY', navigatorLanguages: ['am', 'tr-TR'] })),
    ).to.equal('tr');
    expect(pick('sw', 'am')).to.equal('en');
  });

  it('Portuguese: pt and every region but Portugal → pt-BR; pt-PT → pt-PT', () => {
    expect(pick('pt')).to.equal('pt-br');
    expect(pick('pt-BR')).to.equal('pt-br');
    expect(pick('pt-AO')).to.equal('pt-br');
    expect(pick('pt-PT')).to.equal('pt-pt');
    expect(pick('pt_PT')).to.equal('pt-pt');
  });

  it('Chinese: Taiwan, Hong Kong, Macau and Hant → zh-Hant; zh, China, Singapore and Hans → zh-Hans', () => {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'zh-hant-hk'])
      expect(pick(tag), tag).to.equal('zh-hant');
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN', 'zh-Hans-HK'])
      expect(pick(tag), tag).to.equal('zh-hans');
  });

  it('Norwegian: no, nn and nb → nb; legacy iw → he, in → id', () => {
    for (const tag of ['no', 'nn', 'nb', 'nb-NO', 'nn-NO', 'no-NO']) expect(pick(tag), tag).to.equal('nb');
    expect(pick('iw')).to.equal('he');
    expect(pick('in-ID')).to.equal('id');
  });

  it('regions are stripped; case does not matter', () => {
    expect(pick('fr-CA')).to.equal('fr');
    expect(pick('de-AT', 'en')).to.equal('de');
    expect(pick('EN-gb')).to.equal('en');
    expect(pick('ja-JP')).to.equal('ja');
    expect(pick('sr-Latn-RS', 'hr-HR')).to.equal('hr');
  });

  it('a variant missing from the registry falls back to another variant of the language', () => {
    expect(resolveLocale(['zh-TW'], ['en', 'zh-hans'])).to.equal('zh-hans');
    expect(resolveLocale(['pt-PT'], ['en', 'pt-br'])).to.equal('pt-br');
    expect(resolveLocale(['fr-BE'], ['en', 'fr-ca'])).to.equal('fr-ca');
    expect(resolveLocale(['ja'], ['en', 'fr'])).to.equal('en');
  });

  it('candidates are tried best first', () => {
    expect(localeCandidates('zh-Hant-TW')).to.deep.equal(['zh-hant-tw', 'zh-hant', 'zh']);
    expect(localeCandidates('pt')).to.deep.equal(['pt', 'pt-br']);
    expect(localeCandidates('nn-NO')).to.deep.equal(['nn-no', 'nb']);
  });

  it('the registry holds the 34 shipped locales, and matchLocale uses it', () => {
    expect([...availableLocales()].sort()).to.deep.equal([...SHIPPED].sort());
    expect(matchLocale(['zh-TW'])).to.equal('zh-hant');
    expect(matchLocale(['pt-PT'])).to.equal('pt-pt');
    expect(matchLocale(['pt'])).to.equal('pt-br');
  });
});

describe('language resolution in the element', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  function serve(locale: string | undefined): void {
    const session = { ...flowSession(), ...(locale ? { locale } : {}) };
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.includes('/api/v1/flow/session')) return json(200, session);
      return realFetch(input, init);
    };
  }

  it('the session locale chooses the language when the element has no lang', async () => {
    serve('it-IT');
    const el = await fixture<VerilockFlow>(html`<verilock-flow session-token="vft_x"></verilock-flow>`);
    await waitUntil(() => el.localize.lang === 'it', 'Italian from the session', { timeout: 5000 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')?.textContent).to.include('verifichiamo la tua identità');
  });

  it('the lang attribute wins over the session locale; an unknown session locale is ignored', async () => {
    serve('it');
    const el = await fixture<VerilockFlow>(html`<verilock-flow lang="nl" session-token="vft_x"></verilock-flow>`);
    await waitUntil(() => !!el.shadowRoot!.querySelector('h2'), 'intro', { timeout: 5000 });
    await waitUntil(() => el.localize.lang === 'nl', 'Dutch', { timeout: 5000 });
    serve('tlh');
    const other = await fixture<VerilockFlow>(html`<verilock-flow session-token="vft_y"></verilock-flow>`);
    await waitUntil(() => !!other.shadowRoot!.querySelector('h2'), 'intro', { timeout: 5000 });
    expect(other.localize.lang.toLowerCase()).to.equal(matchLocale([...navigator.languages]));
  });
});
