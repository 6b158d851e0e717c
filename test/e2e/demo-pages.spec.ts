/**
 * The iframe demo page refuses a `?url=` from another origin than the verification service's: no
 * loader script and no frame from it (a link to the demo page cannot turn it into a phishing page on
 * our domain). A session URL of the service still mounts.
 */
import { expect, test } from '@playwright/test';
import { createDocSelfieSession, watchForeignRequests } from './helpers.js';

const PORT = Number(process.env.E2E_PORT ?? 8797);
const SERVICE = `http://127.0.0.1:${PORT}`;

test('a foreign ?url= is refused: nothing loaded from it, nothing framed', async ({ page }) => {
  const foreign = watchForeignRequests(page, [SERVICE]);
  const evil = 'http://evil.example:8080/verify/vft_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
  await page.goto(`/demo/iframe-host.html?url=${encodeURIComponent(evil)}`);
  await expect(page.getByRole('status')).toContainText(
    'Refused: http://evil.example:8080 is not the verification service',
  );
  await expect(page.locator('iframe')).toHaveCount(0);
  expect(await page.evaluate(() => 'Verilock' in window)).toBe(false);
  expect(foreign).toEqual([]);

  // Even a script injected past the page's own check is refused by the page's CSP.
  const blocked = await page.evaluate(
    (src) =>
      new Promise<boolean>((resolve) => {
        document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
        const s = document.createElement('script');
        s.src = src;
        s.onload = () => resolve(false);
        document.head.append(s);
      }),
    'http://evil.example:8080/sdk/verilock-loader.js',
  );
  expect(blocked).toBe(true);
});

test("the service's own session URL still mounts", async ({ page, request }) => {
  const s = await createDocSelfieSession(request);
  await page.goto(`/demo/iframe-host.html?url=${encodeURIComponent(s.session_url)}`);
  await expect(page.getByRole('status')).toHaveText('Mounted.');
  await expect(page.locator('iframe')).toHaveAttribute('src', s.session_url);
});
