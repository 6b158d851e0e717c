/**
 * On-device auto-capture of documents: a front is taken by itself once the portrait printed on it is
 * found, steady and the frame is good; its back once the frame has been good and still for longer. A
 * front without a portrait (a paper form) is never taken by itself: the shutter stays the way.
 */
import { chromium, expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { join } from 'node:path';
// @ts-expect-error -- plain ESM helper shared with the component tests
import { fixture, launchOptions } from '../browser-launch.mjs';
import { createSession, getSession, shot } from './helpers.js';

async function toFront(flow: import('@playwright/test').Locator): Promise<void> {
  await flow.getByRole('button', { name: 'Start' }).click();
  await flow.getByLabel('Issuing country').selectOption('PT');
  await flow.getByLabel('Identity card').check();
  await flow.getByRole('button', { name: 'Continue' }).click();
  await expect(flow.getByRole('heading', { name: 'Front of your document' })).toBeVisible();
}

test('a document front with a portrait, then its back, are taken by themselves (no shutter click)', async ({
  page,
  request,
}) => {
  const session = await createSession(request, {
    type: 'kyc',
    steps: ['document'],
    applicant: { first_name: 'Ana', last_name: 'Silva' },
  });
  await page.goto(session.session_url);
  const flow = page.locator('verilock-flow');
  await toFront(flow);
  // The fake camera shows a printed portrait photograph: no click.
  await expect(flow.getByRole('heading', { name: 'Check the front' })).toBeVisible({ timeout: 30_000 });
  await shot(page, '09-document-front-auto-captured');
  await flow.getByRole('button', { name: 'Use this photo' }).click();
  await expect(flow.getByRole('heading', { name: 'Back of your document' })).toBeVisible();
  // A back has no portrait to anchor on: it is taken once the frame has been good and still for longer.
  await expect(flow.getByRole('heading', { name: 'Check the back' })).toBeVisible({ timeout: 30_000 });
  await flow.getByRole('button', { name: 'Use this photo' }).click();
  await expect(flow.getByRole('heading', { name: 'Thank you' })).toBeVisible({ timeout: 30_000 });

  const db = new Database(join(process.env.E2E_DATA_DIR!, 'verilock.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare("SELECT meta FROM captures WHERE session_id = ? AND kind = 'document_front' AND superseded = 0")
      .get(session.id) as { meta: string };
    const meta = JSON.parse(row.meta) as { quality: Record<string, number> };
    expect(meta.quality['portrait']).toBe(1);
    expect(meta.quality['sharpness']).toBeGreaterThan(0);
  } finally {
    db.close();
  }
  expect((await getSession(request, session.id)).status).toBe('processing');
});

test('a paper form without a portrait is never taken by itself', async ({ request, baseURL }) => {
  const session = await createSession(request, {
    type: 'kyc',
    steps: ['document'],
    applicant: { first_name: 'Ana', last_name: 'Silva' },
  });
  const browser = await chromium.launch(launchOptions(fixture('document.mjpeg')));
  try {
    const page = await (
      await browser.newContext({ baseURL, permissions: ['camera'], viewport: { width: 375, height: 812 } })
    ).newPage();
    await page.goto(session.session_url);
    const flow = page.locator('verilock-flow');
    await toFront(flow);
    await expect(flow.getByRole('button', { name: 'Take photo' })).toBeEnabled();
    await page.waitForTimeout(5000);
    await expect(flow.getByRole('heading', { name: 'Front of your document' })).toBeVisible();
    await shot(page, '10-document-form-no-portrait');
    await flow.getByRole('button', { name: 'Take photo' }).click();
    await expect(flow.getByRole('heading', { name: 'Check the front' })).toBeVisible();
  } finally {
    await browser.close();
  }
});
