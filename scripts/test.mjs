#!/usr/bin/env node
// Runs every test suite of the project and prints one closing line: `N passed, N failed`.
//   1. side by side: type check, lint, format (each counts as one check), server tests (node:test, the
//      reference backend) and the models' tests; the build for the e2e suite then starts in the background
//   2. browser tests     (@web/test-runner in three engines with a fake camera: units and components)
//   3. end-to-end tests  (Playwright against the built widget and the reference backend, E2E_WORKERS
//      browsers at a time, default 2)
//   4. engine walks      (the whole demo session in Firefox and WebKit: test/engines/walk.test.mjs)
//   5. pack              (the package as users install it)
// Browser tests and walks run in three engines (Chromium, Firefox, WebKit; test/engines/engines.mjs) and
// are counted per engine (`browser[firefox] N passed, N failed`); a red engine fails the run.
// Set TEST_ONLY=types,lint,format,server,models,harness,browser,e2e,pack to run a subset (pack needs a build: e2e makes one),
// TEST_ENGINES=chromium,firefox,webkit to pick engines, WTR_PORT and E2E_PORT (and the port after it) to move the
// component and e2e servers off their default ports.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineVersions, missingPackages, selectedEngines } from '../test/engines/engines.mjs';
import { notRunLines } from '../test/engines/test-files.mjs';

const only = process.env.TEST_ONLY ? new Set(process.env.TEST_ONLY.split(',')) : null;
const npx = (args, env = {}, opts = {}) => run('npx', ['--no-install', ...args], env, opts);

