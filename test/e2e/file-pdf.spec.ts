// A document completed with a PDF on the hosted page, under its CSP: pdf.js and its worker load from the
// widget's own origin only when a PDF is chosen; the front takes page 1 (red) and the back page 2 (blue) of the
// same two-page scan, each shown on the review screen before upload; an encrypted and a truncated PDF each get
// their own message. The PDFs are test/fixtures/files/ (scripts/fixtures/make-pdfs.mjs).
import { expect, type Locator } from '@playwright/test';
import {
  createSession,
  denyCamera,
  expectRedirected,
  getSession,
  openDocumentStep,
  SIDES,
  test,
  watchFileWalk,
} from './helpers.js';

const FILES = 'test/fixtures/files';

/** The colour in the middle of the review screen's picture: the card of the page rendered. */
function reviewColour(flow: Locator): Promise<string> {
  return flow
    .locator('img')
    .first()
    .evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const [r, g, b] = ctx.getImageData(canvas.width >> 1, canvas.height >> 1, 1, 1).data;
      return r! > 150 && g! < 80 && b! < 80 ? 'red' : b! > 150 && r! < 80 ? 'blue' : `rgb(${r},${g},${b})`;
    });
}

test('a two-page PDF gives the front its page 1 and the back its page 2; encrypted and broken PDFs are explained', async ({
  page,
  request,
  baseURL,
}) => {
  await denyCamera(page);
  const walk = watchFileWalk(page, baseURL!, /pdf/i);
  const session = await createSession(request, {
    type: 'kyc',
    steps: ['document'],
    applicant: { first_name: 'Ana', last_name: 'Lima' },
    redirect_url: `${baseURL}/demo/done.html`,
  });
  const flow = await openDocumentStep(page, session.session_url, 'PT', 'Driving licence');
  expect(walk.requested).toEqual([]); // nothing of pdf.js before a PDF is chosen

  const input = flow.locator('input[type=file]');
  await input.setInputFiles(`${FILES}/encrypted.pdf`);
  await expect(flow.getByRole('alert').filter({ hasText: 'This PDF has a password.' })).toBeVisible();
  await input.setInputFiles(`${FILES}/truncated.pdf`);
  await expect(flow.getByRole('alert').filter({ hasText: 'This PDF could not be read.' })).toBeVisible();

  const colours: string[] = [];
  for (const [title, check] of [SIDES.document_front, SIDES.document_back]) {
    await expect(flow.getByRole('heading', { name: title })).toBeVisible();
    await flow.locator('input[type=file]').setInputFiles(`${FILES}/two-pages.pdf`);
    await expect(flow.getByRole('heading', { name: check })).toBeVisible();
    colours.push(await reviewColour(flow));
    await flow.getByRole('button', { name: 'Use this photo' }).click();
  }
  expect(colours).toEqual(['red', 'blue']);
  await expectRedirected(page, session.id);
  const stored = await getSession(request, session.id);
  expect(JSON.stringify(stored)).toContain('document_back');
  expect(walk.requested.some((p) => /pdf\.worker-[\w-]+\.js$/.test(p))).toBe(true);
  expect(walk.foreign).toEqual([]);
  expect(walk.violations).toEqual([]);
});
