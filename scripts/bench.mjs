#!/usr/bin/env node
// `npm run bench`: measures the built widget in headless Chromium against the performance budgets.
//
//   npm run build && npm run bench          # BENCH_RUNS=5 by default; BENCH_OUT=results.json keeps the raw runs
//
// It builds nothing: it measures dist/ as it is (run `npm run build` first). It starts the reference
// backend on a free port with a temporary data dir, then, for each run, in a fresh browser context
// (cold HTTP cache) with a fake 640×480 camera:
//   1. walks the whole hosted flow (intro → consent → document choice → front → back → selfie →
//      redirect), recording every response and gzip-compressing its body with zlib;
//   2. on the front, takes the photo and retakes it ten times, reading the JS heap (CDP) after one
//      retake and after ten, each after a forced garbage collection;
//   3. on the selfie, waits for auto-capture and times it from the first `good` guidance frame;
//   4. opens scripts/bench/vision.html and times face detection and landmarks per camera frame.
// It prints one table of medians over the runs, compares them with the budgets, and exits 1 when a
// budget is missed (2 when it could not measure). The test suite never runs it.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchOptions, fixture, chromiumPath } from '../test/browser-launch.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = join(ROOT, 'scripts', 'bench');
const RUNS = Math.max(1, Number.parseInt(process.env.BENCH_RUNS ?? '5', 10) || 5);
const API_KEY = 'vlk_bench_0123456789abcdef0123456789abcdef';
const PROFILE_DOC_SELFIE = '7b0c3a52-3f4e-4d8a-9a61-0d5c2e8f1a02';
const RETAKES = 10;
const KB = 1000;

/** The performance budgets. `max`: the median must not exceed it. */
const BUDGETS = {
  criticalJsGzip: { max: 40 * KB, label: 'JS before the first screen is interactive (gzip)' },
  readyMs: { max: 300, label: 'navigation (token) → first interactive screen' },
  detectMs: { max: 15, label: 'face detection per 640×480 frame (median)' },
  landmarksMs: { max: 35, label: 'face landmarks per 640×480 frame (median)' },
  autoCaptureMs: { max: 1500, label: 'good frame → auto-capture (selfie)' },
  documentBytes: { max: 500 * KB, label: 'bytes uploaded per document side' },
};
/** Not a performance budget: a leak check. Heap after ten retakes may exceed the heap after one by this much. */
const HEAP_GROWTH_MAX = 2 * 1000 * 1000;

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

function median(values) {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!s.length) return Number.NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const fmtBytes = (n) =>
  Number.isFinite(n) ? (n >= 1e6 ? `${(n / 1e6).toFixed(2)} MB` : `${(n / 1e3).toFixed(1)} KB`) : 'n/a';
const fmtMs = (n) => (Number.isFinite(n) ? `${n < 20 ? n.toFixed(1) : Math.round(n)} ms` : 'n/a');

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base, server, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`the reference backend exited (${server.exitCode})`);
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the reference backend did not become healthy in time');
}

