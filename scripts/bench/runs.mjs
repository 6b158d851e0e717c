// One run of each bench: the whole flow (bytes, heap over retakes, auto-capture), the slow-network walk, and the
// vision bench page (detection and landmarks per frame).
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PROFILE_DOC_SELFIE, PROFILE_FULL, ROOT, api } from './backend.mjs';
import {
  criticalJs,
  heapNow,
  heapUsed,
  pageProbe,
  recordResponses,
  shoot,
  visionAfterShown,
  wireByKind,
} from './probes.mjs';

export const BENCH_DIR = join(ROOT, 'scripts', 'bench');
/** The slow-network profile (Chromium's CDP network emulation; latency is added per request). */
export const SLOW = { offline: false, latency: 400, downloadThroughput: 500_000 / 8, uploadThroughput: 500_000 / 8 };
export const RETAKES = 10;
export const TASKS_VISION = join(ROOT, 'node_modules', '@mediapipe', 'tasks-vision', 'vision_bundle.mjs');

/**
 * A new session of `profile` and a fresh phone-sized browser context (cold cache) to walk it in: its page
 * with the milestone probe installed, every response recorded, and a CDP session on the page.
 */
async function openRun(browser, base, profile, applicantName) {
  const session = await api(base, 'POST', '/api/v1/sessions', {
    profile_id: profile,
    applicant_name: applicantName,
    redirect_url: `${base}/demo/done.html`,
  });
  const context = await browser.newContext({ permissions: ['camera'], viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  const { responses, settle } = recordResponses(context);
  await page.addInitScript(pageProbe);
  const cdp = await context.newCDPSession(page);
  return { session, context, page, responses, settle, cdp };
}

export async function flowRun(browser, base) {
  const { session, context, page, responses, settle, cdp } = await openRun(
    browser,
    base,
    PROFILE_DOC_SELFIE,
    'Bench Run',
  );
  await cdp.send('Performance.enable');

  await page.goto(session.session_url);
  const flow = page.locator('verilock-flow');
  await flow.getByRole('button', { name: 'Start' }).waitFor();
  await page.waitForFunction(() => window.__bench.paintedAt !== undefined);
  const marks = await page.evaluate(() => window.__bench);

  await flow.getByRole('button', { name: 'Start' }).click();
  await flow.getByRole('button', { name: 'I agree' }).click();
  await flow.getByLabel('Issuing country').selectOption('FR');
  await flow.getByLabel('Identity card').check();
  await flow.getByRole('button', { name: 'Continue' }).click();

  // Front: one photo + retake, then nine more, reading the heap after the first and after the tenth.
  const heap = { samples: [] };
  for (let i = 1; i <= RETAKES; i++) {
    await shoot(flow, 'Check the front');
    heap.samples.push(await heapNow(cdp));
    await flow.getByRole('button', { name: 'Retake' }).click();
    await flow.getByRole('heading', { name: 'Front of your document' }).waitFor();
    if (i === 1) {
      heap.afterOne = await heapUsed(cdp);
      heap.peakOne = Math.max(...heap.samples);
    }
  }
  heap.afterTen = await heapUsed(cdp);
  heap.peakTen = Math.max(...heap.samples);
  await shoot(flow, 'Check the front');
  await flow.getByRole('button', { name: 'Use this photo' }).click();
  await shoot(flow, 'Check the back');
  await flow.getByRole('button', { name: 'Use this photo' }).click();

  // Selfie: leave it to auto-capture; time from the first `good` guidance to the review screen.
  await flow.getByRole('heading', { name: 'Take a selfie' }).waitFor();
  const auto = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const flowEl = document.querySelector('verilock-flow');
        const started = performance.now();
        let goodAt;
        const tick = () => {
          const now = performance.now();
          const cap = flowEl.shadowRoot?.querySelector('verilock-capture');
          if (goodAt === undefined && cap && (cap.guidance === 'good' || cap.guidance === 'capturing')) goodAt = now;
          if (flowEl.state?.screen === 'review') {
            resolve({ goodAt, reviewAt: now, started, auto: true });
            return;
          }
          if (now - started > 15_000) {
            resolve({
              goodAt,
              started,
              auto: false,
              visionFailed: cap?.visionFailed ?? null,
              guidance: cap?.guidance ?? null,
            });
            return;
          }
          requestAnimationFrame(tick);
        };
        tick();
      }),
  );
  if (!auto.auto) await shoot(flow, 'Check your selfie');
  await flow.getByRole('heading', { name: 'Check your selfie' }).waitFor();
  await flow.getByRole('button', { name: 'Use this photo' }).click();
  await page.waitForFunction(
    () => window.__bench.events.some((e) => e.name === 'complete' || e.name === 'error'),
    null,
    {
      timeout: 60_000,
    },
  );
  const events = await page.evaluate(() => window.__bench.events);
  if (!events.some((e) => e.name === 'complete')) throw new Error(`the flow failed: ${JSON.stringify(events)}`);
  await settle();
  await context.close();

  const detail = await api(base, 'GET', `/api/v1/sessions/${session.id}`);
  const bytesOf = (kind) => detail.captures.find((c) => c.kind === kind)?.bytes ?? Number.NaN;

  const critical = criticalJs(marks, responses);
  // The same URL downloaded again in full (no HTTP cache hit): the repeats are wasted bytes.
  const seen = new Set();
  const repeats = responses.filter((r) => (seen.has(r.url) ? true : (seen.add(r.url), false)));
  return {
    readyMs: marks.readyAt,
    repeatWire: repeats.reduce((n, r) => n + r.wire, 0),
    repeatFiles: [...new Set(repeats.map((r) => new URL(r.url).pathname))],
    definedToReadyMs: marks.readyAt - marks.definedAt,
    paintedMs: marks.paintedAt,
    criticalJsWire: critical.reduce((n, r) => n + r.wire, 0),
    criticalJsFiles: critical.map((r) => new URL(r.url).pathname),
    byKind: wireByKind(responses),
    responses: responses.map((r) => ({ ...r, url: new URL(r.url).pathname })),
    autoCapture: auto,
    autoCaptureMs: auto.auto && auto.goodAt !== undefined ? auto.reviewAt - auto.goodAt : Number.NaN,
    liveToAutoCaptureMs: auto.auto ? auto.reviewAt - auto.started : Number.NaN,
    bytes: {
      document_front: bytesOf('document_front'),
      document_back: bytesOf('document_back'),
      selfie: bytesOf('selfie'),
    },
    heap,
  };
}

