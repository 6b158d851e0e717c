/**
 * Reading a passport's MRZ from the camera in the built widget: Chromium's fake camera shows a specimen data
 * page (test/fixtures/documents/td3valid-clean.mjpeg and td3-clean.mjpeg: the committed photos as 4-frame clips
 * with a sensor's faint noise, so the camera is not taken for frozen). A valid passport is taken without the
 * shutter and its capture carries the fields read; the session's API shows them with the applicant compared. An
 * expired one is explained on the capture screen before anything is sent, and the applicant can retake.
 */
import { chromium, expect, test, type Browser, type Locator } from '@playwright/test';
// @ts-expect-error -- plain ESM helper shared with the component tests
import { fixture, launchOptions } from '../browser-launch.mjs';
import {
  capturedKinds,
  createSession,
  getSession,
  openDocumentStep,
  SIDES,
  VALID_PASSPORT_READING,
} from './helpers.js';

const APPLICANT = { first_name: 'Anna Maria', last_name: 'Eriksson', date_of_birth: '1974-08-12' };

/** A browser whose camera shows `clip`; `walk` gets the passport's capture screen. Closed afterwards. */
async function withPassportCamera(
  clip: string,
  baseURL: string,
  url: string,
  walk: (flow: Locator, shutterPresses: () => number) => Promise<void>,
): Promise<void> {
  const browser: Browser = await chromium.launch(launchOptions(fixture(`documents/${clip}`)));
  try {
    const context = await browser.newContext({
      baseURL,
      permissions: ['camera'],
      viewport: { width: 375, height: 812 },
    });
    const page = await context.newPage();
    let presses = 0;
    await page.exposeFunction('vlShutterPressed', () => presses++);
    await page.addInitScript(() => {
      // Counts presses of the shutter, wherever it is rendered (shadow roots included).
      document.addEventListener(
        'click',
        (e) => {
          const button = e.composedPath().find((n) => n instanceof HTMLButtonElement) as HTMLButtonElement | undefined;
          if (button?.textContent?.trim() === 'Take photo')
            (window as unknown as { vlShutterPressed: () => void }).vlShutterPressed();
        },
        true,
      );
    });
    const flow = await openDocumentStep(page, url, 'PT', 'Passport');
    await walk(flow, () => presses);
  } finally {
    await browser.close();
  }
}

test("a valid passport's MRZ is read from the camera and the data page taken without the shutter", async ({
  request,
  baseURL,
}) => {
  const session = await createSession(request, { type: 'kyc', steps: ['document'], applicant: APPLICANT });
  await withPassportCamera('td3valid-clean.mjpeg', baseURL!, session.session_url, async (flow, presses) => {
    await expect(flow.getByRole('heading', { name: SIDES.document_front[1] })).toBeVisible({ timeout: 30_000 });
    expect(presses()).toBe(0); // taken by the reading (or the quality path), never by the shutter
    await flow.getByRole('button', { name: 'Use this photo' }).click();
    await expect(flow.getByRole('heading', { name: 'Thank you' })).toBeVisible({ timeout: 30_000 });
  });
  const detail = await getSession(request, session.id);
  expect(detail.results.document.document).toMatchObject(VALID_PASSPORT_READING);
});

test('an expired passport is explained before upload and the applicant can retake', async ({ request, baseURL }) => {
  const session = await createSession(request, { type: 'kyc', steps: ['document'], applicant: APPLICANT });
  await withPassportCamera('td3-clean.mjpeg', baseURL!, session.session_url, async (flow) => {
    const issue = flow.getByRole('alert').filter({ hasText: 'This document has expired' });
    await expect(issue).toBeVisible({ timeout: 30_000 });
    await expect(flow.getByRole('heading', { name: SIDES.document_front[1] })).toHaveCount(0); // no review
    expect(await capturedKinds(request, session.id)).toEqual([]); // nothing sent
    await issue.getByRole('button', { name: 'Retake' }).click();
    await expect(flow.getByRole('heading', { name: SIDES.document_front[0] })).toBeVisible();
    // The same expired page is still in front of the camera: it is read again and explained again.
    await expect(issue).toBeVisible({ timeout: 30_000 });
  });
  expect(await capturedKinds(request, session.id)).toEqual([]);
});
