// The intro in an in-app browser: the notice, copying the link, Android's intent link, the phone, and no
// notice in a real browser or in an integrator's own app (a documented native bridge). The user agent and
// the clipboard are overridden on `navigator` itself, the same way in every engine.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';
import '../../src/index.js';
import type { VerilockFlow } from '../../src/index.js';
import { loadTranslation } from '../../src/i18n/registry.js';
import { flowSession, json, loadScript } from './helpers.js';

const INSTAGRAM_IOS =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 309.1.1.28.108 (iPhone14,5; iOS 17_1_2; en_US; en; scale=3.00; 1170x2532; 536988435)';
const FACEBOOK_ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/UD1A.231105.004; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/443.0.0.31.110;]';
const SAFARI_IOS =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1';

const realFetch = window.fetch;
const session = flowSession();

function useAgent(ua: string): void {
  Object.defineProperty(navigator, 'userAgent', { configurable: true, get: () => ua });
}
function useClipboard(writeText: (text: string) => Promise<void>): void {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
}

afterEach(() => {
  window.fetch = realFetch;
  delete (navigator as { userAgent?: string }).userAgent;
  delete (navigator as { clipboard?: Clipboard }).clipboard;
  delete (window as { ReactNativeWebView?: unknown }).ReactNativeWebView;
});

async function intro(lang = 'en', theme?: string): Promise<VerilockFlow> {
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes('/api/v1/flow/session')) return json(200, session);
    return realFetch(input, init);
  };
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('verilock-flow') as VerilockFlow;
  el.setAttribute('lang', lang);
  if (theme) el.setAttribute('theme', theme);
  el.setAttribute('session-token', 'vft_test_token');
  wrap.append(el);
  const t = await loadTranslation(lang);
  await waitUntil(() => el.shadowRoot!.querySelector('h2')?.textContent?.trim() === t.introTitle('Ada'), 'intro', {
    timeout: 10000,
  });
  // The notice's module loads after the first screen: let it arrive.
  await import('../../src/internal/in-app-browser.js');
  await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
  return el;
}

const notice = (el: VerilockFlow) => el.shadowRoot!.querySelector<HTMLElement>('[part="in-app-notice"]');
const buttonsIn = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLElement>('button, a.button')].map((b) => b.textContent!.trim());

async function axeProblems(el: Element, what: string): Promise<string[]> {
  await loadScript('/node_modules/axe-core/axe.min.js');
  const axe = (window as unknown as { axe: { run(e: Element, o: object): Promise<AxeResults> } }).axe;
  const res = await axe.run(el, { resultTypes: ['violations'] });
  return res.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${what}: ${v.id} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
}

describe('intro in an in-app browser', () => {
  it('Instagram on iOS: says why, copies the link, and offers the phone; no intent link on iOS', async () => {
    useAgent(INSTAGRAM_IOS);
    const copied: string[] = [];
    useClipboard(async (text) => {
      copied.push(text);
    });
    const el = await intro();
    const t = await loadTranslation('en');
    const box = notice(el)!;
    expect(box, 'notice shown').to.not.equal(null);
    expect(box.querySelector('h3')!.textContent).to.equal(t.inAppTitle);
    expect(box.textContent).to.include(t.inAppBody('Instagram'));
    expect(box.getAttribute('aria-labelledby')).to.equal('in-app-title');
    expect(buttonsIn(box)).to.deep.equal([t.handoffCopy]);
    // The phone handoff stays on the intro, next to Start.
    expect(buttonsIn(el.shadowRoot!)).to.include.members([t.introStart, t.handoffOffer]);

    box.querySelector('button')!.click();
    await waitUntil(() => box.querySelector('[role="status"]')!.textContent === t.handoffCopied, 'copied');
    expect(copied).to.deep.equal([window.location.href]);
    expect(await axeProblems(el, 'intro with the in-app notice')).to.deep.equal([]);
  });

  it('Facebook on Android: an intent link to the default browser; a refused clipboard shows the link to copy', async () => {
    useAgent(FACEBOOK_ANDROID);
    useClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const el = await intro('ar', 'dark');
    const t = await loadTranslation('ar');
    const box = notice(el)!;
    expect(box.textContent).to.include(t.inAppBody('Facebook'));
    const open = box.querySelector<HTMLAnchorElement>('a.button')!;
    expect(open.textContent!.trim()).to.equal(t.inAppOpen);
    expect(open.getAttribute('href')!.startsWith(`intent://${window.location.host}`)).to.equal(true);
    expect(open.getAttribute('href')).to.include(`S.browser_fallback_url=${encodeURIComponent(window.location.href)}`);

    box.querySelector('button')!.click();
    await waitUntil(() => !!box.querySelector('input#in-app-link'), 'manual copy field');
    const input = box.querySelector<HTMLInputElement>('input#in-app-link')!;
    expect(input.value).to.equal(window.location.href);
    expect(input.readOnly).to.equal(true);
    expect(box.querySelector('label[for="in-app-link"]')!.textContent!.trim()).to.equal(t.handoffCopyManual);
    expect(await axeProblems(el, 'intro with the in-app notice (ar, dark, manual copy)')).to.deep.equal([]);
  });

  it('no notice in a real browser', async () => {
    useAgent(SAFARI_IOS);
    const el = await intro();
    expect(notice(el)).to.equal(null);
  });

  it('no notice inside an integrator’s own app (a documented native bridge), whatever its user agent says', async () => {
    useAgent(INSTAGRAM_IOS);
    (window as { ReactNativeWebView?: unknown }).ReactNativeWebView = { postMessage: () => undefined };
    const el = await intro();
    expect(notice(el)).to.equal(null);
  });
});
