import { expect } from '@playwright/test';
import {
  countEvents,
  createDocSelfieSession,
  createSession,
  expectRedirected,
  getSession,
  shot,
  test,
  walkDocumentAndSelfie,
  watchForeignRequests,
} from './helpers.js';

test.describe('whole flow against the reference backend', () => {
  test('consent, document (two sides), selfie, review, upload, redirect', async ({
    page,
    request,
    baseURL,
    session,
    events,
  }) => {
    const foreign = watchForeignRequests(page, [new URL(baseURL!).origin]);
    const violations: string[] = [];
    await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as any).__cspViolation(`${e.violatedDirective} ${e.sourceFile}:${e.lineNumber}`),
      );
    });

    // This walk uses the manual shutter everywhere: keep on-device auto-capture out of the race.
    await page.route('**/mediapipe/**', (route) => route.abort());
    await page.goto(session.session_url);
    const flow = page.locator('verilock-flow');
    await expect(flow.getByRole('heading', { name: /verify your identity/i })).toBeVisible();
    await expect(flow.getByRole('heading', { name: /verify your identity/i })).toBeFocused();
    await walkDocumentAndSelfie(flow, async (name) => {
      if (name === '04-capture-front' || name === '04-capture-selfie')
        await expect(flow.getByRole('button', { name: 'Take photo' })).toBeEnabled();
      await shot(page, name);
    });

    await expectRedirected(page, session.id);

    const stored = await getSession(request, session.id);
    expect(stored.status).toBe('processing');
    expect(stored.captures.map((c: { kind: string }) => c.kind).sort()).toEqual([
      'document_back',
      'document_front',
      'selfie',
    ]);
    for (const c of stored.captures) expect(c.bytes).toBeLessThanOrEqual(500_000);
    expect(countEvents(events, 'verilock-complete')).toBe(1);
    expect(countEvents(events, 'verilock-capture')).toBe(3);
    expect(countEvents(events, 'verilock-redirect')).toBeGreaterThan(0);
    // The models are blocked above: each camera step says once, without stopping, that vision is off.
    expect(events.filter((e) => e.name === 'verilock-error').map((e) => [e.detail.code, e.detail.step])).toEqual([
      ['vision_unavailable', 'document_front'],
      ['vision_unavailable', 'selfie'],
    ]);
    expect(events.filter((e) => e.name === 'verilock-error').every((e) => e.detail.recoverable)).toBe(true);
    expect(foreign).toEqual([]);
    // The hosted page's strict CSP (no inline script or style) holds for the whole flow.
    expect(violations).toEqual([]);
  });

  test('selfie: on-device face detection guides and captures by itself', async ({ page, request, baseURL }) => {
    const session = await createSession(request, {
      type: 'kyc',
      steps: ['selfie', 'face_match'],
      applicant: { first_name: 'Eileen', last_name: 'Collins' },
    });
    const origin = new URL(baseURL!).origin;
    const foreign = watchForeignRequests(page, [origin]);
    const assets: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/mediapipe/')) assets.push(new URL(r.url()).pathname);
    });
    await page.goto(session.session_url);
    const flow = page.locator('verilock-flow');
    await flow.getByRole('button', { name: 'Start' }).click();
    await flow.getByRole('button', { name: 'I agree' }).click();
    await expect(flow.getByRole('heading', { name: 'Take a selfie' })).toBeVisible();
    await expect(flow.getByText('The photo is taken automatically')).toBeVisible();
    // No click on the shutter: the face in the camera is found, held steady, and captured.
    await expect(flow.getByRole('heading', { name: 'Check your selfie' })).toBeVisible({ timeout: 30_000 });
    await shot(page, '06-selfie-auto-captured');
    await flow.getByRole('button', { name: 'Use this photo' }).click();
    await expect(flow.getByRole('heading', { name: 'Thank you' })).toBeVisible({ timeout: 30_000 });
    const stored = await getSession(request, session.id);
    expect(stored.captures).toHaveLength(1);
    expect(assets.some((a) => /\/face_detector-[\w-]{8}\.tflite$/.test(a))).toBe(true);
    expect(assets.some((a) => a.endsWith('.wasm'))).toBe(true);
    expect(foreign).toEqual([]);
  });

  test('desktop layout (1280×800) and Arabic right-to-left, for people to look at', async ({ page, request }) => {
    const session = await createDocSelfieSession(request);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.route('**/mediapipe/**', (route) => route.abort());
    await page.goto(session.session_url);
    const flow = page.locator('verilock-flow');
    await walkDocumentAndSelfie(flow, async (name) => {
      if (name === '01-intro' || name === '04-capture-front' || name === '05-review-front')
        await shot(page, `desktop-${name}`);
    });
    const ar = await createDocSelfieSession(request);
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(ar.session_url);
    await page.locator('verilock-flow').evaluate((el) => el.setAttribute('lang', 'ar'));
    await expect(flow).toHaveAttribute('dir', 'rtl');
    await expect(flow.getByRole('heading').first()).toBeVisible();
    await shot(page, 'rtl-01-intro');
  });
});
