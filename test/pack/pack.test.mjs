// The package as users get it: `npm pack`, installed into a fresh project from the local npm cache,
// then resolved, type-checked and bundled there. Runs `npm run build` first when dist/ is incomplete.
//   node --test test/pack/
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const BUILT = [
  'dist/index.js',
  'dist/react.js',
  'dist/loader.js',
  'dist/types/index.d.ts',
  'dist/hosted/verilock-flow.js',
  'dist/hosted/verilock-loader.js',
];

let work;
let app;
let pkgDir;
let installMode = 'offline';

async function npm(args, cwd) {
  return run(NPM, args, {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
}

/** `import.meta.resolve(specifier)` as seen from the fresh project (a file path), or the error message. */
async function resolveFromApp(specifier) {
  const code = `try { console.log(JSON.stringify({ url: import.meta.resolve(${JSON.stringify(specifier)}) })); } catch (e) { console.log(JSON.stringify({ error: e.message })); }`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', code], { cwd: app });
  const out = JSON.parse(stdout.trim());
  if (out.error) throw new Error(`${specifier}: ${out.error}`);
  return fileURLToPath(out.url);
}

describe('npm package', { timeout: 300_000 }, () => {
  before(async () => {
    if (BUILT.some((f) => !existsSync(join(ROOT, f)))) await npm(['run', 'build'], ROOT);
    work = mkdtempSync(join(tmpdir(), 'verilock-pack-'));
    const { stdout } = await npm(['pack', '--json', '--pack-destination', work], ROOT);
    const [info] = JSON.parse(stdout.slice(stdout.indexOf('[')));
    const tarball = join(work, info.filename);
    app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'fresh-app', version: '1.0.0', private: true, type: 'module' }, null, 2),
    );
    const common = ['install', tarball, '--no-audit', '--no-fund', '--ignore-scripts'];
    try {
      await npm([...common, '--offline'], app); // lit, zod, … from the local npm cache
    } catch {
      installMode = 'prefer-offline';
      await npm([...common, '--prefer-offline'], app);
    }
    pkgDir = join(app, 'node_modules', 'verilock-flow');
  });

  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('installs with its dependencies', (t) => {
    t.diagnostic(`installed with --${installMode}`);
    assert.ok(existsSync(join(pkgDir, 'package.json')));
    for (const dep of ['lit', 'zod', '@lit/react', '@mediapipe/tasks-vision']) {
      assert.ok(existsSync(join(app, 'node_modules', dep, 'package.json')), `${dep} installed`);
    }
    const files = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    assert.equal(files.name, 'verilock-flow');
    assert.ok(!existsSync(join(pkgDir, 'src')), 'sources are not shipped');
    assert.ok(!existsSync(join(pkgDir, 'demo')), 'the demo server is not shipped');
  });

  it('resolves every entry of the exports map to a shipped file', async () => {
    const expected = {
      'verilock-flow': 'dist/index.js',
      'verilock-flow/react': 'dist/react.js',
      'verilock-flow/loader': 'dist/loader.js',
      'verilock-flow/browser': 'dist/hosted/verilock-flow.js',
      'verilock-flow/browser/loader': 'dist/hosted/verilock-loader.js',
      'verilock-flow/mediapipe/models/face_landmarker.task': 'dist/mediapipe/models/face_landmarker.task',
      'verilock-flow/package.json': 'package.json',
    };
    for (const [specifier, file] of Object.entries(expected)) {
      const path = await resolveFromApp(specifier);
      assert.equal(path, join(pkgDir, file), specifier);
      assert.ok(existsSync(path), `${specifier} → ${file} exists`);
    }
    await assert.rejects(
      resolveFromApp('verilock-flow/src/index.ts'),
      /not exported|ERR_PACKAGE_PATH_NOT_EXPORTED|Package subpath/,
    );
  });

  it('ships the type declarations named in the exports map', () => {
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    const types = [
      pkg.types,
      ...Object.values(pkg.exports).flatMap((v) => (v && typeof v === 'object' && v.types ? [v.types] : [])),
    ];
    assert.ok(types.length >= 3);
    for (const t of types) assert.ok(existsSync(join(pkgDir, t)), `${t} exists`);
    assert.ok(existsSync(join(pkgDir, 'dist/types/events/events.d.ts')));
  });

  it('ships custom-elements.json listing the public API only', () => {
    const manifest = JSON.parse(readFileSync(join(pkgDir, 'custom-elements.json'), 'utf8'));
    const decls = manifest.modules.flatMap((m) => m.declarations ?? []);
    assert.deepEqual(
      decls.map((d) => d.name),
      ['VerilockFlow'],
    );
    const [flow] = decls;
    assert.equal(flow.tagName, 'verilock-flow');
    // Reactive state (`state: true`) and members marked @internal are not API.
    assert.deepEqual(flow.members.map((m) => m.name).sort(), [
      'apiBase',
      'assetsBase',
      'cancel',
      'hideLanguageSwitcher',
      'lang',
      'sessionToken',
      'steps',
      'strings',
      'theme',
    ]);
    assert.deepEqual(flow.attributes.map((a) => a.name).sort(), [
      'api-base',
      'assets-base',
      'hide-language-switcher',
      'lang',
      'session-token',
      'theme',
    ]);
    for (const part of ['camera', 'shutter', 'challenge', 'qr', 'link'])
      assert.ok(
        flow.cssParts.some((p) => p.name === part),
        `part ${part} documented`,
      );
    assert.ok(flow.events.some((e) => e.name === 'verilock-complete'));
  });

  it('ships the MediaPipe wasm and models and the HEIC decoder (no CDN needed), pre-compressed', () => {
    const files = [
      'wasm/vision_wasm_internal.wasm',
      'wasm/vision_wasm_internal.js',
      'models/face_detector.tflite',
      'models/face_landmarker.task',
      'wasm/libheif.mjs',
      'wasm/libheif.wasm',
    ];
    // The library's copy keeps stable names (bundler users point assets-base at it).
    for (const f of files) assert.ok(existsSync(join(pkgDir, 'dist/mediapipe', f)), `dist/mediapipe/${f}`);
    assert.ok(existsSync(join(pkgDir, 'dist/mediapipe/wasm/vision_wasm_internal.wasm.br')));
    assert.ok(existsSync(join(pkgDir, 'dist/mediapipe/wasm/vision_wasm_internal.wasm.gz')));
    // The browser build's copy carries content hashes in its names, and the browser bundle names exactly those.
    const bundle = readdirSync(join(pkgDir, 'dist/hosted'))
      .filter((n) => n.endsWith('.js'))
      .map((n) => readFileSync(join(pkgDir, 'dist/hosted', n), 'utf8'))
      .join('\n');
    for (const f of files) {
      const dir = join(pkgDir, 'dist/hosted/mediapipe', f.slice(0, f.indexOf('/')));
      const stem = f.slice(f.indexOf('/') + 1, f.lastIndexOf('.'));
      const ext = f.slice(f.lastIndexOf('.'));
      const hashed = readdirSync(dir).filter((n) => n.startsWith(`${stem}-`) && n.endsWith(ext));
      assert.equal(hashed.length, 1, `one hashed ${f} in dist/hosted/mediapipe: ${hashed.join(', ')}`);
      assert.match(hashed[0], /^[\w.]+-[\w-]{8}\.\w+$/);
      assert.ok(bundle.includes(`${f.slice(0, f.indexOf('/'))}/${hashed[0]}`), `the browser bundle names ${hashed[0]}`);
      assert.ok(existsSync(join(dir, `${hashed[0]}.br`)), `${hashed[0]}.br`);
    }
  });

  it('the loader runs in Node without a DOM and exports mount', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--input-type=module', '-e', "const m = await import('verilock-flow/loader'); console.log(typeof m.mount);"],
      { cwd: app },
    );
    assert.equal(stdout.trim(), 'function');
    const iife = readFileSync(join(pkgDir, 'dist/hosted/verilock-loader.js'));
    assert.ok(iife.length < 8 * 1024, `the browser loader is small (${iife.length} bytes)`);
    assert.ok(!/\bimport\s*[{*"']|\bexport\s*[{*]/.test(iife.toString()), 'the browser loader is a classic script');
  });

  it('type-checks a consumer of the element and the React wrapper', async () => {
    writeFileSync(
      join(app, 'consumer.ts'),
      `import { VerilockFlow as El, type VerilockEventDetails } from 'verilock-flow';
import { VerilockFlow, type VerilockFlowProps } from 'verilock-flow/react';
import { mount, type VerilockHostEvent } from 'verilock-flow/loader';
const done: VerilockEventDetails['verilock-complete'] = { session_id: 'ses_1', status: 'processing' };
const el: El = document.createElement('verilock-flow');
el.addEventListener('verilock-complete', (e) => e.detail.status);
const props: VerilockFlowProps = { sessionToken: 't', onVerilockComplete: (e) => e.detail.session_id };
const onEvent = (e: VerilockHostEvent) => (e.type === 'redirect' ? e.payload.url : e.seq);
void [done, props, VerilockFlow, mount, onEvent];
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    try {
      await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: app });
    } catch (err) {
      assert.fail(`tsc failed in the fresh project:\n${err.stdout}${err.stderr}`);
    }
  });

  it('a fresh Vite project bundles a page importing verilock-flow', async () => {
    writeFileSync(
      join(app, 'index.html'),
      '<!doctype html><title>t</title><verilock-flow session-token="x"></verilock-flow><script type="module" src="./main.js"></script>\n',
    );
    writeFileSync(
      join(app, 'main.js'),
      "import { VerilockFlow } from 'verilock-flow';\nconsole.log(customElements.get('verilock-flow') === VerilockFlow);\n",
    );
    const require = createRequire(join(ROOT, 'package.json'));
    const vite = await import(pathToFileURL(require.resolve('vite')).href);
    const out = join(app, 'out');
    await vite.build({ root: app, configFile: false, logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const entry = /src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1];
    assert.ok(entry, 'the built page references its bundle');
    const bundle = readFileSync(join(out, entry), 'utf8');
    assert.ok(bundle.includes('verilock-flow'), 'the element is in the bundle');
    assert.ok(!/from\s*["'](lit|zod)["']/.test(bundle), 'bare imports were resolved by the bundler');
  });
});
