/**
 * Resume after a reload: the widget keeps no images and no state in storage, so a reloaded page picks
 * up from the captures the server already holds (a capture is never lost). Built widget in Chromium with a fake
 * camera, against the real reference backend.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { createSession, DOC_SELFIE_PROFILE, getSession } from './helpers.js';

const SIDES = {
  document_front: ['Front of your document', 'Check the front'],
  document_back: ['Back of your document', 'Check the back'],
  selfie: ['Take a selfie', 'Check your selfie'],
} as const;

async function newSession(request: Parameters<typeof createSession>[0], baseURL: string | undefined) {
  return createSession(request, {
    profile_id: DOC_SELFIE_PROFILE,
    applicant_name: 'Jean Dupont',
    redirect_url: `${baseURL}/demo/done.html`,
  });
}

async function chooseFrenchIdCard(flow: Locator): Promise<void> {
  await expect(flow.getByRole('heading', { name: 'Choose your document' })).toBeVisible();
  await flow.getByLabel('Issuing country').selectOption('FR');
  await flow.getByLabel('Identity card').check();
  await flow.getByRole('button', { name: 'Continue' }).click();
}

async function startToFront(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  const flow = page.locator('verilock-flow');
  await flow.getByRole('button', { name: 'Start' }).click();
  await flow.getByRole('button', { name: 'I agree' }).click();
  await chooseFrenchIdCard(flow);
  await expect(flow.getByRole('heading', { name: SIDES.document_front[0] })).toBeVisible();
  return flow;
}

/** Manual shutter (or the selfie's auto-capture, whichever comes first), then "Use this photo". */
async function shootAndConfirm(flow: Locator, kind: keyof typeof SIDES): Promise<void> {
  const [title, check] = SIDES[kind];
  await expect(flow.getByRole('heading', { name: title })).toBeVisible();
  const shutter = flow.getByRole('button', { name: 'Take photo' });
  const review = flow.getByRole('heading', { name: check });
  await expect
    .poll(async () => (await review.isVisible()) || (await shutter.isEnabled({ timeout: 100 }).catch(() => false)))
    .toBe(true);
  if (!(await review.isVisible())) {
    const handle = await shutter.elementHandle({ timeout: 500 }).catch(() => null);
    await handle?.click({ timeout: 2_000 }).catch(() => {});
  }
  await expect(review).toBeVisible();
  await flow.getByRole('button', { name: 'Use this photo' }).click();
}

async function expectRedirected(page: Page, sessionId: string): Promise<void> {
  await page.waitForURL(/\/demo\/done\.html/, { timeout: 30_000 });
  const url = new URL(page.url());
  expect(url.searchParams.get('verilock_session_id')).toBe(sessionId);
  expect(url.searchParams.get('verilock_status')).toBe('processing');
}

