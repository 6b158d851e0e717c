import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { VerilockFlow } from '../../src/index.js';
import { FlowClient } from '../../src/api/client.js';
import type { ErrorCode } from '../../src/events/events.js';
import type { ClientFactory } from '../../src/session/session-controller.js';
import { flowSession, json } from './helpers.js';

const SESSION = flowSession({
  steps: ['document', 'selfie', 'face_match'],
  requirements: { ...flowSession().requirements, document_types: ['passport'], countries: ['FR'] },
});

/** The element's client, made by the element's factory, answering every API call with `reply`. */
let reply: () => Response | Promise<Response> = () => json(200, SESSION);
const createClient: ClientFactory = (options) =>
  new FlowClient({
    ...options,
    fetch: async (input: RequestInfo | URL) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.includes('/api/v1/flow/')) return reply();
      throw new Error(`unexpected request: ${url}`);
    },
  });
function stubFetch(answer: () => Response | Promise<Response>): void {
  reply = answer;
}

async function mount(token = 'vft_test_token'): Promise<VerilockFlow> {
  const el = await fixture<VerilockFlow>(
    html`<verilock-flow .createClient=${createClient} session-token=${token} lang="en"></verilock-flow>`,
  );
  return el;
}
const heading = (el: VerilockFlow) => el.shadowRoot!.querySelector('h2')?.textContent?.trim() ?? '';

describe('<verilock-flow> session errors', () => {
  const cases: [string, () => Response, ErrorCode, string][] = [
    [
      '401',
      () => json(401, { error: { code: 'token_invalid', message: 'x' } }),
      'token_invalid',
      'This link is not valid',
    ],
    [
      '410',
      () => json(410, { error: { code: 'token_expired', message: 'x' } }),
      'token_expired',
      'This link has expired',
    ],
    [
      '409',
      () => json(409, { error: { code: 'session_completed', message: 'x' } }),
      'session_completed',
      'Already submitted',
    ],
    [
      '500',
      () => json(500, { error: { code: 'server_error', message: 'x' } }),
      'server_error',
      'Our service is having trouble',
    ],
    ['not JSON', () => json(200, '<html>proxy error</html>'), 'bad_response', 'Unexpected reply'],
    ['wrong shape', () => json(200, { ...SESSION, steps: 'document' }), 'bad_response', 'Unexpected reply'],
    ['network down', () => Promise.reject(new TypeError('Failed to fetch')) as never, 'network', 'No connection'],
  ];
  for (const [name, reply, code, title] of cases) {
    it(`${name} → ${code} screen and event`, async () => {
      stubFetch(reply);
      const errors: string[] = [];
      const listener = (e: Event) => errors.push((e as CustomEvent).detail.code);
      document.addEventListener('verilock-error', listener);
      const el = await mount();
      await waitUntil(() => heading(el) === title, `expected "${title}", saw "${heading(el)}"`, { timeout: 5000 });
      document.removeEventListener('verilock-error', listener);
      expect(errors).to.deep.equal([code]);
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      expect(alert, 'errors go to role=alert').to.exist;
      expect(el.shadowRoot!.textContent).to.include(code);
      expect(el.shadowRoot!.textContent).to.not.include('vft_test_token');
    });
  }

  it('a malformed token never reaches the network', async () => {
    let called = false;
    stubFetch(() => {
      called = true;
      return json(200, SESSION);
    });
    const el = await mount('bad token with spaces');
    await waitUntil(() => heading(el) === 'This link is not valid');
    expect(called).to.equal(false);
  });

  it('recoverable errors offer a retry that reloads the session', async () => {
    let calls = 0;
    stubFetch(() =>
      ++calls === 1 ? json(503, { error: { code: 'server_error', message: 'x' } }) : json(200, SESSION),
    );
    const el = await mount();
    await waitUntil(() => heading(el) === 'Our service is having trouble');
    const retry = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Try again')!;
    retry.click();
    await waitUntil(() => heading(el).startsWith('Hi Ada'), 'intro after retry', { timeout: 5000 });
    expect(calls).to.equal(2);
  });

  it('fatal errors offer no retry and fire verilock-expired once', async () => {
    stubFetch(() => json(410, { error: { code: 'token_expired', message: 'x' } }));
    let expired = 0;
    const listener = () => expired++;
    document.addEventListener('verilock-expired', listener);
    const el = await mount();
    await waitUntil(() => heading(el) === 'This link has expired');
    document.removeEventListener('verilock-expired', listener);
    expect(expired).to.equal(1);
    const labels = [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent?.trim());
    expect(labels).to.not.include('Try again');
    expect(labels).to.not.include('Cancel');
  });

  it('expires mid-flow when expires_at passes', async () => {
    stubFetch(() => json(200, { ...SESSION, expires_at: new Date(Date.now() + 400).toISOString() }));
    const el = await mount();
    await waitUntil(() => heading(el).startsWith('Hi Ada'));
    const ev = oneEvent(el, 'verilock-expired');
    await ev;
    await waitUntil(() => heading(el) === 'This link has expired');
  });

  it('fires ready and step-change, focuses the heading, and cancels once', async () => {
    stubFetch(() => json(200, SESSION));
    const seen: string[] = [];
    const names = ['verilock-ready', 'verilock-step-change', 'verilock-cancel'];
    const listener = (e: Event) => seen.push(e.type);
    names.forEach((n) => document.addEventListener(n, listener));
    const el = await mount();
    await waitUntil(() => heading(el).startsWith('Hi Ada'));
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('H2');
    const buttons = () => [...el.shadowRoot!.querySelectorAll('button')];
    buttons()
      .find((b) => b.textContent?.trim() === 'Cancel')!
      .click();
    await el.updateComplete;
    // Confirmation first: nothing ends on one stray tap.
    expect(seen).to.not.include('verilock-cancel');
    buttons()
      .find((b) => b.textContent?.trim() === 'Cancel' && b.getAttribute('part') === 'primary-button')!
      .click();
    await waitUntil(() => heading(el) === 'Verification stopped');
    el.cancel();
    names.forEach((n) => document.removeEventListener(n, listener));
    expect(seen.filter((n) => n === 'verilock-cancel')).to.have.length(1);
    expect(seen[0]).to.equal('verilock-step-change');
    expect(seen).to.include('verilock-ready');
  });
});
