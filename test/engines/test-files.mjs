// Which component test files run in which engine. web-test-runner's groups have fixed file lists, and
// the file paths given on its command line only replace the default group's, so the configuration
// works out each engine's list itself: the command line's files (or every test file), less what an
// engine cannot run.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PURE_LOGIC } from './pure-logic.mjs';

/** Every component test file: src/**\/*.test.ts and test/browser/**\/*.test.ts. */
export function allTestFiles(root = process.cwd()) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.test.ts')) out.push(relative(root, path).split(sep).join('/'));
    }
  };
  for (const dir of ['src', 'test/browser']) if (existsSync(join(root, dir))) walk(join(root, dir));
  return out.sort();
}

/** A regular expression for a glob with `*` and `**` (what the test file patterns use). */
export function globToRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else re += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Test file paths or globs given on web-test-runner's command line (none: every file). */
export function commandLineFiles(argv = process.argv.slice(2)) {
  return argv.filter(
    (a, i) => !a.startsWith('-') && !['--config', '-c'].includes(argv[i - 1] ?? '') && /\.[cm]?[jt]s$|\*/.test(a),
  );
}

/** The files to run: those named (paths or globs) among every test file, or all of them. */
export function filesToRun(named = commandLineFiles(), all = allTestFiles()) {
  if (named.length === 0) return all;
  const patterns = named.map((n) => globToRegExp(n.replace(/^\.\//, '')));
  return all.filter((f) => patterns.some((p) => p.test(f)));
}

/**
 * Component test files an engine does not run, with the reason (printed with every run's summary). Every
 * other file runs in all three engines, but the pure-logic ones (PURE_LOGIC in pure-logic.mjs): Chromium only.
 */
/** Why axe in every locale runs in one engine. */
const AXE_IN_ONE_ENGINE =
  'axe on every locale in light and dark: its rules (contrast, names, language, text length) find the same in every engine, so one engine runs it: Firefox, whose share of the run beside Chromium’s is the shorter';

export const NOT_RUN = {
  chromium: {
    'test/browser/a11y-locales.test.ts': AXE_IN_ONE_ENGINE,
  },
  firefox: {
    'test/browser/a11y.test.ts':
      'needs light/dark and reduced-motion emulation, which web-test-runner offers over CDP only (Firefox runs over WebDriver BiDi)',
  },
  webkit: {
    'test/browser/a11y-locales.test.ts': AXE_IN_ONE_ENGINE,
    'test/browser/a11y.test.ts':
      'needs light/dark and reduced-motion emulation, which web-test-runner offers over CDP only (WebKit runs over WebDriver)',
    'test/browser/vision-models.test.ts':
      'MediaPipe needs WebGL, which WebKitGTK runs without here (its automation stalls with software GL)',
    'test/browser/vision-face-detection-controller.test.ts':
      'MediaPipe needs WebGL, which WebKitGTK runs without here (its automation stalls with software GL)',
    'test/browser/steadiness-clips.test.ts':
      'MediaPipe needs WebGL, which WebKitGTK runs without here (its automation stalls with software GL)',
    'test/browser/vision-runtime.test.ts':
      'MediaPipe needs WebGL, which WebKitGTK runs without here (its automation stalls with software GL)',
    'test/browser/vision-fallback.test.ts':
      'its cases start MediaPipe and then make it fail; WebKit runs without WebGL, so vision never starts (the no-WebGL path is walked end to end in WebKit instead)',
  },
};

/** Whether an engine runs a test file: not one of its NOT_RUN, and pure logic in Chromium only. */
export function runsIn(engine, file) {
  return !(file in (NOT_RUN[engine] ?? {})) && (engine === 'chromium' || !PURE_LOGIC.includes(file));
}

/** `<engine>: <file> — <reason>` for every file not run in a selected engine, and one line for the pure logic. */
export function notRunLines(engines) {
  const others = engines.filter((e) => e !== 'chromium');
  return [
    ...engines.flatMap((e) => Object.entries(NOT_RUN[e] ?? {}).map(([f, why]) => `${e}: ${f} not run — ${why}`)),
    ...(others.length > 0
      ? [
          `${others.join(', ')}: ${PURE_LOGIC.length} pure-logic files run in Chromium only (the same JavaScript in every engine; PURE_LOGIC in test/engines/pure-logic.mjs)`,
        ]
      : []),
  ];
}
