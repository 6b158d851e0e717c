// Node 20's test runner, given a directory, only picks up JavaScript files. This file loads the
// TypeScript suites beside it (run with `--import tsx`). Where Node runs TypeScript itself (type
// stripping on), the runner finds the .ts files directly and this file does nothing.
import { readdirSync } from 'node:fs';

if (!process.features.typescript) {
  const dir = new URL('.', import.meta.url);
  const suites = readdirSync(dir)
    .filter((name) => name.endsWith('.test.ts'))
    .sort();
  for (const name of suites) await import(new URL(name, dir).href);
}
