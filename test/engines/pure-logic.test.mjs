// The check behind PURE_LOGIC (test/engines/pure-logic.mjs): every listed file is pure, and the check
// itself sees a browser API used by a file or by a module it imports, and a package that is not allowed.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { codeOnly, importsOf, PURE_LOGIC, pureLogicListProblems, pureLogicProblems } from './pure-logic.mjs';
import { allTestFiles, runsIn } from './test-files.mjs';

test('every file listed as pure logic exists and is pure', () => {
  assert.ok(PURE_LOGIC.length > 0);
  assert.deepEqual(pureLogicListProblems(), []);
  for (const file of PURE_LOGIC) assert.ok(allTestFiles().includes(file), `${file} is a component test file`);
});

test('pure-logic files run in Chromium only; the others in every engine that can', () => {
  for (const file of PURE_LOGIC) {
    assert.equal(runsIn('chromium', file), true);
    assert.equal(runsIn('firefox', file), false);
    assert.equal(runsIn('webkit', file), false);
  }
  assert.equal(runsIn('firefox', 'test/browser/handoff.test.ts'), true);
  assert.equal(runsIn('webkit', 'src/api/client.test.ts'), true);
});

test('comments, strings and template text are not code; template expressions are', () => {
  const code = codeOnly("// document\nconst a = 'window'; /* fetch */ const b = `navigator ${Intl.x} ok`;");
  assert.doesNotMatch(code, /document|window|fetch|navigator/);
  assert.match(code, /Intl\.x/);
});

test('imports: static, re-exports and dynamic; type-only ones left out', () => {
  const source = [
    "import { a } from './a.js';",
    "import type { B } from './b.js';",
    "export { c } from './c.js';",
    "import './d.js';",
    "const e = await import('./e.js');",
  ].join('\n');
  assert.deepEqual(importsOf(source).sort(), ['./a.js', './c.js', './d.js', './e.js']);
});

test('the check names a browser API in the file or in what it imports, and a package not allowed', () => {
  const root = mkdtempSync(join(tmpdir(), 'pure-logic-'));
  try {
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src/rule.ts'), 'export const f = (x: number) => x * 2;\n');
    writeFileSync(join(root, 'src/paint.ts'), "export const g = () => document.createElement('canvas');\n");
    writeFileSync(
      join(root, 'src/keys.ts'),
      'export const o = { document: 1, window?: 2 }; class K { readonly history = [] }\n',
    );
    writeFileSync(
      join(root, 'src/pure.test.ts'),
      "import { f } from './rule.js';\nimport { o } from './keys.js';\nf(o.document);\n",
    );
    writeFileSync(join(root, 'src/deep.test.ts'), "import { g } from './paint.js';\ng();\n");
    writeFileSync(join(root, 'src/intl.test.ts'), 'new Intl.PluralRules("pl");\n');
    writeFileSync(join(root, 'src/lit.test.ts'), "import { LitElement } from 'lit';\n");
    assert.deepEqual(pureLogicProblems('src/pure.test.ts', root), []);
    assert.deepEqual(pureLogicProblems('src/deep.test.ts', root), ['src/paint.ts uses document']);
    assert.deepEqual(pureLogicProblems('src/intl.test.ts', root), ['src/intl.test.ts uses Intl']);
    assert.deepEqual(pureLogicProblems('src/lit.test.ts', root), [
      'src/lit.test.ts uses LitElement',
      'src/lit.test.ts imports lit',
    ]);
    assert.deepEqual(pureLogicListProblems(['src/pure.test.ts', 'src/gone.test.ts'], root), [
      'src/gone.test.ts: listed as pure logic, but there is no such file',
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
