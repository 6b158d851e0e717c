import { expect } from '@open-wc/testing';
import { FlowSession } from '../api/schemas.js';
import { FlowError, networkError } from '../api/errors.js';
import { flowSession } from '../../test/browser/helpers.js';
import { PRELOADED_SESSION_ID, takePreloadedSession } from './preloaded-session.js';
import { SessionController, type SessionClient } from './session-controller.js';

const TOKEN = `vft_${'a'.repeat(32)}`;
const SESSION = flowSession({ id: 'ses_1', status: 'created', steps: ['selfie'] });

/** Puts the page's JSON element in the document, as the hosted page carries it. */
function servePage(text: string, type = 'application/json'): HTMLScriptElement {
  document.getElementById(PRELOADED_SESSION_ID)?.remove();
  const el = document.createElement('script');
  el.type = type;
  el.id = PRELOADED_SESSION_ID;
  el.text = text;
  document.body.append(el);
  return el;
}

const page = (data: unknown): HTMLScriptElement => servePage(JSON.stringify(data));

describe('takePreloadedSession', () => {
  afterEach(() => document.getElementById(PRELOADED_SESSION_ID)?.remove());

  it('gives the session the page came with, once: its element is removed', () => {
    const el = page({ token: TOKEN, session: SESSION });
    const session = takePreloadedSession(TOKEN);
    expect(session?.id).to.equal('ses_1');
    expect(session?.parent_origins, 'schema defaults applied').to.deep.equal([]);
    expect(el.isConnected).to.equal(false);
    expect(takePreloadedSession(TOKEN)).to.equal(null);
  });

  it('is null without the element, and for anything that is not a valid, current session of this token', () => {
    expect(takePreloadedSession(TOKEN)).to.equal(null);
    const refused: [string, () => unknown][] = [
      ['another token', () => page({ token: `vft_${'b'.repeat(32)}`, session: SESSION })],
      ['no token', () => page({ session: SESSION })],
      ['not JSON', () => servePage('{"token":')],
      ['JSON null', () => servePage('null')],
      ['not a flow session', () => page({ token: TOKEN, session: { ...SESSION, steps: 'selfie' } })],
      ['an unknown status', () => page({ token: TOKEN, session: { ...SESSION, status: 'hacked' } })],
      ['expired', () => page({ token: TOKEN, session: { ...SESSION, expires_at: '2020-01-01T00:00:00Z' } })],
      ['an element of another type', () => servePage(JSON.stringify({ token: TOKEN, session: SESSION }), 'text/plain')],
    ];
    for (const [why, serve] of refused) {
      serve();
      expect(takePreloadedSession(TOKEN), why).to.equal(null);
    }
  });
});

describe('SessionController with a preloaded session', () => {
  afterEach(() => document.getElementById(PRELOADED_SESSION_ID)?.remove());

  /** A controller whose client answers getSession with `reply`; records the calls and outcomes. */
  function setUp(reply: () => Promise<FlowSession>) {
    const seen = { gets: 0, loaded: [] as string[], failed: [] as string[] };
    const host = { addController: () => undefined, removeController: () => undefined } as never;
    const controller = new SessionController(host, {
      loaded: (s) => seen.loaded.push(`${s.id}:${s.status}`),
      failed: (e) => seen.failed.push(e.code),
      completed: () => undefined,
      stopped: () => undefined,
    });
    controller.createClient = () =>
      ({
        getSession: () => {
          seen.gets++;
          return reply();
        },
      }) as unknown as SessionClient;
    return { controller, seen };
  }

  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('shows the page’s session without waiting for the API, then asks the API once and keeps its reply', async () => {
    page({ token: TOKEN, session: SESSION });
    let answer: (s: FlowSession) => void = () => undefined;
    const { controller, seen } = setUp(() => new Promise((r) => (answer = r)));
    controller.start('', TOKEN, () => undefined);
    await settle();
    expect(seen.loaded).to.deep.equal(['ses_1:created']);
    expect(seen.gets).to.equal(1);
    answer(FlowSession.parse({ ...SESSION, status: 'in_progress' }));
    await settle();
    expect(controller.session?.status).to.equal('in_progress');
    expect(seen.loaded, 'loaded once').to.deep.equal(['ses_1:created']);
    controller.stop();
  });

  it('a fatal answer to that request ends the flow; a network failure leaves the page’s session in use', async () => {
    page({ token: TOKEN, session: SESSION });
    const fatal = setUp(() => Promise.reject(new FlowError('session_completed', 'done')));
    fatal.controller.start('', TOKEN, () => undefined);
    await settle();
    expect(fatal.seen.failed).to.deep.equal(['session_completed']);
    expect(fatal.controller.ended).to.equal(true);

    page({ token: TOKEN, session: SESSION });
    const offline = setUp(() => Promise.reject(networkError('offline')));
    offline.controller.start('', TOKEN, () => undefined);
    await settle();
    expect(offline.seen.failed).to.deep.equal([]);
    expect(offline.controller.session?.id).to.equal('ses_1');
    offline.controller.stop();
  });

  it('without a page session (or for another token) it waits for the API as before', async () => {
    page({ token: `vft_${'c'.repeat(32)}`, session: SESSION });
    const { controller, seen } = setUp(() => Promise.resolve(FlowSession.parse({ ...SESSION, status: 'in_progress' })));
    controller.start('', TOKEN, () => undefined);
    await settle();
    expect(seen.gets).to.equal(1);
    expect(seen.loaded).to.deep.equal(['ses_1:in_progress']);
    controller.stop();
  });
});
