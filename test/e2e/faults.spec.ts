/**
 * Fault injection on the whole flow: the built widget in Chromium with a fake camera, against the real
 * reference backend. `page.route` sits between the page and the backend on the flow API and breaks
 * chosen requests (dropped connection, 500/503, 429 with Retry-After, a hung request, malformed JSON,
 * 415, 410); every other request is forwarded to the real server.
 *
 * After each fault the test checks that the applicant could still finish (or, for expiry, got the
 * right screen), and that nothing was lost or doubled:
 * - the session detail (server API) holds exactly one capture per kind;
 * - the SQLite store holds exactly one capture row per kind, superseded rows included;
 * - per kind, exactly one Idempotency-Key got a fresh (not replayed) 201 from the server.
 * No test asserts a wall-clock time.
 */
import { expect, type APIRequestContext, type Route } from '@playwright/test';
import {
  countEvents,
  createSession,
  expectRedirected,
  getSession,
  intercept,
  openToFront,
  recordEvents,
  SIDES,
  shootAll,
  shootAndConfirm,
  storedRows,
  test,
  type Interceptor,
} from './helpers.js';

const FIXTURE_JPEG = 'test/fixtures/jscanify_test10_form.jpg';
const KINDS = ['document_back', 'document_front', 'selfie'];

const jsonError = (status: number, code: string, headers: Record<string, string> = {}) => ({
  status,
  contentType: 'application/json',
  headers,
  body: JSON.stringify({ error: { code, message: `injected ${status}` } }),
});

/**
 * Nothing lost, nothing doubled: one active capture per expected kind on the server, one stored row per
 * kind (so no retry was ever stored twice), and per kind a single key that got a fresh 201.
 */
async function expectExactlyOnce(
  request: APIRequestContext,
  sessionId: string,
  log: Interceptor,
  kinds: string[] = KINDS,
): Promise<Record<string, any>> {
  const stored = await getSession(request, sessionId);
  expect(stored.captures.map((c: { kind: string }) => c.kind).sort()).toEqual([...kinds].sort());
  expect(storedRows(sessionId)).toEqual(Object.fromEntries(kinds.map((k) => [k, 1])));
  for (const kind of kinds) {
    const fresh = log.reached.filter((r) => r.kind === kind && r.status === 201 && !r.replayed);
    expect(fresh, `fresh 201s for ${kind}`).toHaveLength(1);
    // Any further 201 for this kind is a replay of the same key (the retry of a reply that was lost).
    const keys = new Set(log.reached.filter((r) => r.kind === kind && r.status === 201).map((r) => r.key));
    expect([...keys], `keys acknowledged for ${kind}`).toEqual([fresh[0]!.key]);
  }
  return stored;
}