/** Counts from node's test runner summary (`ℹ pass N` with the spec reporter, `# pass N` with TAP). */
function nodeTestCounts(out) {
  return {
    passed: Number(/[ℹ#] pass (\d+)/.exec(out)?.[1] ?? 0),
    failed: Number(/[ℹ#] fail (\d+)/.exec(out)?.[1] ?? 0),
  };
}

/** Runs a command; its output is echoed as it comes unless `quiet` (then it is only returned). */
function run(cmd, args, env = {}, { quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const take = (stream, sink) =>
      stream.on('data', (chunk) => {
        out += chunk;
        if (!quiet) sink.write(chunk);
      });
    take(child.stdout, process.stdout);
    take(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

/** Per-engine counts from web-test-runner's closing lines (`Firefox: |███| 18/18 test files | 9 passed, 0 failed`). */
function browserCounts(out) {
  const per = {};
  for (const m of out.matchAll(/^(\w+):\s+\|[^|]*\|\s*\d+\/\d+ test files \| (\d+) passed, (\d+) failed/gm))
    per[m[1].toLowerCase()] = { passed: Number(m[2]), failed: Number(m[3]) };
  return per;
}

/** Per-engine counts from node's spec reporter: the tests under each top-level suite `▶ <engine>`. */
function walkCounts(out) {
  const per = {};
  let engine = null;
  for (const line of out.split('\n')) {
    if (/^ℹ tests|^✖ failing tests/.test(line)) break;
    const top = /^▶ (\w+)$/.exec(line);
    if (top) {
      engine = top[1];
      per[engine] ??= { passed: 0, failed: 0 };
    } else if (engine && /^ {2}✔ /.test(line)) per[engine].passed++;
    else if (engine && /^ {2}✖ /.test(line)) per[engine].failed++;
  }
  return per;
}

/**
 * Makes sure the selected engines are installed: as root, installs the missing Debian packages with
 * apt-get; otherwise says which command to run and stops.
 */
function ensureEngines() {
  const missing = missingPackages();
  if (missing.length === 0) return true;
  const command = `apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(`\nMissing browser engines. Install them with:\n  sudo apt-get update && sudo ${command}\n`);
    return false;
  }
  console.log(`Installing the missing browser engines: ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-q'],
    ['install', '-y', '-q', ...missing],
  ]) {
    if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0) return false;
  }
  return missingPackages().length === 0;
}

/**
 * The e2e and pack suites test the build. It starts in the background once the models suite has passed,
 * so it runs on the second core while the browser suite runs (brotli at quality 11 alone takes about three
 * minutes for MediaPipe's wasm on a clean clone); the e2e suite waits for it and prints its output.
 */
let building = null;
function startBuild() {
  building = run('npm', ['run', 'build'], {}, { quiet: true });
}

const suites = [
  {
    name: 'types',
    together: true,
    async run(opts) {
      const { code, out } = await npx(['tsc', '--noEmit'], {}, opts);
      return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, code, out };
    },
  },
  {
    name: 'lint',
    together: true,
    async run(opts) {
      const { code, out } = await npx(['eslint', 'src', 'test', 'demo', 'scripts'], {}, opts);
      return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, code, out };
    },
  },
  {
    name: 'format',
    together: true,
    async run(opts) {
      const { code, out } = await npx(['prettier', '--check', '.', '--log-level', 'warn'], {}, opts);
      return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, code, out };
    },
  },
  {
    name: 'server',
    together: true,
    async run(opts) {
      const { code, out } = await run(
        process.execPath,
        ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', 'test/server/'],
        {},
        opts,
      );
      return { ...nodeTestCounts(out), code, out };
    },
  },
  {
    name: 'models',
    together: true,
    async run(opts) {
      const { code, out } = await run(
        process.execPath,
        ['--test', '--test-reporter=spec', 'scripts/models/'],
        {},
        opts,
      );
      if (code === 0 && (!only || only.has('e2e'))) startBuild();
      return { ...nodeTestCounts(out), code, out };
    },
  },
  {
    name: 'harness',
    together: true,
    async run(opts) {
      const { code, out } = await run(
        process.execPath,
        ['--test', '--test-reporter=spec', 'test/engines/pure-logic.test.mjs'],
        {},
        opts,
      );
      return { ...nodeTestCounts(out), code, out };
    },
  },
  {
    name: 'browser',
    async run() {
      // The vision tests load the self-built models and the wasm runtime from build/mediapipe.
      const assets = await run(process.execPath, ['scripts/models/copy-assets.mjs', 'build/mediapipe']);
      if (assets.code !== 0) return { passed: 0, failed: 1, code: assets.code };
      // Chromium and Firefox side by side, then WebKit alone: beside other engines on two cores, WebKit's
      // automation hung (WebDriver calls timing out); alone it passes.
      const engines = selectedEngines();
      const batches = [engines.filter((e) => e !== 'webkit'), engines.filter((e) => e === 'webkit')];
      const per = {};
      let code = 0;
      for (const batch of batches.filter((b) => b.length > 0)) {
        const port = process.env.WTR_PORT ? ['--port', process.env.WTR_PORT] : [];
        const r = await npx(['web-test-runner', '--static-logging', ...port], {
          TEST_ENGINES: batch.join(','),
          WTR_CONCURRENT_BROWSERS: String(batch.length),
        });
        Object.assign(per, browserCounts(r.out));
        code ||= r.code;
      }
      return engineResult(per, code);
    },
  },
  {
    name: 'e2e',
    async run() {
      const build = building ? await building : await run('npm', ['run', 'build']);
      if (building) console.log(`(built in the background)\n${build.out}`);
      if (build.code !== 0) return { passed: 0, failed: 1, code: build.code };
      const dir = mkdtempSync(join(tmpdir(), 'verilock-e2e-'));
      const report = join(dir, 'report.json');
      const { code } = await npx(['playwright', 'test', '--reporter=list,json'], {
        PLAYWRIGHT_JSON_OUTPUT_NAME: report,
      });
      let passed = 0;
      let failed = code === 0 ? 0 : 1;
      if (existsSync(report)) {
        const stats = JSON.parse(readFileSync(report, 'utf8')).stats ?? {};
        passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
        failed = stats.unexpected ?? failed;
      }
      rmSync(dir, { recursive: true, force: true });
      const per = selectedEngines().includes('chromium') ? { chromium: { passed, failed } } : {};
      // The same session walked in Firefox and WebKit (engine-neutral drivers; Playwright drives Chromium only).
      const others = selectedEngines().filter((e) => e !== 'chromium');
      let walkCode = 0;
      if (others.length > 0) {
        const walk = await run(process.execPath, ['--test', '--test-reporter=spec', 'test/engines/walk.test.mjs']);
        walkCode = walk.code;
        Object.assign(per, walkCounts(walk.out));
      }
      return engineResult(per, code || walkCode);
    },
  },
  {
    name: 'pack',
    async run() {
      // The package as users install it: packed, installed offline into a fresh project, built with Vite.
      const { code, out } = await run(process.execPath, [
        '--test',
        '--test-concurrency=1',
        '--test-reporter=spec',
        'test/pack/',
      ]);
      return { ...nodeTestCounts(out), code };
    },
  },
];

/**
 * A suite result from per-engine counts: every selected engine must have reported (one that ran no
 * test, or crashed, counts as a failure of that engine).
 */
function engineResult(per, code) {
  const engines = {};
  for (const engine of selectedEngines()) {
    const c = per[engine] ?? { passed: 0, failed: 0 };
    engines[engine] = c.passed + c.failed === 0 ? { passed: 0, failed: 1 } : c;
  }
  const sum = (k) => Object.values(engines).reduce((n, c) => n + c[k], 0);
  return { passed: sum('passed'), failed: sum('failed'), code, engines };
}

const needsEngines = ['browser', 'e2e'].some((name) => !only || only.has(name));
if (needsEngines && !ensureEngines()) process.exit(1);
if (needsEngines) console.log(`Engines: ${JSON.stringify(engineVersions())}`);

let passed = 0;
let failed = 0;
const lines = [];
function record(suite, r) {
  // A suite that crashed without reporting a failure still fails the run.
  if (r.code !== 0 && r.failed === 0) r.failed = 1;
  passed += r.passed;
  failed += r.failed;
  lines.push(`${suite.name.padEnd(8)} ${r.passed} passed, ${r.failed} failed  (${r.seconds} s)`);
  for (const [engine, c] of Object.entries(r.engines ?? {}))
    lines.push(`  ${`${suite.name}[${engine}]`.padEnd(18)} ${c.passed} passed, ${c.failed} failed`);
}
async function timed(suite, opts) {
  const started = Date.now();
  const r = await suite.run(opts);
  r.seconds = Math.round((Date.now() - started) / 1000);
  return r;
}

const selected = suites.filter((suite) => !only || only.has(suite.name));
// The quick checks (types, lint, format, server, models, harness) run side by side, each printed when done; then
// the browser, e2e and pack suites one after another.
const together = selected.filter((suite) => suite.together);
if (together.length > 0) {
  console.log(`\n=== ${together.map((suite) => suite.name).join(', ')} (side by side) ===`);
  const results = await Promise.all(together.map((suite) => timed(suite, { quiet: true })));
  together.forEach((suite, i) => {
    console.log(`\n=== ${suite.name} ===\n${results[i].out ?? ''}`);
    record(suite, results[i]);
  });
}
for (const suite of selected.filter((suite) => !suite.together)) {
  console.log(`\n=== ${suite.name} ===`);
  record(suite, await timed(suite));
}
const notRun = only && !only.has('browser') ? [] : notRunLines(selectedEngines());
if (notRun.length > 0) lines.push('Component test files an engine cannot run:', ...notRun.map((l) => `  ${l}`));
console.log('\n' + lines.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
