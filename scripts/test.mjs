#!/usr/bin/env node
// Runs every test suite of the project in turn and prints one closing line: `N passed, N failed`.
//   1. type check        (tsc --noEmit; counts as one check)
//   2. server tests      (node:test, the reference backend)
//   3. browser tests     (@web/test-runner in Chromium with a fake camera: units and components)
//   4. end-to-end tests  (Playwright against the built widget and the reference backend)
// Set TEST_ONLY=types,lint,format,server,models,browser,e2e,pack to run a subset (pack needs a build: e2e makes one).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const only = process.env.TEST_ONLY ? new Set(process.env.TEST_ONLY.split(',')) : null;
const npx = (args, env = {}) => run('npx', ['--no-install', ...args], env);

/** Counts from node's test runner summary (`ℹ pass N` with the spec reporter, `# pass N` with TAP). */
function nodeTestCounts(out) {
  return {
    passed: Number(/[ℹ#] pass (\d+)/.exec(out)?.[1] ?? 0),
    failed: Number(/[ℹ#] fail (\d+)/.exec(out)?.[1] ?? 0),
  };
}

function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const take = (stream, sink) =>
      stream.on('data', (chunk) => {
        out += chunk;
        sink.write(chunk);
      });
    take(child.stdout, process.stdout);
    take(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const suites = [
  {
    name: 'types',
    async run() {
      const { code } = await npx(['tsc', '--noEmit']);
      return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, code };
    },
  },
  {
    name: 'lint',
    async run() {
      const { code } = await npx(['eslint', 'src', 'test', 'demo', 'scripts']);
      return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, code };
    },
  },
  {
    name: 'format',
    async run() {
      const { code } = await npx(['prettier', '--check', '.', '--log-level', 'warn']);
      return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, code };
    },
  },
  {
    name: 'server',
    async run() {
      const { code, out } = await run(process.execPath, [
        '--import',
        'tsx',
        '--test',
        '--test-concurrency=1',
        '--test-reporter=spec',
        'test/server/',
      ]);
      return { ...nodeTestCounts(out), code };
    },
  },
  {
    name: 'models',
    async run() {
      const { code, out } = await run(process.execPath, ['--test', '--test-reporter=spec', 'scripts/models/']);
      return { ...nodeTestCounts(out), code };
    },
  },
  {
    name: 'browser',
    async run() {
      // The vision tests load the self-built models and the wasm runtime from build/mediapipe.
      const assets = await run(process.execPath, ['scripts/models/copy-assets.mjs', 'build/mediapipe']);
      if (assets.code !== 0) return { passed: 0, failed: 1, code: assets.code };
      const { code, out } = await npx(['web-test-runner', '--static-logging']);
      const matches = [...out.matchAll(/(\d+) passed, (\d+) failed/g)];
      const last = matches.at(-1);
      return { passed: Number(last?.[1] ?? 0), failed: Number(last?.[2] ?? 0), code };
    },
  },
  {
    name: 'e2e',
    async run() {
      const build = await run('npm', ['run', 'build']);
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
      return { passed, failed, code };
    },
  },
  {
    name: 'pack',
    async run() {
      // The package as users install it: packed, installed offline into a fresh project, built with Vite.
      const { code, out } = await run(process.execPath, ['--test', '--test-reporter=spec', 'test/pack/']);
      return { ...nodeTestCounts(out), code };
    },
  },
];

let passed = 0;
let failed = 0;
const lines = [];
for (const suite of suites) {
  if (only && !only.has(suite.name)) continue;
  console.log(`\n=== ${suite.name} ===`);
  const started = Date.now();
  const r = await suite.run();
  r.seconds = Math.round((Date.now() - started) / 1000);
  // A suite that crashed without reporting a failure still fails the run.
  if (r.code !== 0 && r.failed === 0) r.failed = 1;
  passed += r.passed;
  failed += r.failed;
  lines.push(`${suite.name.padEnd(8)} ${r.passed} passed, ${r.failed} failed  (${r.seconds} s)`);
}
console.log('\n' + lines.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
