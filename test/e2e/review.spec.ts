/**
 * The review page: sign in with an API key (kept in memory only), find the submitted session with the
 * filters, open it, see its images (fetched with the key into blob: URLs under the page's strict CSP)
 * and its liveness log, approve it with the keyboard, and see the status change and the webhook fire.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { API_KEY, createSession, getSession, shot } from './helpers.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

/** The `n`th JPEG of an MJPEG clip (frames are back-to-back JPEGs). */
function mjpegFrame(clip: Buffer, n: number): Buffer {
  let start = -1;
  let index = -1;
  for (let i = 0; i < clip.length - 1; i++) {
    if (clip[i] === 0xff && clip[i + 1] === 0xd8 && start === -1) {
      start = i;
      index++;
    } else if (clip[i] === 0xff && clip[i + 1] === 0xd9 && start !== -1) {
      if (index === n) return clip.subarray(start, i + 2);
      start = -1;
    }
  }
  throw new Error(`no frame ${n}`);
}

/** A webhook receiver on a free port that records every body. */
async function receiver(): Promise<{ server: Server; url: string; bodies: Record<string, unknown>[] }> {
  const bodies: Record<string, unknown>[] = [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (d: Buffer) => (text += d.toString()));
    req.on('end', () => {
      bodies.push(JSON.parse(text) as Record<string, unknown>);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { server, url: `http://127.0.0.1:${port}/hook`, bodies };
}

test.describe('review page', () => {
  let hook: Awaited<ReturnType<typeof receiver>>;
  test.beforeAll(async () => {
    hook = await receiver();
  });
  test.afterAll(async () => {
    await new Promise((resolve) => hook.server.close(resolve));
  });

  /** A session with a passport, a selfie and a two-frame liveness capture, submitted by the applicant. */
  async function submittedSession(request: Parameters<typeof createSession>[0], name: string) {
    const s = await createSession(request, {
      type: 'kyc',
      reference_id: `review-${Date.now()}`,
      steps: ['document', 'selfie', 'liveness'],
      webhook_url: hook.url,
      applicant: { first_name: name, last_name: 'Reviewed' },
    });
    const auth = { Authorization: `Bearer ${s.session_token}` };
    const flow = await (await request.get('/api/v1/flow/session', { headers: auth })).json();
    const sequence = flow.requirements.liveness_challenges as string[];
    const face = fixture('face.mjpeg');
    const uploads: [string, { name: string; buffer: Buffer }[], Record<string, unknown>][] = [
      [
        'document_front',
        [{ name: 'front.jpg', buffer: fixture('jscanify_test10_form.jpg') }],
        { source: 'camera', document_type: 'passport', country: 'FR' },
      ],
      ['selfie', [{ name: 'selfie.jpg', buffer: fixture('astronaut.jpg') }], { source: 'camera' }],
      [
        'liveness',
        [
          // Two different frames (the clip loops: frame 30 repeats frame 0, and the server refuses repeats).
          { name: 'f0.jpg', buffer: mjpegFrame(face, 0) },
          { name: 'f1.jpg', buffer: mjpegFrame(face, 10) },
        ],
        {
          source: 'camera',
          // Times since the check's first frame; the server requires the run to fit in the session's age.
          liveness: sequence.map((challenge, i) => ({
            challenge,
            started_at: 20 + i * 100,
            ended_at: 90 + i * 100,
            passed: true,
          })),
        },
      ],
    ];
    for (const [kind, files, meta] of uploads) {
      if (kind === 'liveness') await new Promise((r) => setTimeout(r, 100 * sequence.length));
      const form = new FormData();
      form.set('kind', kind);
      form.set('meta', JSON.stringify(meta));
      for (const f of files) form.append('file', new Blob([new Uint8Array(f.buffer)], { type: 'image/jpeg' }), f.name);
      const res = await fetch(new URL('/api/v1/flow/captures', test.info().project.use.baseURL).href, {
        method: 'POST',
        headers: { ...auth, 'Idempotency-Key': `${kind}-${s.id}` },
        body: form,
      });
      expect(res.status, `${kind}: ${await res.clone().text()}`).toBe(201);
    }
    expect((await request.post('/api/v1/flow/complete', { headers: auth })).status()).toBe(200);
    return { ...s, sequence };
  }

  async function signIn(page: Page) {
    await page.goto('/review');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await page.getByLabel('API key').fill(API_KEY);
    await page.getByLabel('API key').press('Enter');
    await expect(page.getByRole('heading', { name: 'Sessions', level: 1 })).toBeFocused();
  }

  test('sign in, filter, open, see the images and the liveness log, approve: status and webhook change', async ({
    page,
    request,
  }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') violations.push(m.text());
    });
    page.on('response', (r) => {
      if (r.status() >= 400) violations.push(`${r.status()} ${r.url()}`);
    });
    const s = await submittedSession(request, 'Ines');

    await signIn(page);
    await page.getByLabel('Status').selectOption('processing');
    await page.getByRole('button', { name: 'Show' }).click();
    const item = page.locator(`.session-item[data-id="${s.id}"]`);
    await expect(item).toContainText('Ines Reviewed');
    await expect(item).toContainText('Awaiting review');
    await expect(page.locator('.session-item .badge', { hasText: 'Approved' })).toHaveCount(0);

    // Keyboard only: focus the session's button and open it with Enter.
    await item.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Ines Reviewed', level: 1 })).toBeFocused();

    // Four images (front, selfie, two liveness frames), each fetched with the key into a blob: URL.
    const images = page.locator('#captures img');
    await expect(images).toHaveCount(4);
    await expect(page.locator('#captures-status')).toHaveText('3 captures shown.');
    for (const img of await images.all()) {
      await expect(img).toHaveAttribute('src', /^blob:/);
      expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    }
    await expect(page.getByRole('img', { name: 'Document front' })).toBeVisible();
    await expect(page.getByRole('img', { name: 'Liveness, frame 2 of 2' })).toBeVisible();

    // The liveness log, one row per challenge of the server's sequence.
    const log = page.getByRole('table', { name: /Challenge log/ });
    await expect(log.locator('tr')).toHaveCount(1 + s.sequence.length);
    await expect(log).toContainText('Passed');

    await page.setViewportSize({ width: 1280, height: 900 });
    await shot(page, 'review-session');
    await page.setViewportSize({ width: 375, height: 812 });
    await shot(page, 'review-session');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await page.getByLabel(/Reason/).fill('Document and face match.');
    await page.getByRole('button', { name: 'Approve' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#decision-status')).toContainText('Approved');
    await expect(page.locator('#summary .badge')).toHaveText('Approved');
    await expect(page.getByRole('button', { name: 'Approve' })).toBeDisabled();
    expect((await getSession(request, s.id)).status).toBe('approved');
    await expect
      .poll(() => hook.bodies.filter((b) => b.session_id === s.id).map((b) => b.status))
      .toContain('approved');

    // The key lives in memory only: nothing stored, no cookie, not in the address.
    const stored = await page.evaluate(() => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      url: location.href,
    }));
    expect(stored).toEqual({ local: 0, session: 0, cookie: '', url: stored.url });
    expect(stored.url).not.toContain(API_KEY);
    expect(await page.context().cookies()).toEqual([]);

    // Back to the list: the session now shows as approved.
    await page.getByRole('button', { name: '← All sessions' }).click();
    await expect(page.locator(`.session-item[data-id="${s.id}"]`)).toHaveCount(0);
    await page.getByLabel('Status').selectOption('approved');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page.locator(`.session-item[data-id="${s.id}"]`)).toContainText('Approved');
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot(page, 'review-list');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByLabel('API key')).toHaveValue('');
    expect(violations).toEqual([]);
  });

  test('a wrong key is refused and reaches nothing', async ({ page }) => {
    await page.goto('/review');
    await page.getByLabel('API key').fill('vlk_not_a_key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText('This API key was not accepted.');
    await expect(page.getByRole('heading', { name: 'Sessions' })).toBeHidden();
  });

  test('declining goes through the decision endpoint too', async ({ page, request }) => {
    const s = await submittedSession(request, 'Otto');
    await signIn(page);
    // A creation date filter that excludes today finds nothing; today's finds the session.
    const created = Date.parse((await getSession(request, s.id)).created_at as string);
    const day = (offset: number) => new Date(created + offset * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Created from').fill(day(1));
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page.locator('#list-status')).toHaveText('No sessions match these filters.');
    await page.getByLabel('Created from').fill(day(0));
    await page.getByLabel('Created to').fill(day(0));
    await page.getByRole('button', { name: 'Show' }).click();
    await page.locator(`.session-item[data-id="${s.id}"]`).click();
    await page.getByRole('button', { name: 'Decline' }).click();
    await expect(page.locator('#summary .badge')).toHaveText('Declined');
    expect((await getSession(request, s.id)).status).toBe('declined');
    await shot(page, 'review-declined');
  });
});