test.describe('faults on the flow API', () => {
  test('network dropped while the front uploads: reply lost, retried under the same key once back online', async ({
    page,
    context,
    request,
    session,
    events,
  }) => {
    let dropped = false;
    const log = await intercept(page, 'captures', async ({ kind, route, forward }) => {
      if (kind !== 'document_front' || dropped) return false;
      dropped = true;
      await forward(); // the server stores it…
      await context.setOffline(true); // …and the connection drops before the reply arrives
      await route.abort('internetdisconnected');
      return true;
    });
    const flow = await openToFront(page, session.session_url);
    await shootAll(flow); // the camera keeps working offline; back and selfie wait behind the front

    await expect(flow.getByRole('heading', { name: 'Sending your photos' })).toBeVisible();
    await expect(flow.getByText('You are offline. Sending will resume when the connection is back.')).toBeVisible();
    expect(log.attempts.map((a) => a.kind)).toEqual(['document_front']); // nothing tried while offline
    await context.setOffline(false);

    await expectRedirected(page, session.id);
    const front = log.reached.filter((r) => r.kind === 'document_front');
    expect(front.map((r) => [r.status, r.replayed])).toEqual([
      [201, false],
      [201, true],
    ]);
    expect(new Set(front.map((r) => r.key)).size).toBe(1);
    await expectExactlyOnce(request, session.id, log);
    expect(countEvents(events, 'verilock-complete')).toBe(1);
    // The dropped network may also cut the model download: then only the non-fatal vision notice.
    expect(
      events.filter((e) => e.name === 'verilock-error').filter((e) => e.detail.code !== 'vision_unavailable'),
    ).toEqual([]);
  });

  test('500 and 503 for a while, then success: retried with backoff, stored once', async ({
    page,
    request,
    session,
    events,
  }) => {
    const log = await intercept(page, 'captures', ({ kind, nOfKind, route }) => {
      if (kind === 'document_front' && nOfKind <= 2) {
        void route.fulfill(jsonError(nOfKind === 1 ? 500 : 503, nOfKind === 1 ? 'internal_error' : 'unavailable'));
        return true;
      }
      if (kind === 'document_back' && nOfKind === 1) {
        void route.fulfill(jsonError(503, 'unavailable'));
        return true;
      }
      return false;
    });
    const flow = await openToFront(page, session.session_url);
    await shootAll(flow);
    await expectRedirected(page, session.id);

    // Every retry of an item reuses its key.
    for (const kind of KINDS)
      expect(new Set(log.attempts.filter((a) => a.kind === kind).map((a) => a.key)).size).toBe(1);
    expect(log.attempts.filter((a) => a.kind === 'document_front')).toHaveLength(3);
    expect(log.attempts.filter((a) => a.kind === 'document_back')).toHaveLength(2);
    await expectExactlyOnce(request, session.id, log);
    expect(countEvents(events, 'verilock-error')).toBe(0); // retryable failures stay in the background
    expect(countEvents(events, 'verilock-complete')).toBe(1);
  });

  test('429 with Retry-After: 1 twice, then success', async ({ page, request, session, events }) => {
    const log = await intercept(page, 'captures', ({ kind, nOfKind, route }) => {
      if (kind !== 'selfie' || nOfKind > 2) return false;
      void route.fulfill(jsonError(429, 'rate_limited', { 'Retry-After': '1' }));
      return true;
    });
    const flow = await openToFront(page, session.session_url);
    await shootAll(flow);
    await expect(flow.getByRole('heading', { name: 'Sending your photos' })).toBeVisible();
    await expectRedirected(page, session.id);

    const selfie = log.attempts.filter((a) => a.kind === 'selfie');
    expect(selfie).toHaveLength(3);
    expect(new Set(selfie.map((a) => a.key)).size).toBe(1);
    await expectExactlyOnce(request, session.id, log);
    expect(countEvents(events, 'verilock-error')).toBe(0);
  });

  test('a hung upload holds the queue (one at a time); when it fails the capture is retried and nothing is lost', async ({
    page,
    request,
    session,
    events,
  }) => {
    let release: () => void = () => {};
    const released = new Promise<void>((r) => (release = r));
    const log = await intercept(page, 'captures', async ({ kind, nOfKind, route }) => {
      if (kind !== 'document_front' || nOfKind !== 1) return false;
      // Never answered: stands in for a request that hangs until the client's 30 s timeout.
      await released;
      await route.abort('timedout');
      return true;
    });
    const flow = await openToFront(page, session.session_url);
    await shootAndConfirm(flow, 'document_front');
    await shootAndConfirm(flow, 'document_back');
    await expect(flow.getByRole('heading', { name: 'Take a selfie' })).toBeVisible();
    // The back waits behind the hung front: uploads are strictly one at a time.
    expect(log.attempts.map((a) => a.kind)).toEqual(['document_front']);
    release();
    await shootAndConfirm(flow, 'selfie');
    await expectRedirected(page, session.id);

    expect(log.attempts.map((a) => a.kind)).toEqual(['document_front', 'document_front', 'document_back', 'selfie']);
    expect(log.attempts[0]!.key).toBe(log.attempts[1]!.key);
    await expectExactlyOnce(request, session.id, log);
    expect(countEvents(events, 'verilock-error')).toBe(0);
  });

  test('server unreachable (connection refused) for three attempts, then back', async ({ page, request, session }) => {
    const log = await intercept(page, 'captures', ({ n, route }) => {
      if (n > 3) return false;
      void route.abort('connectionrefused');
      return true;
    });
    const flow = await openToFront(page, session.session_url);
    await shootAll(flow);
    await expectRedirected(page, session.id);
    await expectExactlyOnce(request, session.id, log);
  });

  test('/complete answered with malformed JSON, then a schema-violating reply, then 500: each its screen, "Try again" each time, then it finishes', async ({
    page,
    request,
    session,
    events,
  }) => {
    // One walk to the end of the flow, then three broken replies in a row (each used to take a walk of its own).
    const replies: Parameters<Route['fulfill']>[0][] = [
      { status: 200, contentType: 'application/json', body: '{"id": "ses_' },
      { status: 200, contentType: 'application/json', body: JSON.stringify({ id: 42, status: 'finished' }) },
      jsonError(500, 'internal_error'),
    ];
    const captures = await intercept(page, 'captures');
    const complete = await intercept(page, 'complete', ({ nOfKind, route }) => {
      const reply = replies[nOfKind - 1];
      if (!reply) return false;
      void route.fulfill(reply);
      return true;
    });
    const errors = () => events.filter((e) => e.name === 'verilock-error').map((e) => e.detail);
    const flow = await openToFront(page, session.session_url);
    await shootAll(flow);

    const alert = flow.getByRole('alert');
    await expect(alert.getByRole('heading', { name: 'Unexpected reply' })).toBeVisible();
    await expect(alert.getByRole('heading', { name: 'Unexpected reply' })).toBeFocused();
    expect(errors()).toEqual([{ code: 'bad_response', category: 'server', recoverable: true, step: 'uploading' }]);
    expect((await getSession(request, session.id)).status).not.toBe('processing');
    await flow.getByRole('button', { name: 'Try again' }).click();

    await expect.poll(() => errors().length).toBe(2);
    expect(errors()[1]).toEqual({ code: 'bad_response', category: 'server', recoverable: true, step: 'uploading' });
    await expect(alert.getByRole('heading', { name: 'Unexpected reply' })).toBeVisible();
    await flow.getByRole('button', { name: 'Try again' }).click();

    await expect(alert.getByRole('heading', { name: 'Our service is having trouble' })).toBeVisible();
    expect(errors()).toHaveLength(3);
    expect((await getSession(request, session.id)).status).not.toBe('processing');
    await flow.getByRole('button', { name: 'Try again' }).click();

    await expectRedirected(page, session.id);
    expect(complete.attempts).toHaveLength(4);
    await expectExactlyOnce(request, session.id, captures);
    expect(countEvents(events, 'verilock-complete')).toBe(1);
  });

  // BUG (flow shell, src/components/flow/flow.component.ts #finish/#renderError): a capture whose 2xx reply
  // is malformed JSON is left `rejected` in the upload queue with `bad_response`. The error screen offers
  // "Try again", which only re-enters `uploading`; #finish then calls queue.whenSettled(), finds the same
  // rejected item and shows the same screen again: UploadQueue.retry(id) is never called and no retake is
  // offered for bad_response, so the applicant can never finish (the capture did reach the server).
  test('malformed JSON from /captures: sent again once by itself, then the bad_response screen; "Try again" re-sends and finishes', async ({
    page,
    request,
    session,
    events,
  }) => {
    // The first two replies for the back are garbled: the upload screen sends it again once by itself,
    // then shows the error; the applicant's "Try again" sends it a third time.
    const log = await intercept(page, 'captures', async ({ kind, nOfKind, route, forward }) => {
      if (kind !== 'document_back' || nOfKind > 2) return false;
      await forward(); // stored on the server; the reply is then mangled on the way back
      await route.fulfill({ status: 201, contentType: 'application/json', body: '{"id":"cap_' });
      return true;
    });
    const flow = await openToFront(page, session.session_url);
    await shootAll(flow);
    await expect(flow.getByRole('alert').getByRole('heading', { name: 'Unexpected reply' })).toBeVisible();
    expect(events.filter((e) => e.name === 'verilock-error').map((e) => e.detail.code)).toEqual(['bad_response']);
    await flow.getByRole('button', { name: 'Try again' }).click();
    await expectRedirected(page, session.id);
    await expectExactlyOnce(request, session.id, log);
  });

  test('415 for the back: upload_rejected screen, "Retake" goes to the back, then finishes', async ({
    page,
    request,
    session,
    events,
  }) => {
    const log = await intercept(page, 'captures', ({ kind, nOfKind, route }) => {
      if (kind !== 'document_back' || nOfKind !== 1) return false;
      void route.fulfill(jsonError(415, 'unsupported_media_type'));
      return true;
    });
    const flow = await openToFront(page, session.session_url);
    await shootAll(flow);

    const alert = flow.getByRole('alert');
    await expect(alert.getByRole('heading', { name: 'A photo was not accepted' })).toBeVisible();
    expect(events.filter((e) => e.name === 'verilock-error').map((e) => e.detail)).toEqual([
      { code: 'upload_rejected', category: 'server', recoverable: true, step: 'uploading' },
    ]);
    await flow.getByRole('button', { name: 'Retake' }).click();
    await shootAndConfirm(flow, 'document_back');
    await expectRedirected(page, session.id);

    const backs = log.attempts.filter((a) => a.kind === 'document_back');
    expect(backs).toHaveLength(2);
    expect(backs[0]!.key).not.toBe(backs[1]!.key); // a retake is a new capture with a new key
    await expectExactlyOnce(request, session.id, log);
    expect(events.filter((e) => e.name === 'verilock-capture').map((e) => [e.detail.kind, e.detail.attempt])).toEqual([
      ['document_front', 1],
      ['document_back', 1],
      ['selfie', 1],
      ['document_back', 2],
    ]);
    expect(countEvents(events, 'verilock-complete')).toBe(1);
  });

  test('session expires mid-flow (410): expired screen, verilock-expired once, the front already sent is kept', async ({
    page,
    request,
    session,
    events,
  }) => {
    const log = await intercept(page, 'captures');
    const flow = await openToFront(page, session.session_url);
    await shootAndConfirm(flow, 'document_front');
    await expect.poll(async () => (await getSession(request, session.id)).captures.length).toBe(1);

    // From now on the backend says the token expired, on every flow endpoint.
    let expiredReplies = 0;
    await page.route('**/api/v1/flow/**', (route) => {
      expiredReplies++;
      return route.fulfill(jsonError(410, 'session_expired'));
    });
    await shootAndConfirm(flow, 'document_back');

    const alert = flow.getByRole('alert');
    await expect(alert.getByRole('heading', { name: 'This link has expired' })).toBeVisible();
    await expect(flow.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await expect(flow.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
    await expect(flow.locator('video')).toHaveCount(0); // the camera step is gone
    expect(expiredReplies).toBe(1); // the queue stopped: no retry against an expired session
    // Give any stray late event a moment to surface before counting.
    await page.waitForTimeout(500);
    expect(countEvents(events, 'verilock-expired')).toBe(1);
    expect(events.find((e) => e.name === 'verilock-expired')!.detail).toEqual({ session_id: session.id });
    expect(events.filter((e) => e.name === 'verilock-error').map((e) => e.detail)).toEqual([
      { code: 'token_expired', category: 'authentication', recoverable: false, step: null },
    ]);
    expect(countEvents(events, 'verilock-complete')).toBe(0);
    await expectExactlyOnce(request, session.id, log, ['document_front']);
  });
});

test.describe('camera denied', () => {
  test.use({ permissions: [] });

  test('the document is completed by file upload; a non-image and an oversized file get their messages', async ({
    page,
    request,
    baseURL,
  }) => {
    await page.addInitScript(() => {
      const deny = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
      Object.defineProperty(navigator.mediaDevices, 'getUserMedia', { value: deny, configurable: true });
    });
    const events = await recordEvents(page);
    const session = await createSession(request, {
      type: 'kyc',
      steps: ['document'],
      applicant: { first_name: 'Ana', last_name: 'Lima' },
      redirect_url: `${baseURL}/demo/done.html`,
    });
    const log = await intercept(page, 'captures');
    await page.goto(session.session_url);
    const flow = page.locator('verilock-flow');
    await flow.getByRole('button', { name: 'Start' }).click();
    await flow.getByLabel('Issuing country').selectOption('PT');
    await flow.getByLabel('Driving licence').check();
    await flow.getByRole('button', { name: 'Continue' }).click();

    await expect(flow.getByRole('heading', { name: 'Front of your document' })).toBeVisible();
    await expect(flow.getByRole('alert').getByRole('heading', { name: 'Camera access is blocked' })).toBeVisible();
    await expect(flow.getByRole('button', { name: 'Take photo' })).toBeHidden(); // no shutter without a camera
    expect(events.filter((e) => e.name === 'verilock-error').map((e) => e.detail.code)).toContain('camera_not_allowed');

    const input = flow.locator('input[type=file]');
    await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo\n') });
    await expect(flow.getByRole('alert').filter({ hasText: 'This file is not a photo or a PDF' })).toBeVisible();

    const big = Buffer.alloc(11 * 1024 * 1024);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    await input.setInputFiles({ name: 'huge.jpg', mimeType: 'image/jpeg', buffer: big });
    await expect(
      flow.getByRole('alert').filter({ hasText: 'This file is too large. Choose an image under 10 MB.' }),
    ).toBeVisible();

    for (const [title, check] of [SIDES.document_front, SIDES.document_back]) {
      await expect(flow.getByRole('heading', { name: title })).toBeVisible();
      await flow.locator('input[type=file]').setInputFiles(FIXTURE_JPEG);
      await expect(flow.getByRole('heading', { name: check })).toBeVisible();
      await flow.getByRole('button', { name: 'Use this photo' }).click();
    }
    await expectRedirected(page, session.id);
    const stored = await expectExactlyOnce(request, session.id, log, ['document_back', 'document_front']);
    for (const c of stored.captures) expect(c.bytes).toBeLessThanOrEqual(500_000);
    expect(countEvents(events, 'verilock-complete')).toBe(1);
  });
});

test.describe('asset delivery', () => {
  // /sdk/mediapipe/ files carry a content hash in their names and are immutable: the idle prefetch fills the
  // HTTP cache and the real load takes them from it instead of downloading 2 MB again.
  test('the MediaPipe runtime and models are downloaded at most once per flow', async ({ page, session }) => {
    const downloads = new Map<string, number>();
    // Counts bodies that came over the wire: a revalidated copy (304) is reported as 200 with an empty body.
    const pending: Promise<void>[] = [];
    page.on('response', (res) => {
      const path = new URL(res.url()).pathname;
      if (!path.startsWith('/sdk/mediapipe/') || res.status() !== 200) return;
      pending.push(
        res.finished().then(async () => {
          if ((await res.request().sizes()).responseBodySize > 0) downloads.set(path, (downloads.get(path) ?? 0) + 1);
        }),
      );
    });
    const flow = await openToFront(page, session.session_url);
    await shootAll(flow);
    await expectRedirected(page, session.id);
    await Promise.all(pending);
    expect(
      [...downloads.keys()].some((p) => /^\/sdk\/mediapipe\/wasm\/vision_wasm_internal-[\w-]{8}\.wasm$/.test(p)),
    ).toBe(true);
    expect(Object.fromEntries([...downloads].filter(([, n]) => n > 1))).toEqual({});
  });
});
