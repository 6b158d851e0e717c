/**
 * Resume after a reload: the widget keeps no images and no state in storage, so a reloaded page picks
 * up from the captures the server already holds (a capture is never lost). Built widget in Chromium with a fake
 * camera, against the real reference backend.
 */
import { expect } from '@playwright/test';
import {
  capturedKinds,
  chooseFrenchIdCard,
  expectRedirected,
  getSession,
  intercept,
  openToFront,
  SIDES,
  shootAll,
  shootAndConfirm,
  storedRows,
  test,
} from './helpers.js';

test.describe('resume after a reload', () => {
  test('reload after the front was uploaded: resumes at the back and completes, front not sent again', async ({
    page,
    request,
    session,
  }) => {
    const uploads = await intercept(page, 'captures');
    const flow = await openToFront(page, session.session_url);
    await shootAndConfirm(flow, 'document_front');
    await expect.poll(() => capturedKinds(request, session.id)).toEqual(['document_front']);
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

    expect(uploads.attempts.map((a) => a.kind)).toEqual(['document_front', 'document_back', 'selfie']);
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
    session,
  }) => {
    const flow = await openToFront(page, session.session_url);
    await shootAndConfirm(flow, 'document_front');
    await expect.poll(() => capturedKinds(request, session.id)).toEqual(['document_front']);
    await page.reload();
    await flow.getByRole('button', { name: 'Start' }).click();
    await flow.getByRole('button', { name: 'I agree' }).click();
    await expect(flow.getByRole('heading', { name: SIDES.document_back[0] })).toBeVisible();
    await shootAndConfirm(flow, 'document_back');
    await shootAndConfirm(flow, 'selfie');
    await expectRedirected(page, session.id);
  });

  test('reload after both sides: resumes at the selfie', async ({ page, request, session }) => {
    const uploads = await intercept(page, 'captures');
    const flow = await openToFront(page, session.session_url);
    await shootAndConfirm(flow, 'document_front');
    await shootAndConfirm(flow, 'document_back');
    await expect
      .poll(async () => (await capturedKinds(request, session.id)).sort())
      .toEqual(['document_back', 'document_front']);

    await page.reload();
    await flow.getByRole('button', { name: 'Start' }).click();
    await flow.getByRole('button', { name: 'I agree' }).click();
    const selfie = flow.getByRole('heading', { name: SIDES.selfie[0] });
    await expect(selfie.or(flow.getByRole('heading', { name: 'Choose your document' }))).toBeVisible();
    if (!(await selfie.isVisible())) await chooseFrenchIdCard(flow);
    await shootAndConfirm(flow, 'selfie');
    await expectRedirected(page, session.id);
    expect(uploads.attempts.map((a) => a.kind)).toEqual(['document_front', 'document_back', 'selfie']);
    expect(storedRows(session.id)).toEqual({ document_front: 1, document_back: 1, selfie: 1 });
  });

  test('reload while the front is still uploading: the unsent front is asked again, stored once', async ({
    page,
    request,
    session,
  }) => {
    // The first upload hangs: never answered, so it is still in flight when the page reloads.
    const uploads = await intercept(page, 'captures', ({ n }) => n === 1);
    const flow = await openToFront(page, session.session_url);
    await shootAndConfirm(flow, 'document_front');
    await expect.poll(() => uploads.attempts.length).toBe(1);
    expect(await capturedKinds(request, session.id)).toEqual([]);

    await page.reload();
    await flow.getByRole('button', { name: 'Start' }).click();
    await flow.getByRole('button', { name: 'I agree' }).click();
    await chooseFrenchIdCard(flow);
    await shootAll(flow);
    await expectRedirected(page, session.id);
    expect(storedRows(session.id)).toEqual({ document_front: 1, document_back: 1, selfie: 1 });
  });
});
