// A passport completed with an iPhone photo (HEIC) on the hosted page, under its CSP: libheif's script and wasm
// and the decoder's worker load from the widget's own origin only once a HEIC file is chosen; a truncated HEIC
// and one the decoder cannot handle are explained; the photo stored sideways with an `irot` property, handed over as a `.HEIC` with no type (as
// browsers do), comes out upright on the review screen, its MRZ is read, and it is uploaded with the reading.
// The files are test/fixtures/files/ (scripts/fixtures/make-heic.mjs).
import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  createSession,
  denyCamera,
  expectRedirected,
  getSession,
  openDocumentStep,
  SIDES,
  test,
  VALID_PASSPORT_READING,
  watchFileWalk,
} from './helpers.js';

const FILES = 'test/fixtures/files';

test('a HEIC photo of a passport is decoded upright, read and uploaded; a truncated or unsupported HEIC is explained', async ({
  page,
  request,
  baseURL,
}) => {
  await denyCamera(page);
  const walk = watchFileWalk(page, baseURL!, /heif|libheif/i);
  const session = await createSession(request, {
    type: 'kyc',
    steps: ['document'],
    applicant: { first_name: 'Anna', last_name: 'Eriksson', date_of_birth: '1974-08-12' },
    redirect_url: `${baseURL}/demo/done.html`,
  });
  const flow = await openDocumentStep(page, session.session_url, 'PT', 'Passport');
  expect(walk.requested).toEqual([]); // nothing of the decoder before a HEIC file is chosen

  const input = flow.locator('input[type=file]');
  await input.setInputFiles(`${FILES}/passport-truncated.heic`);
  await expect(flow.getByRole('alert').filter({ hasText: 'This HEIC photo is damaged.' })).toBeVisible();
  await input.setInputFiles(`${FILES}/passport-unsupported.heic`);
  await expect(flow.getByRole('alert').filter({ hasText: 'This HEIC photo cannot be opened here.' })).toBeVisible();

  const rotated = readFileSync(`${FILES}/passport-rotated.heic`);
  await input.setInputFiles({ name: 'IMG_0042.HEIC', mimeType: '', buffer: rotated });
  await expect(flow.getByRole('heading', { name: SIDES.document_front[1] })).toBeVisible({ timeout: 30_000 });
  const size = await flow
    .locator('img')
    .first()
    .evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    });
  expect(size).toEqual([800, 600]); // stored 600 × 800: turned upright by its irot
  await flow.getByRole('button', { name: 'Use this photo' }).click();
  await expectRedirected(page, session.id);

  const detail = await getSession(request, session.id);
  expect(detail.results.document.document).toMatchObject(VALID_PASSPORT_READING);
  expect(walk.requested.some((p) => /\/libheif-[\w-]{8}\.mjs$/.test(p))).toBe(true);
  expect(walk.requested.some((p) => /\/libheif-[\w-]{8}\.wasm$/.test(p))).toBe(true);
  expect(walk.requested.some((p) => /\/heif\.worker-[\w-]+\.js$/.test(p))).toBe(true);
  expect(walk.foreign).toEqual([]);
  expect(walk.violations).toEqual([]);
});
