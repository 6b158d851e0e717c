/**
 * No dead end when on-device vision cannot run. Each way it fails — no WebGL, no wasm SIMD, a model that
 * is missing, a corrupt wasm, an exception inside a detect call, no result after the task is ready — ends
 * the same way: no uncaught page error, one non-fatal `verilock-error` (`vision_unavailable`), the selfie
 * keeps its shutter under a one-line notice, and liveness offers one photo for manual review, uploaded with
 * `liveness_mode: 'photo'`, `fallback_reason: 'vision_unavailable'` and the (empty) log.
 *
 * The failures are made in the page the way real devices make them (init scripts, routes), so nothing here
 * depends on the engine: the same walk runs wherever the flow runs.
 */
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { createSession, getSession, logRefusedUploads, recordEvents, shot, type RecordedEvent } from './helpers.js';

/** WebGL context creation fails, as on blocklisted GPUs, hardened browsers or headless engines without GL. */
function noWebGl(): void {
  for (const C of [globalThis.HTMLCanvasElement, globalThis.OffscreenCanvas]) {
    if (!C) continue;
    const original = C.prototype.getContext as (...args: unknown[]) => unknown;
    C.prototype.getContext = function (this: unknown, type: string, ...rest: unknown[]) {
      if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null;
      return original.call(this, type, ...rest);
    } as typeof C.prototype.getContext;
  }
}

/** No wasm SIMD (iOS Safari before 16.4): a module using SIMD does not validate. */
function noSimd(): void {
  const validate = WebAssembly.validate.bind(WebAssembly);
  WebAssembly.validate = (bytes: BufferSource): boolean => {
    const view = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : new Uint8Array(bytes.buffer);
    return view.includes(0xfd) ? false : validate(bytes); // 0xfd: the SIMD opcode prefix
  };
}

/** The GPU upload inside every detect call throws (a lost or broken GL context). */
function throwingDetect(): void {
  for (const C of [globalThis.WebGL2RenderingContext, globalThis.WebGLRenderingContext]) {
    if (!C) continue;
    C.prototype.texImage2D = function () {
      throw new Error('injected: texture upload failed');
    };
  }
}

/** Video frames never reach the detector (a browser whose frame callbacks stall). */
function framesNeverCome(): void {
  HTMLVideoElement.prototype.requestVideoFrameCallback = () => 1;
}

interface Walk {
  page: Page;
  events: RecordedEvent[];
  pageErrors: string[];
}

async function open(page: Page, setup: (page: Page) => Promise<unknown>): Promise<Walk> {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  logRefusedUploads(page);
  const events = await recordEvents(page);
  await setup(page);
  return { page, events, pageErrors };
}

const visionErrors = (events: RecordedEvent[]) =>
  events.filter((e) => e.name === 'verilock-error').map((e) => e.detail as Record<string, unknown>);

