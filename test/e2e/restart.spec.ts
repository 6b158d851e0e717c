/**
 * The backend process killed (SIGKILL) in the middle of a flow and started again on the same data
 * directory: the capture taken while it was down is retried until it lands, nothing is lost, the
 * session completes. Runs its own server on its own port, so the shared one is left alone.
 */
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_KEY, takePhoto } from './helpers.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'demo/server/start.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      VERILOCK_API_KEYS: API_KEY,
      VERILOCK_DATA_DIR: dataDir,
      DEMO_EMBED_PORT: String(port + 1),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      if (out.includes('listening on')) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

test('backend killed and restarted mid-flow: the capture is retried until it lands; nothing is lost', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'verilock-restart-'));
  let server = await startServer(port, dataDir);
  try {
    const created = await request.post(`${base}/api/v1/sessions`, {
      headers: { 'X-API-Key': API_KEY },
      data: { type: 'kyc', steps: ['document'], applicant: { first_name: 'Ana', last_name: 'Silva' } },
    });
    const session = (await created.json()) as { id: string; session_url: string };
    await page.route('**/mediapipe/**', (route) => route.abort());
    await page.goto(session.session_url);
    const flow = page.locator('verilock-flow');
    await flow.getByRole('button', { name: 'Start' }).click();
    await flow.getByLabel('Issuing country').selectOption('PT');
    await flow.getByLabel('Passport').check();
    await flow.getByRole('button', { name: 'Continue' }).click();
    await expect(flow.getByRole('button', { name: 'Take photo' })).toBeEnabled();

    let failedUploads = 0;
    page.on('requestfailed', (r) => {
      if (r.url().includes('/api/v1/flow/captures')) failedUploads++;
    });
    server.kill('SIGKILL');
    await new Promise((r) => server.once('exit', r));
    await takePhoto(flow, 'Check the front');
    await flow.getByRole('button', { name: 'Use this photo' }).click();
    await expect(flow.getByRole('heading', { name: 'Sending your photos' })).toBeVisible();
    // A few attempts fail while the backend is down (counted, not waited for by the clock).
    await expect.poll(() => failedUploads, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);

    server = await startServer(port, dataDir);
    await expect(flow.getByRole('heading', { name: 'Thank you' })).toBeVisible({ timeout: 60_000 });
    const detail = await (
      await request.get(`${base}/api/v1/sessions/${session.id}`, { headers: { 'X-API-Key': API_KEY } })
    ).json();
    expect(detail.status).toBe('processing');
    expect(detail.captures.map((c: { kind: string }) => c.kind)).toEqual(['document_front']);
  } finally {
    server.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