/** Capture rows in the backend's store, superseded ones included, per kind. */
function storedRows(sessionId: string): Record<string, number> {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error('E2E_DATA_DIR is not set (playwright.config.ts sets it)');
  const db = new Database(join(dir, 'verilock.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare('SELECT kind, COUNT(*) AS n FROM captures WHERE session_id = ? GROUP BY kind')
      .all(sessionId) as { kind: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
  } finally {
    db.close();
  }
}

/** Kinds of the POSTs to /captures the page made, in order (read through a pass-through route: only an
 * intercepted request exposes its multipart body). */
async function watchUploads(page: Page): Promise<string[]> {
  const kinds: string[] = [];
  await page.route('**/api/v1/flow/captures', (route) => {
    const r = route.request();
    if (r.method() === 'POST')
      kinds.push(
        r
          .postDataBuffer()
          ?.toString('latin1')
          .match(/name="kind"\r\n\r\n([a-z_]+)/)?.[1] ?? '?',
      );
    return route.fallback();
  });
  return kinds;
}

const frontOnServer = async (request: Parameters<typeof getSession>[0], id: string) =>
  (await getSession(request, id)).captures.map((c: { kind: string }) => c.kind);

test.describe('resume after a reload', () => {
  test('reload after the front was uploaded: resumes at the back and completes, front not sent again', async ({
    page,
    request,
    baseURL,
  }) => {
    const session = await newSession(request, baseURL);
    const uploads = await watchUploads(page);
    const flow = await startToFront(page, session.session_url);
    await shootAndConfirm(flow, 'document_front');
    await expect.poll(() => frontOnServer(request, session.id)).toEqual(['document_front']);
    const frontId = (await getSession(request, session.id)).captures[0].id;

    await page.reload();
    await expect(flow.getByRole('heading', { name: /verify your identity/i })).toBeVisible();
    await flow.getByRole('button', { name: 'Start' }).click();
    // Consent is per page view: asked again before any biometric capture.
    await flow.getByRole('button', { name: 'I agree' }).click();
    // Today the document type is asked again (see the fixme below); either way the next capture is the back.
    const back = flow.getByRole('heading', { name: SIDES.document_back[0] });
    await expect(back.or(flow.getByRole('heading', { name: 'Choose your document' }))).toBeVisible();
    if (!(await back.isVisible())) await chooseFrenchIdCard(flow);
    await expect(back).toBeVisible();
    await expect(flow.getByText('Step 5 of 7')).toBeVisible(); // intro, consent, choice, front, back, selfie, done

    await shootAndConfirm(flow, 'document_back');
    await shootAndConfirm(flow, 'selfie');
    await expectRedirected(page, session.id);

    expect(uploads).toEqual(['document_front', 'document_back', 'selfie']);
    const stored = await getSession(request, session.id);
    expect(stored.status).toBe('processing');
    expect(stored.captures.map((c: { kind: string }) => c.kind).sort()).toEqual([
      'document_back',
      'document_front',
      'selfie',
    ]);
    expect(stored.captures.find((c: { kind: string }) => c.kind === 'document_front').id).toBe(frontId);
    expect(storedRows(session.id)).toEqual({ document_front: 1, document_back: 1, selfie: 1 });
  });

  // BUG (contract + server, src/api/schemas.ts FlowSession / demo/server/service.ts flowSession): the flow
  // session reply has no `document_type`, although the step machine reads `session.document_type` on
  // SESSION_LOADED to resume after a stored front. So after a reload the applicant must choose the
  // document again, and may choose a different one than the front on the server: e.g. "Passport" skips
  // the back, and /complete then fails with 422 captures_missing (the server reads the type from the
  // front's meta), shown as a server_error screen that "Try again" cannot clear.
  test('reload after the front: goes from consent straight to the back (document type kept)', async ({
    page,
    request,
    baseURL,
  }) => {
    const session = await newSession(request, baseURL);
    const flow = await startToFront(page, session.session_url);
    await shootAndConfirm(flow, 'document_front');
    await expect.poll(() => frontOnServer(request, session.id)).toEqual(['document_front']);
    await page.reload();
    await flow.getByRole('button', { name: 'Start' }).click();
    await flow.getByRole('button', { name: 'I agree' }).click();
    await expect(flow.getByRole('heading', { name: SIDES.document_back[0] })).toBeVisible();
    await shootAndConfirm(flow, 'document_back');
    await shootAndConfirm(flow, 'selfie');
    await expectRedirected(page, session.id);
  });

  test('reload after both sides: resumes at the selfie', async ({ page, request, baseURL }) => {
    const session = await newSession(request, baseURL);
    const uploads = await watchUploads(page);
    const flow = await startToFront(page, session.session_url);
    await shootAndConfirm(flow, 'document_front');
    await shootAndConfirm(flow, 'document_back');
    await expect
      .poll(async () => (await frontOnServer(request, session.id)).sort())
      .toEqual(['document_back', 'document_front']);

    await page.reload();
    await flow.getByRole('button', { name: 'Start' }).click();
    await flow.getByRole('button', { name: 'I agree' }).click();
    const selfie = flow.getByRole('heading', { name: SIDES.selfie[0] });
    await expect(selfie.or(flow.getByRole('heading', { name: 'Choose your document' }))).toBeVisible();
    if (!(await selfie.isVisible())) await chooseFrenchIdCard(flow);
    await shootAndConfirm(flow, 'selfie');
    await expectRedirected(page, session.id);
    expect(uploads).toEqual(['document_front', 'document_back', 'selfie']);
    expect(storedRows(session.id)).toEqual({ document_front: 1, document_back: 1, selfie: 1 });
  });

  test('reload while the front is still uploading: the unsent front is asked again, stored once', async ({
    page,
    request,
    baseURL,
  }) => {
    const session = await newSession(request, baseURL);
    // The first upload hangs: never answered, so it is still in flight when the page reloads.
    let held = 0;
    await page.route('**/api/v1/flow/captures', async (route) => {
      if (route.request().method() === 'POST' && held === 0) {
        held++;
        return;
      }
      await route.continue();
    });
    const flow = await startToFront(page, session.session_url);
    await shootAndConfirm(flow, 'document_front');
    await expect.poll(() => held).toBe(1);
    expect(await frontOnServer(request, session.id)).toEqual([]);

    await page.reload();
    await flow.getByRole('button', { name: 'Start' }).click();
    await flow.getByRole('button', { name: 'I agree' }).click();
    await chooseFrenchIdCard(flow);
    for (const kind of ['document_front', 'document_back', 'selfie'] as const) await shootAndConfirm(flow, kind);
    await expectRedirected(page, session.id);
    expect(storedRows(session.id)).toEqual({ document_front: 1, document_back: 1, selfie: 1 });
  });
});
