// A web-test-runner reporter that prints, at the end of a run, each engine's total test time and its
// slowest files (the sum of their tests' durations, as the test framework measured them): what to look at
// when the suite grows slow.
import { relative } from 'node:path';

const SHOWN = 50;

function sumDurations(suite) {
  if (!suite) return 0;
  const own = (suite.tests ?? []).reduce((n, t) => n + (t.duration ?? 0), 0);
  return own + (suite.suites ?? []).reduce((n, s) => n + sumDurations(s), 0);
}

export function timingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const byEngine = new Map();
      for (const s of sessions) {
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
      }
      console.log(`\nTest time by engine\n${lines.join('\n')}`);
    },
  };
}
