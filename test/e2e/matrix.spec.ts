/**
 * Every combination of steps that has a screen, every document type and both request shapes, walked in
 * the built widget against the reference backend — then what the backend stored is checked on disk:
 * each capture's kind, its file's sha256 equal to the receipt the widget got, JPEG without EXIF,
 * status `processing`, the signed webhook delivered, and the browser redirected with the two parameters.
 * Plus the security checks: the token travels only in the Authorization header (and the hosted link),
 * no image or token is left in storage, and one session's token sees nothing of another's.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWebhookVerifier } from '../../demo/receiver/verify-webhook.js';
import { API_KEY, createSession, getSession } from './helpers.js';

const DEFAULT_PROFILE = '7b0c3a52-3f4e-4d8a-9a61-0d5c2e8f1a01';

interface Receiver {
  url: string;
  bodies: { status: string; valid: boolean }[];
  close(): Promise<void>;
}

/** A local webhook receiver that checks each delivery's signature against the data dir's secret (documented helper). */
async function webhookReceiver(): Promise<Receiver> {
  const secret = readFileSync(join(process.env.E2E_DATA_DIR!, 'webhook-secret'), 'utf8').trim();
  const verify = createWebhookVerifier({ secret });
  const bodies: Receiver['bodies'] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const verdict = verify(raw, req.headers['x-signature'] as string, req.headers['x-verilock-delivery'] as string);
      bodies.push({ status: JSON.parse(raw.toString()).status, valid: verdict.ok });
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}/hook`, bodies, close: () => new Promise((r) => server.close(() => r())) };
}

/** Walks whatever the session asks for, with the manual shutter (on-device vision is kept out). */
async function walk(page: Page, flow: Locator, documentLabel: string): Promise<void> {
  await flow.getByRole('button', { name: 'Start' }).click();
  const heading = flow.getByRole('heading').first();
  for (let guard = 0; guard < 20; guard++) {
    await expect(heading).toBeVisible();
    const text = (await heading.textContent())?.trim() ?? '';
    if (text === 'Your consent') await flow.getByRole('button', { name: 'I agree' }).click();
    else if (text === 'Choose your document') {
      await flow.getByLabel('Issuing country').selectOption('BE');
      await flow.getByLabel(documentLabel).check();
      await flow.getByRole('button', { name: 'Continue' }).click();
    } else if (text === 'Show you are present') {
      // MediaPipe is blocked here, so the step offers the documented one-photo fallback (reviewed by a person).
      // It may show "Start the check" first and switch once the vision runtime fails to load.
      const start = flow.getByRole('button', { name: 'Start the check' });
      const photo = flow.getByRole('button', { name: 'Take one photo for review' });
      await expect(start.or(photo)).toBeVisible();
      if (await start.isVisible()) await start.click();
      await photo.click();
      // The photo is taken at once; its review says a person will look at it.
      await expect(flow.getByRole('heading', { name: 'Check your photo' })).toBeVisible();
    } else if (/^(Front of|Back of|Take a selfie)/.test(text)) {
      // On-device auto-capture may get there first: then the review screen is already up.
      await flow
        .getByRole('button', { name: 'Take photo' })
        .click({ timeout: 5_000 })
        .catch(() => undefined);
    } else if (text.startsWith('Check ')) {
      await flow.getByRole('button', { name: 'Use this photo' }).click();
    } else if (text === 'Sending your photos' || text === 'Thank you') {
      return;
    } else {
      await page.waitForTimeout(100);
    }
    await expect(heading).not.toHaveText(text);
  }
  throw new Error('the flow did not end');
}

const DOC_LABEL: Record<string, string> = {
  passport: 'Passport',
  id_card: 'Identity card',
  drivers_license: 'Driving licence',
  residence_permit: 'Residence permit',
};

const CASES: { name: string; steps?: string[]; profile?: string; doc: keyof typeof DOC_LABEL; kinds: string[] }[] = [
  { name: 'document only, passport', steps: ['document'], doc: 'passport', kinds: ['document_front'] },
  { name: 'selfie only', steps: ['selfie'], doc: 'id_card', kinds: ['selfie'] },
  { name: 'liveness only', steps: ['liveness'], doc: 'id_card', kinds: ['liveness'] },
  {
    name: 'document + selfie, identity card',
    steps: ['document', 'selfie', 'face_match'],
    doc: 'id_card',
    kinds: ['document_back', 'document_front', 'selfie'],
  },
  {
    name: 'document + liveness, driving licence',
    steps: ['document', 'liveness'],
    doc: 'drivers_license',
    kinds: ['document_back', 'document_front', 'liveness'],
  },
  { name: 'selfie + liveness', steps: ['selfie', 'liveness', 'aml'], doc: 'id_card', kinds: ['liveness', 'selfie'] },
  {
    name: 'everything, residence permit',
    steps: ['document', 'selfie', 'face_match', 'liveness', 'aml'],
    doc: 'residence_permit',
    kinds: ['document_back', 'document_front', 'liveness', 'selfie'],
  },
  {
    name: 'profile request shape (default profile), passport',
    profile: DEFAULT_PROFILE,
    doc: 'passport',
    kinds: ['document_front', 'liveness', 'selfie'],
  },
];

test.describe('every step combination, document type and request shape', () => {
  for (const c of CASES) {
    test(c.name, async ({ page, request, baseURL }) => {
      const hook = await webhookReceiver();
      try {
        const redirect = `${baseURL}/demo/done.html`;
        const session = await createSession(
          request,
          c.profile
            ? { profile_id: c.profile, applicant_name: 'Ada Lovelace', redirect_url: redirect, webhook_url: hook.url }
            : {
                type: 'kyc',
                steps: c.steps,
                redirect_url: redirect,
                webhook_url: hook.url,
                applicant: { first_name: 'Ada', last_name: 'Lovelace' },
              },
        );
        const receipts = new Map<string, string>();
        page.on('response', async (res) => {
          if (res.url().endsWith('/api/v1/flow/captures') && res.status() === 201) {
            const r = (await res.json()) as { kind: string; sha256: string };
            receipts.set(r.kind, r.sha256);
          }
        });
        await page.route('**/mediapipe/**', (route) => route.abort());
        await page.goto(session.session_url);
        await walk(page, page.locator('verilock-flow'), DOC_LABEL[c.doc]!);
        await page.waitForURL(/\/demo\/done\.html/, { timeout: 30_000 });
        const url = new URL(page.url());
        expect(url.searchParams.get('verilock_session_id')).toBe(session.id);
        expect(url.searchParams.get('verilock_status')).toBe('processing');

        const stored = await getSession(request, session.id);
        expect(stored.status).toBe('processing');
        expect(stored.captures.map((x: { kind: string }) => x.kind).sort()).toEqual(c.kinds);

        // On disk: one row per kind, files named by their sha256, JPEG, no EXIF; receipts match.
        const db = new Database(join(process.env.E2E_DATA_DIR!, 'verilock.sqlite'), {
          readonly: true,
          fileMustExist: true,
        });
        try {
          const rows = db
            .prepare('SELECT kind, sha256, files, meta FROM captures WHERE session_id = ? AND superseded = 0')
            .all(session.id) as { kind: string; sha256: string; files: string; meta: string | null }[];
          expect(rows.map((r) => r.kind).sort()).toEqual(c.kinds);
          for (const row of rows) {
            expect(row.sha256).toBe(receipts.get(row.kind));
            for (const f of JSON.parse(row.files) as { sha256: string; ext: string }[]) {
              const bytes = readFileSync(join(process.env.E2E_DATA_DIR!, 'captures', `${f.sha256}.${f.ext}`));
              expect(createHash('sha256').update(bytes).digest('hex')).toBe(f.sha256);
              expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
              expect(bytes.includes(Buffer.from('Exif\0\0'))).toBe(false);
            }
            if (row.kind === 'document_front') expect(JSON.parse(row.meta!).document_type).toBe(c.doc);
          }
        } finally {
          db.close();
        }
        // The signed webhook of the move to processing arrives (delivery runs in the background).
        await expect
          .poll(() => hook.bodies.filter((b) => b.status === 'processing').length, { timeout: 15_000 })
          .toBe(1);
        expect(hook.bodies.every((b) => b.valid)).toBe(true);
      } finally {
        await hook.close();
      }
    });
  }
});

test.describe('security', () => {
  test('the token travels only in the Authorization header; nothing is left in storage or events', async ({
    page,
    request,
  }) => {
    const session = await createSession(request, {
      type: 'kyc',
      steps: ['document', 'selfie'],
      applicant: { first_name: 'Ada', last_name: 'Lovelace' },
    });
    const token = session.session_token;
    const leaks: string[] = [];
    page.on('request', async (req) => {
      const url = req.url();
      if (url.includes(token) && url !== session.session_url) leaks.push(`url ${url}`);
      const headers = await req.allHeaders();
      for (const [k, v] of Object.entries(headers))
        if (k !== 'authorization' && v.includes(token)) leaks.push(`header ${k}`);
      if (url.includes('/api/') && headers.authorization !== `Bearer ${token}`) leaks.push(`no bearer on ${url}`);
      const body = req.postDataBuffer();
      if (body?.includes(token)) leaks.push(`body ${url}`);
    });
    const details: string[] = [];
    await page.exposeFunction('__detail', (d: string) => details.push(d));
    await page.addInitScript(() => {
      for (const n of [
        'ready',
        'step-change',
        'camera-status',
        'capture',
        'complete',
        'redirect',
        'error',
        'cancel',
        'expired',
      ])
        document.addEventListener(`verilock-${n}`, (e) =>
          (window as any).__detail(JSON.stringify((e as CustomEvent).detail)),
        );
    });
    await page.route('**/mediapipe/**', (route) => route.abort());
    await page.goto(session.session_url);
    await walk(page, page.locator('verilock-flow'), 'Identity card');
    await expect(page.locator('verilock-flow').getByRole('heading', { name: 'Thank you' })).toBeVisible({
      timeout: 30_000,
    });

    expect(leaks).toEqual([]);
    expect(details.length).toBeGreaterThan(5);
    for (const d of details) {
      expect(d).not.toContain(token);
      expect(d).not.toContain('Lovelace');
      expect(d).not.toMatch(/data:image|blob:/);
    }
    const storage = await page.evaluate(async () => ({
      local: Object.keys(localStorage).length,
      session: Object.keys(sessionStorage).length,
      idb: (await indexedDB.databases()).length,
      caches: 'caches' in window ? (await caches.keys()).length : 0,
    }));
    expect(storage).toEqual({ local: 0, session: 0, idb: 0, caches: 0 });
  });

  test("one session's token sees and touches nothing of another's", async ({ request }) => {
    const a = await createSession(request, {
      type: 'kyc',
      steps: ['selfie'],
      applicant: { first_name: 'A', last_name: 'A' },
    });
    const b = await createSession(request, {
      type: 'kyc',
      steps: ['selfie'],
      applicant: { first_name: 'B', last_name: 'B' },
    });
    const jpeg = readFileSync(new URL('../fixtures/astronaut.jpg', import.meta.url));
    const up = await request.post('/api/v1/flow/captures', {
      headers: { Authorization: `Bearer ${a.session_token}`, 'Idempotency-Key': 'k-a-1' },
      multipart: {
        kind: 'selfie',
        meta: JSON.stringify({ source: 'camera' }),
        file: { name: 's.jpg', mimeType: 'image/jpeg', buffer: jpeg },
      },
    });
    expect(up.status()).toBe(201);
    const asB = await (
      await request.get('/api/v1/flow/session', { headers: { Authorization: `Bearer ${b.session_token}` } })
    ).json();
    expect(asB.id).toBe(b.id);
    expect(asB.captures).toEqual([]);
    // B replaying A's idempotency key creates B's own capture, never returns A's receipt.
    const replay = await request.post('/api/v1/flow/captures', {
      headers: { Authorization: `Bearer ${b.session_token}`, 'Idempotency-Key': 'k-a-1' },
      multipart: {
        kind: 'selfie',
        meta: JSON.stringify({ source: 'camera' }),
        file: { name: 's.jpg', mimeType: 'image/jpeg', buffer: jpeg },
      },
    });
    expect(replay.status()).toBe(201);
    expect((await replay.json()).id).not.toBe((await up.json()).id);
    // B completing does not complete A; the seed API (API key) shows each its own capture.
    expect(
      (
        await request.post('/api/v1/flow/complete', { headers: { Authorization: `Bearer ${b.session_token}` } })
      ).status(),
    ).toBe(200);
    expect((await getSession(request, a.id)).status).toBe('in_progress');
    expect((await getSession(request, a.id)).captures).toHaveLength(1);
    // A session's token is no API key.
    const asKey = await request.get(`/api/v1/sessions/${a.id}`, { headers: { 'X-API-Key': a.session_token } });
    expect(asKey.status()).toBe(401);
    expect(API_KEY).not.toBe(a.session_token);
  });
});
