/**
 * Soak: sessions run back to back through the reference backend in one browser, a new page each. Every
 * session ends `processing` with every capture stored once, no camera track is left live when its flow
 * ends, and the page's live JS heap at the end stays flat from the first session to the last.
 * SOAK_SESSIONS=50 for the long run (default 6 in the suite).
 */
import { expect, test } from '@playwright/test';
import { capturedKinds, createDocSelfieSession, DOC_SELFIE_KINDS, walkDocumentAndSelfie } from './helpers.js';

const SESSIONS = Number(process.env.SOAK_SESSIONS ?? 6);

test(`soak: ${SESSIONS} sessions back to back`, async ({ browser, request, baseURL }) => {
  test.setTimeout(60_000 + SESSIONS * 30_000);
  const context = await browser.newContext({ baseURL, permissions: ['camera'], viewport: { width: 375, height: 812 } });
  await context.addInitScript(() => {
    // Keep every camera track the page is given, to check none is left live at the end.
    // Stay on the page at the end (the redirect is cancelled and recorded) so it can be inspected.
    document.addEventListener('verilock-redirect', (e) => {
      (window as unknown as { __redirect: string }).__redirect = (e as CustomEvent<{ url: string }>).detail.url;
      e.preventDefault();
    });
    const tracks: MediaStreamTrack[] = [];
    (window as unknown as { __tracks: MediaStreamTrack[] }).__tracks = tracks;
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (c) => {
      const stream = await original(c);
      tracks.push(...stream.getTracks());
      return stream;
    };
  });
  await context.route('**/mediapipe/**', (route) => route.abort()); // manual shutter throughout
  const heaps: number[] = [];
  for (let i = 0; i < SESSIONS; i++) {
    const session = await createDocSelfieSession(request, baseURL);
    const page = await context.newPage();
    await page.goto(session.session_url);
    const flow = page.locator('verilock-flow');
    await walkDocumentAndSelfie(flow);
    await expect(flow.getByRole('heading', { name: 'Thank you' })).toBeVisible({ timeout: 30_000 });
    const live = await page.evaluate(
      () =>
        (window as unknown as { __tracks: MediaStreamTrack[] }).__tracks.filter((t) => t.readyState === 'live').length,
    );
    expect(live, `session ${i + 1}: camera tracks left live`).toBe(0);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    heaps.push(usedSize);
    const redirect = new URL(await page.evaluate(() => (window as unknown as { __redirect: string }).__redirect));
    expect(redirect.searchParams.get('verilock_session_id')).toBe(session.id);
    expect(redirect.searchParams.get('verilock_status')).toBe('processing');
    expect((await capturedKinds(request, session.id)).sort()).toEqual([...DOC_SELFIE_KINDS].sort());
    await page.close();
  }
  // Flat: the last session's live heap is within 50 % of the first one's (no state carried between sessions).
  expect(heaps.at(-1)!).toBeLessThan(heaps[0]! * 1.5);
  await context.close();
});
