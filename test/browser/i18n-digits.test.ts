// Arabic and Persian show numbers in their own digits (Arabic-Indic ٠–٩, Persian ۰–۹) on the screens
// themselves, through Intl.NumberFormat: the step counter, the camera steps' file-size error, the upload
// and handoff counts; never an ASCII digit in the widget's text.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { VerilockFlow } from '../../src/index.js';
import { loadTranslation } from '../../src/i18n/registry.js';
import { flowSession, json } from './helpers.js';

const realFetch = window.fetch;
afterEach(() => {
  window.fetch = realFetch;
});

const DIGITS: Record<string, string> = { ar: '٠١٢٣٤٥٦٧٨٩', fa: '۰۱۲۳۴۵۶۷۸۹' };
const own = (code: string, n: number) => [...String(n)].map((d) => DIGITS[code]![Number(d)]).join('');

/** The widget's visible text, through nested shadow roots (not the switcher's list of language names). */
function text(root: ShadowRoot | Element): string {
  let out = '';
  for (const n of root.childNodes) {
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent;
    else if (n instanceof Element && n.localName !== 'style' && n.localName !== 'select') {
      out += ` ${n.getAttribute('aria-label') ?? ''} ${text(n)}`;
      if (n.shadowRoot) out += text(n.shadowRoot);
    }
  }
  return out;
}

describe('Arabic-Indic and Persian digits', () => {
  for (const code of ['ar', 'fa']) {
    it(`${code}: counts and sizes in its own digits, the same as Intl.NumberFormat gives`, async () => {
      const t = await loadTranslation(code);
      // The locale's number format is Intl's, not a hand-made digit table.
      const intl = new Intl.NumberFormat(code === 'ar' ? 'ar-u-nu-arab' : 'fa');
      expect(own(code, 2025)).to.equal(intl.format(2025).replace(/[^\d\u0660-\u0669\u06f0-\u06f9]/g, ''));
      expect(t.progress(2, 3)).to.include(own(code, 2)).and.include(own(code, 3));
      expect(t.fileTooLarge(10)).to.include(own(code, 10));
      expect(t.uploadProgress(12, 14)).to.include(own(code, 12)).and.include(own(code, 14));
      expect(t.livenessProgress(1, 3)).to.include(own(code, 3));
      expect(t.handoffValidFor(15)).to.include(own(code, 15));
      expect(t.handoffReceived(2, 3)).to.include(own(code, 3));
      expect(t.cameraBack(2)).to.include(own(code, 2));

      window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = String(input instanceof Request ? input.url : input);
        if (url.includes('/api/v1/flow/session')) return json(200, flowSession({ steps: ['document', 'selfie'] }));
        return realFetch(input, init);
      };
      const el = await fixture<VerilockFlow>(
        html`<verilock-flow lang=${code} session-token="vft_digits"></verilock-flow>`,
      );
      const heading = () => el.shadowRoot!.querySelector('h2')?.textContent?.trim();
      await waitUntil(() => heading() === t.introTitle('Ada'), 'intro', { timeout: 10000 });
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="primary-button"]')!.click();
      await waitUntil(() => heading() === t.consentTitle, 'consent', { timeout: 10000 });
      await el.updateComplete;
      const counter = el.shadowRoot!.querySelector('.progress-text')!.textContent!.trim();
      // "Step k of n" with k and n read back from the locale's digits.
      const [k, n] = [...counter.matchAll(new RegExp(`[${DIGITS[code]}]+`, 'g'))].map((m) =>
        Number([...m[0]].map((d) => DIGITS[code]!.indexOf(d)).join('')),
      );
      expect(k).to.be.greaterThan(0);
      expect(counter).to.equal(t.progress(k!, n!));
      const bar = el.shadowRoot!.querySelector('progress')!;
      expect([bar.value, bar.max]).to.deep.equal([k, n]);
      expect(bar.getAttribute('aria-valuetext')).to.equal(counter);
      expect(text(el.shadowRoot!)).to.not.match(/[0-9]/);
      el.remove();
    });
  }
});
