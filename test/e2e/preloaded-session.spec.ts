/**
 * The hosted page carries its flow session (inert JSON), so the first screen does not wait for
 * `GET /api/v1/flow/session`; that request still goes out once, after it, and starts the session.
 */
import { expect, test } from '@playwright/test';
import { createSession, getSession } from './helpers.js';

test('the first screen shows while the session request is still unanswered; that request then starts the session', async ({
  page,
  request,
}) => {
  const s = await createSession(request, {
    type: 'kyc',
    steps: ['selfie'],
    applicant: { first_name: 'Ada', last_name: 'Lovelace' },
  });
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  let gets = 0;
  await page.route('**/api/v1/flow/session', async (route) => {
    gets++;
    await held; // unanswered until the first screen is up
    await route.continue();
  });
  await page.goto(s.session_url);
  const flow = page.locator('verilock-flow');
  await expect(flow.getByRole('heading', { name: 'Hi Ada, let’s verify your identity' })).toBeVisible();
  await expect(flow.getByRole('button', { name: 'Start' })).toBeEnabled();
  await expect.poll(() => gets).toBe(1);
  // Serving the page did not start the session; the widget's request does.
  expect((await getSession(request, s.id)).status).toBe('created');
  release();
  await expect.poll(async () => (await getSession(request, s.id)).status).toBe('in_progress');
  expect(gets).toBe(1);
});

test('a name written to break out of the page’s JSON is shown as text and never runs', async ({ page, request }) => {
  const attack = '</script><script>window.pwned=1</script>';
  const s = await createSession(request, {
    type: 'kyc',
    steps: ['selfie'],
    applicant: { first_name: attack, last_name: 'X' },
  });
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as any).__cspViolation(e.violatedDirective));
  });
  await page.goto(s.session_url);
  const flow = page.locator('verilock-flow');
  await expect(flow.getByRole('heading', { name: `Hi ${attack}, let’s verify your identity` })).toBeVisible();
  expect(await page.evaluate(() => (window as any).pwned)).toBeUndefined();
  // Nothing even tried to run: no inline script reached the CSP.
  expect(violations).toEqual([]);
  expect(await page.locator('script').count()).toBe(1); // the module entry; the JSON was read and removed
});
