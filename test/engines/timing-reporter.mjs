// A web-test-runner reporter that prints, at the end of a run, each engine's total test time and its
// slowest files (the sum of their tests' durations, as the test framework measured them): what to look at
// when the suite grows slow.
import { relative } from 'node:path';

const SHOWN = 50;
/** TIMING_TESTS=N also prints each engine's N slowest tests. */
const SHOWN_TESTS = Number(process.env.TIMING_TESTS ?? 0);

function sumDurations(suite) {
  if (!suite) return 0;
  const own = (suite.tests ?? []).reduce((n, t) => n + (t.duration ?? 0), 0);
  return own + (suite.suites ?? []).reduce((n, s) => n + sumDurations(s), 0);
}

/** Every test of a file's results as [name, ms], names prefixed with their suites'. */
function testDurations(suite, prefix = '') {
  if (!suite) return [];
  const here = prefix && suite.name ? `${prefix} › ${suite.name}` : (suite.name ?? prefix);
  return [
    ...(suite.tests ?? []).map((t) => [here ? `${here} › ${t.name}` : t.name, t.duration ?? 0]),
    ...(suite.suites ?? []).flatMap((s) => testDurations(s, here)),
  ];
}

export function timingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const byEngine = new Map();
      const tests = new Map();
      for (const s of sessions) {
        const engineTests = tests.get(s.browser?.name ?? 'unknown') ?? [];
        const file = relative(process.cwd(), s.testFile);
        engineTests.push(...testDurations(s.testResults).map(([name, ms]) => [`${file}: ${name}`, ms]));
        tests.set(s.browser?.name ?? 'unknown', engineTests);
        const engine = s.browser?.name ?? 'unknown';
        const files = byEngine.get(engine) ?? new Map();
        files.set(relative(process.cwd(), s.testFile), (files.get(s.testFile) ?? 0) + sumDurations(s.testResults));
        byEngine.set(engine, files);
      }
      const lines = [];
      for (const [engine, files] of byEngine) {
        const total = [...files.values()].reduce((a, b) => a + b, 0);
        lines.push(`${engine}: ${(total / 1000).toFixed(0)} s in tests; slowest files:`);
        for (const [file, ms] of [...files].sort((a, b) => b[1] - a[1]).slice(0, SHOWN))
          lines.push(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${file}`);
        if (SHOWN_TESTS > 0) {
          lines.push(`${engine}: slowest tests:`);
          for (const [name, ms] of (tests.get(engine) ?? []).sort((a, b) => b[1] - a[1]).slice(0, SHOWN_TESTS))
            lines.push(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${name}`);
        }
      }
      console.log(`\nTest time by engine\n${lines.join('\n')}`);
    },
  };
}
