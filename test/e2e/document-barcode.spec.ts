/**
 * Reading a driving licence's barcode in the built widget: the fake camera shows a licence back whose
 * PDF417 carries an AAMVA payload (test/fixtures/documents/dl-photo.mjpeg, the committed dl-photo.jpg as a
 * 4-frame clip with faint noise); the back is taken by itself and its capture carries the fields read, as `meta.document`;
 * the session's API shows them under the document step with the applicant compared with them.
 */
import { chromium, expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { join } from 'node:path';
// @ts-expect-error -- plain ESM helper shared with the component tests
import { fixture, launchOptions } from '../browser-launch.mjs';
import { createSession, getSession } from './helpers.js';

test("a driving licence's back is read from its PDF417 and taken by itself", async ({ request, baseURL }) => {
  const session = await createSession(request, {
    type: 'kyc',
    steps: ['document'],
    applicant: { first_name: 'Jane', last_name: 'Spécimen', date_of_birth: '1985-03-07' },
  });
  const browser = await chromium.launch(launchOptions(fixture('documents/dl-photo.mjpeg')));
  try {
    const page = await (
      await browser.newContext({ baseURL, permissions: ['camera'], viewport: { width: 375, height: 812 } })
    ).newPage();
    await page.goto(session.session_url);
    const flow = page.locator('verilock-flow');
    await flow.getByRole('button', { name: 'Start' }).click();
    await flow.getByLabel('Issuing country').selectOption('US');
    await flow.getByLabel('Driving licence').check();
    await flow.getByRole('button', { name: 'Continue' }).click();
    // The front (no portrait in this clip) is taken with the shutter.
    await expect(flow.getByRole('heading', { name: 'Front of your document' })).toBeVisible();
    await flow.getByRole('button', { name: 'Take photo' }).click();
    await flow.getByRole('button', { name: 'Use this photo' }).click();
    // The back: no click.
    await expect(flow.getByRole('heading', { name: 'Back of your document' })).toBeVisible();
    await expect(flow.getByRole('heading', { name: 'Check the back' })).toBeVisible({ timeout: 30_000 });
    await flow.getByRole('button', { name: 'Use this photo' }).click();
    await expect(flow.getByRole('heading', { name: 'Thank you' })).toBeVisible({ timeout: 30_000 });
  } finally {
    await browser.close();
  }
  const db = new Database(join(process.env.E2E_DATA_DIR!, 'verilock.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const meta = (kind: string) => {
      const row = db
        .prepare('SELECT meta FROM captures WHERE session_id = ? AND kind = ? AND superseded = 0')
        .get(session.id, kind) as { meta: string };
      return JSON.parse(row.meta) as { document?: unknown };
    };
    expect(meta('document_back').document).toEqual({
      source: 'pdf417',
      format: 'AAMVA',
      number: 'D1234567',
      country: 'USA',
      expiry: '2031-03-07',
      birth_date: '1985-03-07',
      names: { surname: 'SPECIMEN', given: 'JANE QUINN' },
      check_digits_valid: true,
    });
    expect(meta('document_front').document).toBeUndefined(); // a licence's front carries no barcode
  } finally {
    db.close();
  }
  const detail = await getSession(request, session.id);
  expect(detail.status).toBe('processing');
  // Accents folded, the first given name enough: the licence is the applicant's.
  expect(detail.results.document.document).toMatchObject({
    source: 'pdf417',
    number: 'D1234567',
    names: { surname: 'SPECIMEN', given: 'JANE QUINN' },
    kind: 'document_back',
    applicant_match: { surname: 'match', given_names: 'match', birth_date: 'match' },
  });
});