function storedMeta(sessionId: string, kind: string): Record<string, unknown> {
  const db = new Database(join(process.env.E2E_DATA_DIR!, 'verilock.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare('SELECT meta FROM captures WHERE session_id = ? AND kind = ? AND superseded = 0')
      .get(sessionId, kind) as { meta: string } | undefined;
    expect(row, `a stored ${kind} capture`).toBeDefined();
    return JSON.parse(row!.meta) as Record<string, unknown>;
  } finally {
    db.close();
  }
}

/** Selfie with the shutter under the notice, then liveness through the one-photo fallback; checks what was stored. */
async function selfieThenLiveness(
  w: Walk,
  request: Parameters<typeof createSession>[0],
  name: string,
  startCheck: boolean,
): Promise<void> {
  const session = await createSession(request, {
    type: 'kyc',
    steps: ['selfie', 'liveness'],
    applicant: { first_name: 'Eileen', last_name: 'Collins' },
  });
  const { page, events, pageErrors } = w;
  await page.goto(session.session_url);
  const flow = page.locator('verilock-flow');
  await flow.getByRole('button', { name: 'Start' }).click();
  await flow.getByRole('button', { name: 'I agree' }).click();

  // Selfie: the notice says what still works; "Getting ready…" does not stay; the shutter takes the photo.
  const capture = flow.locator('verilock-capture');
  await expect(capture.getByText('Automatic capture is not available on this device')).toBeVisible();
  await expect(capture.getByText('Getting ready')).toHaveCount(0);
  await shot(page, `vision-${name}-selfie`);
  await capture.getByRole('button', { name: 'Take photo' }).click();
  await flow.getByRole('button', { name: 'Use this photo' }).click();

  // Liveness: the fallback is offered (at once when the browser lacks something, after Start otherwise).
  await expect(flow.getByRole('heading', { name: 'Show you are present' })).toBeVisible();
  if (startCheck) await flow.getByRole('button', { name: 'Start the check' }).click();
  const liveness = flow.locator('verilock-liveness');
  await expect(liveness.getByText('This device cannot run the movement check')).toBeVisible();
  await shot(page, `vision-${name}-liveness`);
  await liveness.getByRole('button', { name: 'Take one photo for review' }).click();
  await flow.getByRole('button', { name: 'Use this photo' }).click();
  await expect(flow.getByRole('heading', { name: 'Thank you' })).toBeVisible({ timeout: 30_000 });

  const stored = await getSession(request, session.id);
  expect(stored.captures.map((c: { kind: string }) => c.kind)).toEqual(['selfie', 'liveness']);
  const meta = storedMeta(session.id, 'liveness');
  expect(meta['liveness_mode']).toBe('photo');
  expect(meta['fallback_reason']).toBe('vision_unavailable');
  expect(meta['liveness']).toEqual([]);
  expect(storedMeta(session.id, 'selfie')['liveness_mode']).toBeUndefined();

  // Reported to the host, non-fatal, once per step that wanted vision.
  const errors = visionErrors(events);
  expect(errors.map((e) => e['step'])).toEqual(['selfie', 'liveness']);
  for (const e of errors)
    expect(e).toEqual({ ...e, code: 'vision_unavailable', category: 'device', recoverable: true });
  expect(pageErrors).toEqual([]);
}

test.describe('no dead end without on-device vision', () => {
  test('no WebGL: nothing is downloaded for vision; shutter with a notice, and one photo for liveness', async ({
    page,
    request,
  }) => {
    const w = await open(page, (p) => p.addInitScript(noWebGl));
    const assets: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/mediapipe/')) assets.push(new URL(r.url()).pathname);
    });
    await selfieThenLiveness(w, request, 'no-webgl', false);
    expect(assets).toEqual([]);
  });

  test('no wasm SIMD: nothing is downloaded for vision; shutter with a notice, and one photo for liveness', async ({
    page,
    request,
  }) => {
    const w = await open(page, (p) => p.addInitScript(noSimd));
    const assets: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/mediapipe/')) assets.push(new URL(r.url()).pathname);
    });
    await selfieThenLiveness(w, request, 'no-simd', false);
    expect(assets).toEqual([]);
  });

  test('the models are missing (404)', async ({ page, request }) => {
    const w = await open(page, (p) =>
      p.route('**/mediapipe/models/**', (route) => route.fulfill({ status: 404, body: 'not found' })),
    );
    await selfieThenLiveness(w, request, 'model-404', true);
  });

  test('corrupt models', async ({ page, request }) => {
    const w = await open(page, (p) =>
      p.route('**/mediapipe/models/**', (route) =>
        route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.alloc(4096, 0x5a) }),
      ),
    );
    await selfieThenLiveness(w, request, 'corrupt-model', true);
  });

  test('a corrupt wasm', async ({ page, request }) => {
    const w = await open(page, (p) =>
      p.route('**/mediapipe/wasm/*.wasm', (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/wasm',
          body: Buffer.from('\0asm corrupt, not a module'),
        }),
      ),
    );
    await selfieThenLiveness(w, request, 'corrupt-wasm', true);
  });

  test('an exception inside every detect call', async ({ page, request }) => {
    const w = await open(page, (p) => p.addInitScript(throwingDetect));
    await selfieThenLiveness(w, request, 'detect-throws', true);
  });

  test('no result after the task is ready', async ({ page, request }) => {
    const w = await open(page, (p) => p.addInitScript(framesNeverCome));
    await selfieThenLiveness(w, request, 'no-result', true);
  });
});
