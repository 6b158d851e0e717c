#!/usr/bin/env node
// `npm run bench`: measures the built widget in headless Chromium against the performance budgets.
//
//   npm run build && npm run bench          # BENCH_RUNS=5 by default; BENCH_OUT=results.json keeps the raw runs
//   BENCH_PORT=8840 npm run bench           # the backend on a given port (default: a free one)
//
// It builds nothing: it measures dist/ as it is (run `npm run build` first). It starts the reference
// backend on a free port with a temporary data dir, then, for each run, in a fresh browser context
// (cold HTTP cache) with a fake 640×480 camera:
//   1. walks the whole hosted flow (intro → consent → document choice → front → back → selfie →
//      redirect), recording every response's bytes on the wire (as the server encoded them);
//   2. on the front, takes the photo and retakes it ten times, reading the JS heap (CDP) after one
//      retake and after ten, each after a forced garbage collection;
//   3. on the selfie, waits for auto-capture and times it from the first `good` guidance frame;
//   4. opens scripts/bench/vision.html and times face detection and landmarks per camera frame;
//   5. the slow-network profile: a document + selfie + liveness session on a throttled network (CDP:
//      400 ms round trip, 500 kbit/s down and up): time to the first interactive screen, the JS fetched
//      before it, every byte of the walk on the wire by kind and encoding, the time from each camera step
//      shown to its first on-device vision result (the `verilock-vision-result` performance mark), and
//      the whole scripted walk (navigation → the liveness step tracking the face).
// It prints one table of medians over the runs, compares them with the budgets, and exits 1 when a
// budget is missed (2 when it could not measure). The test suite never runs it.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchOptions, fixture, chromiumPath } from '../test/browser-launch.mjs';
import { API_KEY, ROOT, freePort, waitForHealth } from './bench/backend.mjs';
import { print, summarize } from './bench/report.mjs';
import { TASKS_VISION, flowRun, slowRun, visionRun } from './bench/runs.mjs';

const RUNS = Math.max(1, Number.parseInt(process.env.BENCH_RUNS ?? '5', 10) || 5);

async function main() {
  const hosted = join(ROOT, 'dist', 'hosted');
  const needed = [
    join(hosted, '.vite', 'manifest.json'),
    join(ROOT, 'dist', 'mediapipe', 'wasm', 'vision_wasm_internal.wasm'),
  ];
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

  const port = Number.parseInt(process.env.BENCH_PORT ?? '', 10) || (await freePort());
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
    const slows = [];
    for (let i = 1; i <= RUNS; i++) {
      process.stderr.write(`bench: run ${i}/${RUNS}…\n`);
      flows.push(await flowRun(browser, base));
      visions.push(await visionRun(browser, base));
      slows.push(await slowRun(browser, base));
    }
    const report = summarize(flows, visions, slows);
    print(report, flows, visions);
    if (process.env.BENCH_OUT)
      writeFileSync(process.env.BENCH_OUT, JSON.stringify({ report, flows, visions, slows }, null, 2));
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

process.exitCode = await main();