/**
 * The document + selfie + liveness walk on the slow network, from navigation to the liveness step's first
 * landmarks (the last download of the flow). Documents are taken with the shutter unless they take
 * themselves; the selfie waits for auto-capture (the shutter after 120 s).
 */
export async function slowRun(browser, base) {
  const { session, context, page, responses, settle, cdp } = await openRun(browser, base, PROFILE_FULL, 'Bench Slow');
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW);

  await page.goto(session.session_url);
  const flow = page.locator('verilock-flow');
  await flow.getByRole('button', { name: 'Start' }).waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => window.__bench.paintedAt !== undefined);
  const marks = await page.evaluate(() => window.__bench);
  await flow.getByRole('button', { name: 'Start' }).click();
  await flow.getByRole('button', { name: 'I agree' }).click();
  await flow.getByLabel('Issuing country').selectOption('FR');
  await flow.getByLabel('Identity card').check();
  await flow.getByRole('button', { name: 'Continue' }).click();

  const vision = {};
  await flow.getByRole('heading', { name: 'Front of your document' }).waitFor({ timeout: 30_000 });
  vision.document_front = await visionAfterShown(page, 'document_front', 120_000);
  await shoot(flow, 'Check the front', 60_000);
  await flow.getByRole('button', { name: 'Use this photo' }).click();
  await shoot(flow, 'Check the back', 60_000);
  await flow.getByRole('button', { name: 'Use this photo' }).click();
  await flow.getByRole('heading', { name: 'Take a selfie' }).waitFor({ timeout: 30_000 });
  vision.selfie = await visionAfterShown(page, 'selfie', 120_000);
  await shoot(flow, 'Check your selfie', 120_000);
  await flow.getByRole('button', { name: 'Use this photo' }).click();
  await flow.getByRole('heading', { name: 'Show you are present' }).waitFor({ timeout: 60_000 });
  await flow.getByRole('button', { name: 'Start the check' }).click();
  vision.liveness = await visionAfterShown(page, 'liveness', 180_000);
  await page.waitForTimeout(1000); // responses of the last step finish arriving
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await settle();
  await context.close();

  const critical = criticalJs(marks, responses);
  const byKind = wireByKind(responses);
  const step = (k) => vision[k].resultAt - vision[k].shownAt;
  return {
    readyMs: marks.readyAt,
    criticalJsWire: critical.reduce((n, r) => n + r.wire, 0),
    criticalJsFiles: critical.map((r) => new URL(r.url).pathname),
    criticalJsStarts: marks.resourcesAtReady
      .filter((r) => critical.some((c) => c.url === r.name))
      .map((r) => ({ path: new URL(r.name).pathname, startTime: r.startTime, responseEnd: r.responseEnd })),
    byKind,
    flowWire: Object.values(byKind).reduce((n, k) => n + k.wire, 0),
    responses: responses.map((r) => ({ ...r, url: new URL(r.url).pathname })),
    visionMs: { document_front: step('document_front'), selfie: step('selfie'), liveness: step('liveness') },
    walkMs: vision.liveness.resultAt,
  };
}

export async function visionRun(browser, base) {
  const context = await browser.newContext({ permissions: ['camera'] });
  await context.route(`${base}/__bench/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice('/__bench/'.length);
    const file =
      name === 'tasks-vision.mjs'
        ? TASKS_VISION
        : /^mediapipe\/(wasm|models)\/[\w.-]+$/.test(name)
          ? join(ROOT, 'dist', name) // the library's copy: the shipped bytes by their stable names
          : join(BENCH_DIR, basename(name));
    if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    const type = file.endsWith('.html')
      ? 'text/html; charset=utf-8'
      : file.endsWith('.wasm')
        ? 'application/wasm'
        : /\.(tflite|task)$/.test(file)
          ? 'application/octet-stream'
          : 'text/javascript; charset=utf-8';
    return route.fulfill({ status: 200, contentType: type, body: readFileSync(file) });
  });
  const page = await context.newPage();
  await page.goto(`${base}/__bench/vision.html`);
  await page.waitForFunction(() => typeof window.runVisionBench === 'function');
  const result = await page.evaluate(() => window.runVisionBench({ ms: 4000 }));
  await context.close();
  return result;
}
