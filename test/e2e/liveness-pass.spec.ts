/**
 * Active liveness passes on a moving face: the fake camera plays a head rendered at test time from
 * the astronaut photo (test/media/render-head.mjs) that turns to its left, blinks twice, turns to its
 * right and smiles, in a 7 s loop. The server picks the challenges at random; the loop shows all four,
 * so any order is met. No shutter click: the check ends by itself. One walk of the whole demo session
 * proves it, with the check's log as the server stored it. (The still photo failing is in liveness.spec.ts.)
 */
import { chromium, expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error -- plain ESM helper shared with the component tests
import { launchOptions } from '../browser-launch.mjs';
// @ts-expect-error -- plain ESM test-media generator
import { renderHeadClip } from '../media/render-head.mjs';
import { createSession, getSession, logRefusedUploads, shot } from './helpers.js';

interface ChallengeLogEntry {
  challenge: string;
  started_at: number;
  ended_at: number;
  passed: boolean;
  peak?: number;
}

let clipDir = '';
let clip = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  clipDir = mkdtempSync(join(tmpdir(), 'verilock-head-'));
  clip = join(clipDir, 'head.mjpeg');
  await renderHeadClip(clip);
});

test.afterAll(() => {
  if (clipDir) rmSync(clipDir, { recursive: true, force: true });
});

test('the whole demo session — document, selfie, liveness — completes; selfie and liveness with no shutter click, every liveness challenge passed in the server’s order', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const session = await createSession(request, {
    type: 'kyc',
    steps: ['document', 'selfie', 'face_match', 'liveness'],
    redirect_url: `${baseURL}/demo/done.html`,
    applicant: { first_name: 'Eileen', last_name: 'Collins' },
  });
  const flowSession = await (
    await request.get('/api/v1/flow/session', { headers: { Authorization: `Bearer ${session.session_token}` } })
  ).json();
  const sequence = flowSession.requirements.liveness_challenges as string[];
  expect(sequence.length).toBeGreaterThanOrEqual(2);
  const browser = await chromium.launch(launchOptions(clip));
  try {
    const page = await (
      await browser.newContext({ baseURL, permissions: ['camera'], viewport: { width: 375, height: 812 } })
    ).newPage();
    const shutterClicks: string[] = [];
    await page.exposeFunction('__shutter', (label: string) => shutterClicks.push(label));
    await page.addInitScript(() => {
      // Any press of a shutter would be recorded here (the test never presses one).
      document.addEventListener(
        'click',
        (e) => {
          const el = e.composedPath()[0] as HTMLElement;
          if (el?.getAttribute?.('part') === 'shutter') (window as any).__shutter(el.textContent ?? '');
        },
        true,
      );
    });
    logRefusedUploads(page);
    await page.goto(session.session_url);
    const flow = page.locator('verilock-flow');
    await flow.getByRole('button', { name: 'Start' }).click();
    await flow.getByRole('button', { name: 'I agree' }).click();
    await flow.getByLabel('Issuing country').selectOption('US');
    await flow.getByLabel('Identity card').check();
    await flow.getByRole('button', { name: 'Continue' }).click();
    // One fake camera clip serves every step, and it shows a live head, not a card: the two sides come
    // from a photo file (a printed form), as an applicant with a scan would send them. A document shot of
    // the looping head clip could repeat a frame the liveness check sends, which the server refuses.
    // Document auto-capture has its own test with a printed portrait (auto-capture.spec.ts).
    for (const [title, review] of [
      ['Front of your document', 'Check the front'],
      ['Back of your document', 'Check the back'],
    ]) {
      await expect(flow.getByRole('heading', { name: title })).toBeVisible({ timeout: 20_000 });
      await flow.locator('input[type=file]').setInputFiles('test/fixtures/jscanify_test10_form.jpg');
      await expect(flow.getByRole('heading', { name: review })).toBeVisible();
      await flow.getByRole('button', { name: 'Use this photo' }).click();
    }
    const shotByHand = shutterClicks.length;
    // From here on, nothing is pressed but "Use this photo" and "Start the check".
    await expect(flow.getByRole('heading', { name: 'Check your selfie' })).toBeVisible({ timeout: 40_000 });
    await flow.getByRole('button', { name: 'Use this photo' }).click();
    await expect(flow.getByRole('heading', { name: 'Show you are present' })).toBeVisible();
    await flow.getByRole('button', { name: 'Start the check' }).click();
    // No shutter: the check ends by itself once every challenge was seen (≤ 2 attempts of 8 s each).
    await expect(flow.getByRole('heading', { name: 'Check complete' })).toBeVisible({ timeout: 60_000 });
    await shot(page, '11-liveness-passed');
    await flow.getByRole('button', { name: 'Use this photo' }).click();
    await page.waitForURL(/\/demo\/done\.html/, { timeout: 30_000 });
    expect(shutterClicks).toHaveLength(shotByHand); // no shutter pressed after the document
    const stored = await getSession(request, session.id);
    expect(stored.status).toBe('processing');
    expect(stored.captures.map((c: { kind: string }) => c.kind).sort()).toEqual([
      'document_back',
      'document_front',
      'liveness',
      'selfie',
    ]);
  } finally {
    await browser.close();
  }

  const db = new Database(join(process.env.E2E_DATA_DIR!, 'verilock.sqlite'), { readonly: true, fileMustExist: true });
  let log: ChallengeLogEntry[];
  let mode: unknown;
  try {
    const row = db
      .prepare("SELECT meta FROM captures WHERE session_id = ? AND kind = 'liveness' AND superseded = 0")
      .get(session.id) as { meta: string } | undefined;
    expect(row).toBeDefined();
    const meta = JSON.parse(row!.meta) as { liveness?: ChallengeLogEntry[]; liveness_mode?: string };
    log = meta.liveness ?? [];
    mode = meta.liveness_mode;
  } finally {
    db.close();
  }
  test.info().annotations.push({ type: 'challenges', description: JSON.stringify({ sequence, log }) });
  // The active check, with its whole log: every attempt in order, times increasing.
  expect(mode).toBe('active');
  for (const [i, e] of log.entries()) {
    expect(e.ended_at).toBeGreaterThanOrEqual(e.started_at);
    if (i > 0) expect(e.started_at).toBeGreaterThanOrEqual(log[i - 1]!.ended_at);
  }
  // Every challenge of the server's sequence passed, in the server's order.
  expect(log.filter((e) => e.passed).map((e) => e.challenge)).toEqual(sequence);
  for (const challenge of sequence) expect(log.some((e) => e.challenge === challenge && e.passed)).toBe(true);
});