async function api(base, method, path, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'X-API-Key': API_KEY, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** What a response is, for the byte table. */
function kindOf(url, contentType) {
  const path = new URL(url).pathname;
  const name = basename(path);
  if (path.endsWith('.wasm')) return 'wasm';
  if (/\.(tflite|task|binarypb)$/.test(path)) return 'models';
  if (/\.m?js$/.test(path) || /javascript/.test(contentType)) {
    return /^(fr|es|de|pt-BR|ar)-[\w-]+\.js$/.test(name) ? 'locales' : 'js';
  }
  return 'other';
}

// ---------------------------------------------------------------------------------------------
// One run of the whole flow
// ---------------------------------------------------------------------------------------------

/** Installed before any script of the hosted page: timestamps of the widget's milestones. */
function pageProbe() {
  const marks = (window.__bench = { events: [] });
  customElements.whenDefined('verilock-flow').then(() => (marks.definedAt = performance.now()));
  document.addEventListener('verilock-ready', () => {
    performance.mark('verilock-ready');
    marks.readyAt = performance.now();
    marks.resourcesAtReady = performance
      .getEntriesByType('resource')
      .map((e) => ({ name: e.name, startTime: e.startTime, responseEnd: e.responseEnd }));
    requestAnimationFrame(() => requestAnimationFrame(() => (marks.paintedAt = performance.now())));
  });
  for (const n of ['error', 'complete', 'redirect'])
    document.addEventListener(`verilock-${n}`, (e) => marks.events.push({ name: n, detail: e.detail }));
  document.addEventListener('verilock-redirect', (e) => e.preventDefault()); // stay: the bench reads the page after
}

async function shoot(flow, reviewHeading) {
  const shutter = flow.getByRole('button', { name: 'Take photo' });
  const review = flow.getByRole('heading', { name: reviewHeading });
  const until = Date.now() + 30_000;
  while (!(await review.isVisible())) {
    if (Date.now() > until) throw new Error(`no review screen (${reviewHeading})`);
    if (await shutter.isEnabled({ timeout: 100 }).catch(() => false)) {
      const handle = await shutter.elementHandle({ timeout: 200 }).catch(() => null);
      await handle?.click({ timeout: 2000 }).catch(() => {});
    }
    await review.waitFor({ timeout: 500 }).catch(() => {});
  }
}

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

async function heapNow(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

async function flowRun(browser, base) {
  const session = await api(base, 'POST', '/api/v1/sessions', {
    profile_id: PROFILE_DOC_SELFIE,
    applicant_name: 'Bench Run',
    redirect_url: `${base}/demo/done.html`,
  });
  const context = await browser.newContext({ permissions: ['camera'], viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  const responses = [];
  const pending = [];
  context.on('response', (res) => {
    const req = res.request();
    if (req.method() !== 'GET' || res.status() < 200 || res.status() >= 300) return;
    const url = new URL(res.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return; // blob: previews, data: URLs
    if (url.pathname.startsWith('/api/')) return;
    pending.push(
      res
        .finished()
        .then(() => req.sizes())
        // Only bodies that came over the network: a copy revalidated from the HTTP cache (304) has none.
        .then((sizes) => (sizes.responseBodySize > 0 ? res.body() : Promise.reject(new Error('cached'))))
        .then((body) =>
          responses.push({
            url: res.url(),
            kind: kindOf(res.url(), res.headers()['content-type'] ?? ''),
            raw: body.length,
            gzip: gzipSync(body).length,
          }),
        )
        .catch(() => {}),
    );
  });
  await page.addInitScript(pageProbe);
  const cdp = await context.newCDPSession(page);
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
  await Promise.all(pending);
  await context.close();

  const detail = await api(base, 'GET', `/api/v1/sessions/${session.id}`);
  const bytesOf = (kind) => detail.captures.find((c) => c.kind === kind)?.bytes ?? Number.NaN;

  // JS fetched before the first screen was interactive: resources started before `verilock-ready`.
  const early = new Set(marks.resourcesAtReady.filter((r) => r.startTime <= marks.readyAt).map((r) => r.name));
  const criticalJs = responses.filter((r) => r.kind === 'js' && early.has(r.url));
  const byKind = {};
  for (const r of responses) {
    byKind[r.kind] ??= { raw: 0, gzip: 0, files: 0 };
    byKind[r.kind].raw += r.raw;
    byKind[r.kind].gzip += r.gzip;
    byKind[r.kind].files += 1;
  }
  // The same URL downloaded again in full (no HTTP cache hit): the repeats are wasted bytes.
  const seen = new Set();
  const repeats = responses.filter((r) => (seen.has(r.url) ? true : (seen.add(r.url), false)));
  return {
    readyMs: marks.readyAt,
    repeatGzip: repeats.reduce((n, r) => n + r.gzip, 0),
    repeatFiles: [...new Set(repeats.map((r) => new URL(r.url).pathname))],
    definedToReadyMs: marks.readyAt - marks.definedAt,
    paintedMs: marks.paintedAt,
    criticalJsGzip: criticalJs.reduce((n, r) => n + r.gzip, 0),
    criticalJsFiles: criticalJs.map((r) => new URL(r.url).pathname),
    byKind,
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

// ---------------------------------------------------------------------------------------------
// One run of the vision bench page
// ---------------------------------------------------------------------------------------------

const TASKS_VISION = join(ROOT, 'node_modules', '@mediapipe', 'tasks-vision', 'vision_bundle.mjs');

async function visionRun(browser, base) {
  const context = await browser.newContext({ permissions: ['camera'] });
  await context.route(`${base}/__bench/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice('/__bench/'.length);
    const file = name === 'tasks-vision.mjs' ? TASKS_VISION : join(BENCH_DIR, basename(name));
    if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8';
    return route.fulfill({ status: 200, contentType: type, body: readFileSync(file) });
  });
  const page = await context.newPage();
  await page.goto(`${base}/__bench/vision.html`);
  await page.waitForFunction(() => typeof window.runVisionBench === 'function');
  const result = await page.evaluate(() => window.runVisionBench({ ms: 4000 }));
  await context.close();
  return result;
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

async function main() {
  const hosted = join(ROOT, 'dist', 'hosted');
  const needed = [join(hosted, 'verilock-hosted.js'), join(hosted, 'mediapipe', 'wasm', 'vision_wasm_internal.wasm')];
  if (!needed.every((f) => existsSync(f))) {
    console.error('bench: dist/hosted is missing or incomplete. Run `npm run build` first (the bench builds nothing).');
    return 2;
  }
  if (!existsSync(TASKS_VISION)) {
    console.error('bench: node_modules/@mediapipe/tasks-vision is missing. Run `npm ci` first.');
    return 2;
  }
  if (!chromiumPath) {
    console.error('bench: no Chromium found: install Debian\'s "chromium" or set CHROMIUM_PATH.');
    return 2;
  }

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'verilock-bench-data-'));
  const server = spawn(process.execPath, ['--import', 'tsx', 'demo/server/start.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: base,
      VERILOCK_API_KEYS: API_KEY,
      VERILOCK_DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let serverErr = '';
  server.stderr.on('data', (d) => (serverErr = (serverErr + d).slice(-4000)));
  let browser;
  try {
    await waitForHealth(base, server);
    browser = await chromium.launch(launchOptions(fixture('face.mjpeg')));
    const flows = [];
    const visions = [];
    for (let i = 1; i <= RUNS; i++) {
      process.stderr.write(`bench: run ${i}/${RUNS}…\n`);
      flows.push(await flowRun(browser, base));
      visions.push(await visionRun(browser, base));
    }
    const report = summarize(flows, visions);
    print(report, flows, visions);
    if (process.env.BENCH_OUT)
      writeFileSync(process.env.BENCH_OUT, JSON.stringify({ report, flows, visions }, null, 2));
    return report.missed.length ? 1 : 0;
  } catch (e) {
    console.error(`bench: ${e instanceof Error ? e.stack : e}`);
    if (serverErr) console.error(`bench: backend stderr:\n${serverErr}`);
    return 2;
  } finally {
    await browser?.close().catch(() => {});
    server.kill('SIGTERM');
    await new Promise((r) => (server.exitCode !== null ? r() : server.once('exit', r)));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function summarize(flows, visions) {
  const m = (f) => median(flows.map(f));
  const v = (f) => median(visions.map(f));
  const kindRow = (k) => ({
    gzip: m((r) => r.byKind[k]?.gzip ?? 0),
    raw: m((r) => r.byKind[k]?.raw ?? 0),
    files: m((r) => r.byKind[k]?.files ?? 0),
  });
  const values = {
    criticalJsGzip: m((r) => r.criticalJsGzip),
    readyMs: m((r) => r.readyMs),
    definedToReadyMs: m((r) => r.definedToReadyMs),
    detectMs: v((r) => r.detect.medianMs),
    detectP90Ms: v((r) => r.detect.p90Ms),
    landmarksMs: v((r) => r.landmarks.medianMs),
    landmarksP90Ms: v((r) => r.landmarks.p90Ms),
    detectOffered: v((r) => r.detect.offered),
    detectProcessed: v((r) => r.detect.processed),
    landmarksOffered: v((r) => r.landmarks.offered),
    landmarksProcessed: v((r) => r.landmarks.processed),
    detectFps: v((r) => r.detect.offered / r.detect.seconds),
    landmarksFps: v((r) => r.landmarks.offered / r.landmarks.seconds),
    cameraFps: v((r) => r.cameraFps),
    autoCaptureMs: m((r) => r.autoCaptureMs),
    liveToAutoCaptureMs: m((r) => r.liveToAutoCaptureMs),
    autoCaptured: flows.filter((r) => r.autoCapture.auto).length,
    documentBytes: Math.max(
      m((r) => r.bytes.document_front),
      m((r) => r.bytes.document_back),
    ),
    frontBytes: m((r) => r.bytes.document_front),
    backBytes: m((r) => r.bytes.document_back),
    selfieBytes: m((r) => r.bytes.selfie),
    heapOne: m((r) => r.heap.afterOne),
    heapTen: m((r) => r.heap.afterTen),
    peakOne: m((r) => r.heap.peakOne),
    peakTen: m((r) => r.heap.peakTen),
    js: kindRow('js'),
    wasm: kindRow('wasm'),
    models: kindRow('models'),
    locales: kindRow('locales'),
    other: kindRow('other'),
    repeatGzip: m((r) => r.repeatGzip),
    repeatFiles: [...new Set(flows.flatMap((r) => r.repeatFiles))],
  };
  const missed = [];
  for (const [key, b] of Object.entries(BUDGETS)) if (!(values[key] <= b.max)) missed.push(key);
  if (!(values.heapTen - values.heapOne <= HEAP_GROWTH_MAX)) missed.push('heapGrowth');
  return { runs: flows.length, values, missed };
}

function print({ runs, values: x, missed }) {
  const ok = (key) => (missed.includes(key) ? 'MISSED' : 'ok');
  const rows = [
    [
      'JS before first interactive screen (gzip)',
      fmtBytes(x.criticalJsGzip),
      `≤ ${fmtBytes(BUDGETS.criticalJsGzip.max)}`,
      ok('criticalJsGzip'),
    ],
    ['navigation (token) → first interactive screen', fmtMs(x.readyMs), `≤ ${BUDGETS.readyMs.max} ms`, ok('readyMs')],
    ['  element defined → first interactive screen', fmtMs(x.definedToReadyMs), '', ''],
    ['whole flow: JS (gzip)', `${fmtBytes(x.js.gzip)} (${x.js.files} files)`, '', ''],
    ['whole flow: wasm (gzip)', `${fmtBytes(x.wasm.gzip)} (${fmtBytes(x.wasm.raw)} raw)`, '', ''],
    ['whole flow: models (gzip)', `${fmtBytes(x.models.gzip)} (${fmtBytes(x.models.raw)} raw)`, '', ''],
    ['whole flow: locales (gzip)', `${fmtBytes(x.locales.gzip)} (${x.locales.files} files)`, '', ''],
    ['whole flow: HTML, CSS, other (gzip)', fmtBytes(x.other.gzip), '', ''],
    ['  of which downloaded again in full (gzip)', fmtBytes(x.repeatGzip), 'no budget; see below', ''],
    [
      'face detection per 640×480 frame (median / p90)',
      `${fmtMs(x.detectMs)} / ${fmtMs(x.detectP90Ms)}`,
      `≤ ${BUDGETS.detectMs.max} ms`,
      ok('detectMs'),
    ],
    [
      'face landmarks per frame (median / p90; no blendshapes)',
      `${fmtMs(x.landmarksMs)} / ${fmtMs(x.landmarksP90Ms)}`,
      `≤ ${BUDGETS.landmarksMs.max} ms`,
      ok('landmarksMs'),
    ],
    [
      'frames processed / offered: detection',
      `${x.detectProcessed} / ${x.detectOffered} (${x.detectFps.toFixed(1)} fps offered)`,
      'skip, never queue',
      '',
    ],
    [
      'frames processed / offered: landmarks',
      `${x.landmarksProcessed} / ${x.landmarksOffered} (${x.landmarksFps.toFixed(1)} fps offered)`,
      `camera alone: ${x.cameraFps.toFixed(1)} fps`,
      '',
    ],
    [
      'good frame → auto-capture (selfie)',
      `${fmtMs(x.autoCaptureMs)} (auto in ${x.autoCaptured}/${runs} runs)`,
      `≤ ${BUDGETS.autoCaptureMs.max} ms`,
      ok('autoCaptureMs'),
    ],
    ['  camera step shown → auto-capture', fmtMs(x.liveToAutoCaptureMs), '', ''],
    [
      'bytes uploaded: document front / back',
      `${fmtBytes(x.frontBytes)} / ${fmtBytes(x.backBytes)}`,
      `≤ ${fmtBytes(BUDGETS.documentBytes.max)} each`,
      ok('documentBytes'),
    ],
    ['bytes uploaded: selfie', fmtBytes(x.selfieBytes), '', ''],
    [
      'JS heap after GC: 1 retake → 10 retakes',
      `${fmtBytes(x.heapOne)} → ${fmtBytes(x.heapTen)}`,
      `growth ≤ ${fmtBytes(HEAP_GROWTH_MAX)} (leak check)`,
      ok('heapGrowth'),
    ],
    ['JS heap peak: 1 retake → 10 retakes', `${fmtBytes(x.peakOne)} → ${fmtBytes(x.peakTen)}`, '', ''],
  ];
  const widths = [0, 1, 2, 3].map((i) =>
    Math.max(...rows.map((r) => r[i].length), ['metric', 'median', 'budget', ''][i].length),
  );
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const cpu = cpus();
  console.log(
    `\nVerilock Flow bench: medians of ${runs} run${runs === 1 ? '' : 's'} — headless Chromium (${basename(chromiumPath)}), ${cpu.length} CPU cores (${cpu[0]?.model.trim() ?? '?'}), fake 640×480 camera, gzip = zlib level 6, 1 KB = 1000 bytes\n`,
  );
  console.log(line(['metric', 'median', 'budget', '']));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  if (x.repeatFiles.length) console.log(`\ndownloaded more than once per flow: ${x.repeatFiles.join(', ')}`);
  console.log(missed.length ? `\n${missed.length} budget(s) missed: ${missed.join(', ')}` : '\nevery budget met');
}

process.exitCode = await main();
