// Pure-logic test files: the same JavaScript in every engine (no DOM, camera, canvas, worker, network,
// timers of the page, Intl or other engine-specific API, in the file or in anything it imports). They run
// in Chromium only; every other component test file runs in all three engines. The list is kept by hand
// and checked: pureLogicProblems() follows each listed file's imports and names what is not pure, and
// web-test-runner.config.mjs refuses to start while any listed file has a problem
// (test/engines/pure-logic.test.mjs tests the check itself).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** Component test files run in Chromium only, because nothing in them can behave differently in another engine. */
export const PURE_LOGIC = [
  'src/camera/choose-camera.test.ts',
  'src/camera/frame-health.test.ts',
  'src/capture/document-guidance.test.ts',
  'src/capture/liveness-progress.test.ts',
  'src/document/assess.test.ts',
  'src/document/mrz-side.test.ts',
  'src/document/rotate.test.ts',
  'src/vision/document-capture.test.ts',
  'src/vision/face-guidance.test.ts',
  'src/vision/liveness.test.ts',
  'src/vision/quality-guidance.test.ts',
  'src/vision/steadiness.test.ts',
];

/**
 * Globals and APIs that are the browser's, not the language's: a file (or a module it imports) that names
 * one is not pure. Intl is here on purpose: each engine ships its own ICU data.
 */
export const ENGINE_APIS = [
  'window', 'document', 'navigator', 'location', 'history', 'globalThis', 'self', 'customElements',
  'HTMLElement', 'Element', 'Node', 'ShadowRoot', 'Event', 'CustomEvent', 'EventTarget', 'MutationObserver',
  'ResizeObserver', 'IntersectionObserver', 'getComputedStyle', 'matchMedia', 'requestAnimationFrame',
  'requestIdleCallback', 'setTimeout', 'setInterval', 'queueMicrotask', 'performance', 'fetch', 'Request',
  'Response', 'Headers', 'XMLHttpRequest', 'WebSocket', 'AbortController', 'AbortSignal', 'Blob', 'File',
  'FileReader', 'FormData', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'crypto', 'atob', 'btoa',
  'structuredClone', 'Worker', 'SharedWorker', 'MessageChannel', 'BroadcastChannel', 'postMessage',
  'WebAssembly', 'Image', 'ImageData', 'ImageBitmap', 'createImageBitmap', 'OffscreenCanvas',
  'HTMLCanvasElement', 'CanvasRenderingContext2D', 'WebGLRenderingContext', 'WebGL2RenderingContext',
  'MediaStream', 'MediaStreamTrack', 'MediaDevices', 'HTMLVideoElement', 'VideoFrame', 'localStorage',
  'sessionStorage', 'indexedDB', 'caches', 'Intl', 'fixture', 'html', 'css', 'LitElement',
]; // prettier-ignore

/** Packages a pure file may import: assertion and schema libraries that touch no browser API. */
export const PURE_PACKAGES = ['@open-wc/testing', 'zod', 'zod/mini'];

/** Source text without comments, string literals and template literals' text (their ${…} kept). */
export function codeOnly(source) {
  let out = '';
  let i = 0;
  const depth = []; // for each open ${…}: the brace depth at which it closes back into a template
  let braces = 0;
  const template = () => {
    // inside a template literal's text, up to its end or a ${
    for (; i < source.length; i++) {
      if (source[i] === '\\') i++;
      else if (source[i] === '`') {
        out += '``';
        i++;
        return;
      } else if (source[i] === '$' && source[i + 1] === '{') {
        out += '`${';
        i += 2;
        depth.push(braces++);
        return;
      }
    }
  };
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
    } else if (c === "'" || c === '"') {
      i++;
      while (i < source.length && source[i] !== c && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1;
      i++;
      out += "''";
    } else if (c === '`') {
      i++;
      template();
    } else if (c === '{') {
      braces++;
      out += c;
      i++;
    } else if (c === '}') {
      braces--;
      out += c;
      i++;
      if (depth.length > 0 && depth.at(-1) === braces) {
        depth.pop();
        template();
      }
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The module specifiers a source imports (static, dynamic and re-exports), type-only imports left out. */
export function importsOf(source) {
  const specs = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?\bfrom\s+['"]([^'"]+)['"]/gm))
    if (!m[2]) specs.push(m[3]);
  for (const m of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) specs.push(m[1]);
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]);
  return specs;
}

/** What keeps a test file from being pure: each engine API it or an imported module names, and each other package. */
export function pureLogicProblems(file, root = process.cwd()) {
  const problems = [];
  const seen = new Set();
  // A name read as a global: not a property (`.x`), an object key or type member (`x:`, `x?:`), nor a
  // declaration of the module's own (`readonly x`, `const x`…).
  const api = new RegExp(
    `(?<![.\\w$#]|(?:readonly|private|public|protected|static|const|let|var|function|class) )` +
      `(${ENGINE_APIS.join('|')})(?![\\w$]|\\??:)`,
    'g',
  );
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const name = relative(root, path).split(sep).join('/');
    const source = readFileSync(path, 'utf8');
    const code = codeOnly(source);
    const named = new Set([...code.matchAll(api)].map((m) => m[1]));
    for (const n of named) problems.push(`${name} uses ${n}`);
    for (const spec of importsOf(source)) {
      if (!spec.startsWith('.')) {
        if (!PURE_PACKAGES.includes(spec)) problems.push(`${name} imports ${spec}`);
        continue;
      }
      const target = join(dirname(path), spec);
      const ts = target.replace(/\.js$/, '.ts');
      if (existsSync(ts)) visit(ts);
      else if (existsSync(target)) visit(target);
      else problems.push(`${name} imports ${spec}, which is not found`);
    }
  };
  visit(join(root, file));
  return problems;
}

/** Every listed file that is missing or not pure, with what keeps it from being pure. */
export function pureLogicListProblems(list = PURE_LOGIC, root = process.cwd()) {
  return list.flatMap((file) =>
    existsSync(join(root, file))
      ? pureLogicProblems(file, root).map((p) => `${file}: ${p}`)
      : [`${file}: listed as pure logic, but there is no such file`],
  );
}
