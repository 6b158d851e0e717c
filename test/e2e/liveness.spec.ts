import { expect, test } from '@playwright/test';
import { createSession, getSession, shot, watchForeignRequests } from './helpers.js';

const liveness = (request: Parameters<typeof createSession>[0]) =>
  createSession(request, {
    type: 'kyc',
    steps: ['liveness'],
    applicant: { first_name: 'Eileen', last_name: 'Collins' },
  });

test.describe('active liveness', () => {
  test('a photo in front of the camera does not pass; the applicant can try again', async ({
    page,
    request,
    baseURL,
  }) => {
    const session = await liveness(request);
    const foreign = watchForeignRequests(page, [new URL(baseURL!).origin]);
    const flowSession = await (
      await request.get('/api/v1/flow/session', { headers: { Authorization: `Bearer ${session.session_token}` } })
    ).json();
    expect(flowSession.requirements.liveness_challenges.length).toBeGreaterThanOrEqual(2);

    await page.goto(session.session_url);
    const flow = page.locator('verilock-flow');
    await flow.getByRole('button', { name: 'Start' }).click();
    await flow.getByRole('button', { name: 'I agree' }).click();
    await expect(flow.getByRole('heading', { name: 'Show you are present' })).toBeVisible();
    await flow.getByRole('button', { name: 'Start the check' }).click();
    // The first instruction appears (hold still, then the server's first challenge)…
    await expect(flow.locator('verilock-liveness').locator('[part="challenge"]')).toBeVisible({ timeout: 20_000 });
    await shot(page, '07-liveness-challenge');
    // …but a swaying photo cannot blink, turn or smile: the check fails and offers a retry. On a slow machine the
    // photo may not even hold still long enough for the baseline (20 s): then the one-photo fallback comes first,
    // with a retry too.
    await expect(
      flow.locator('verilock-liveness').getByText(/We did not see that|We could not see your face straight on/),
    ).toBeVisible({ timeout: 60_000 });
    await expect(flow.getByRole('button', { name: 'Try again' })).toBeVisible();
    await shot(page, '08-liveness-failed');
    const stored = await getSession(request, session.id);
    expect(stored.captures).toHaveLength(0);
    expect(foreign).toEqual([]);
  });

  test('without on-device vision it falls back to one photo and still completes', async ({ page, request }) => {
    const session = await liveness(request);
    await page.route('**/mediapipe/**', (route) => route.abort());
    await page.goto(session.session_url);
    const flow = page.locator('verilock-flow');
    await flow.getByRole('button', { name: 'Start' }).click();
    await flow.getByRole('button', { name: 'I agree' }).click();
    await flow.getByRole('button', { name: 'Start the check' }).click();
    await expect(flow.locator('verilock-liveness').getByText('This device cannot run the movement check')).toBeVisible({
      timeout: 20_000,
    });
    await flow.getByRole('button', { name: 'Take one photo for review' }).click();
    await flow.getByRole('button', { name: 'Use this photo' }).click();
    await expect(flow.getByRole('heading', { name: 'Thank you' })).toBeVisible({ timeout: 30_000 });
    const stored = await getSession(request, session.id);
    expect(stored.captures.map((c: { kind: string }) => c.kind)).toEqual(['liveness']);
    expect(stored.status).toBe('processing');
  });
});
