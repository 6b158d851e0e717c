/**
 * Static files (built widget under /sdk/, demo pages under /demo/) and the hosted page.
 *
 * Longer than 300 lines: path resolution, content types, caching and precompressed siblings are one
 * file-serving policy, and the hosted page's HTML and CSP use the same asset names.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import type { FlowSession } from '../../src/api/schemas.js';
import { PRELOADED_SESSION_ID } from '../../src/session/preloaded-session.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.task': 'application/octet-stream',
  '.tflite': 'application/octet-stream',
  '.binarypb': 'application/octet-stream',
  '.bin': 'application/octet-stream',
  '.data': 'application/octet-stream',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Build output with a content hash in its name (e.g. `chunk-3f9a1c2e.js`) can be cached forever. */
export function isHashedName(path: string): boolean {
  const base = path.split('/').pop() ?? '';
  // The build names chunks, workers, the hosted page's script and MediaPipe's wasm and models
  // `<name>-<8 characters of base64url hash>.<ext>`; the entry points customers link to
  // (verilock-flow.js, verilock-loader.js) keep stable names.
  return /-[A-Za-z0-9_-]{8}\.(?:js|mjs|css|wasm|task|tflite)$/.test(base);
}

const cssNames = new Map<string, { mtimeMs: number; size: number; name: string }>();

/**
 * The hosted page's stylesheet by a content-hashed name (`hosted-<8 base64url characters of its SHA-256>.css`),
 * served as immutable; recomputed when the file changes. Null when the file is missing.
 */
export function hostedCssName(file: string): string | null {
  if (!existsSync(file)) return null;
  const { mtimeMs, size } = statSync(file);
  const cached = cssNames.get(file);
  if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.name;
  const name = `hosted-${createHash('sha256').update(readFileSync(file)).digest('base64url').slice(0, 8)}.css`;
  cssNames.set(file, { mtimeMs, size, name });
  return name;
}

/** `Cache-Control` for an SDK file: a year and immutable when hashed, else revalidated by ETag every time. */
export function sdkCacheControl(path: string): string {
  return isHashedName(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** A content coding the build writes next to a file (`<file>.br`, `<file>.gz`), best first. */
export type PrecompressedEncoding = 'br' | 'gzip';
const PRECOMPRESSED: ReadonlyArray<{ encoding: PrecompressedEncoding; suffix: string }> = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
];

/**
 * The best of `available` that an `Accept-Encoding` header allows (highest q; brotli before gzip at
 * equal q), or `identity` when none is acceptable. `*` stands for any coding not named.
 */
export function pickEncoding(
  acceptEncoding: string | null | undefined,
  available: readonly PrecompressedEncoding[],
): PrecompressedEncoding | 'identity' {
  if (!acceptEncoding) return 'identity';
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [token = '', ...params] = part.split(';').map((x) => x.trim().toLowerCase());
    if (!token) continue;
    let value = 1;
    for (const p of params) {
      const m = /^q=([0-9.]+)$/.exec(p);
      if (m) value = Number.parseFloat(m[1] ?? '1');
    }
    if (!Number.isFinite(value)) continue;
    q.set(token === 'x-gzip' ? 'gzip' : token, Math.max(0, Math.min(1, value)));
  }
  let best: PrecompressedEncoding | 'identity' = 'identity';
  let bestQ = 0;
  for (const encoding of available) {
    const value = q.get(encoding) ?? q.get('*') ?? 0;
    if (value > bestQ) {
      best = encoding;
      bestQ = value;
    }
  }
  return best;
}

/**
 * Resolves `relative` (the URL path after the mount point, still percent-encoded) inside `root`, or
 * returns null when it is not a regular file there: `..` segments, backslashes, NUL, dot files and
 * symlinks leading outside are all refused.
 */
export function resolveStatic(root: string, relative: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return null;
  }
  if (decoded.length === 0 || decoded.length > 512) return null;
  if (/[\\\0]/.test(decoded)) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.startsWith('.'))) return null;
  if (!existsSync(root)) return null;
  const rootReal = realpathSync(root);
  const candidate = resolve(rootReal, ...segments);
  if (!candidate.startsWith(rootReal + sep)) return null;
  if (!existsSync(candidate)) return null;
  const real = realpathSync(candidate);
  if (!real.startsWith(rootReal + sep)) return null;
  if (!statSync(real).isFile()) return null;
  return real;
}

/**
 * A static file with a validator (ETag from size and modification time, Last-Modified), so a
 * `no-cache` file prefetched once is revalidated with a 304 instead of downloaded again.
 */
export function fileResponse(
  path: string,
  cacheControl: string,
  extraHeaders: Record<string, string>,
  request: { headers: Headers },
  { precompressed = false }: { precompressed?: boolean } = {},
): Response {
  // The build's `.br` / `.gz` siblings (scripts/models/precompress.mjs): the best one the client takes.
  const variants = precompressed
    ? PRECOMPRESSED.filter((v) => existsSync(path + v.suffix) && statSync(path + v.suffix).isFile())
    : [];
  const encoding = pickEncoding(
    request.headers.get('accept-encoding'),
    variants.map((v) => v.encoding),
  );
  const variant = variants.find((v) => v.encoding === encoding);
  const served = variant ? path + variant.suffix : path;
  const stat = statSync(served);
  // One validator per representation: the size and time of the bytes actually sent, and their coding.
  const tag = `${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}${variant ? `-${variant.encoding}` : ''}`;
  const etag = `W/"${tag}"`;
  const headers: Record<string, string> = {
    'Cache-Control': cacheControl,
    ETag: etag,
    'Last-Modified': stat.mtime.toUTCString(),
    'X-Content-Type-Options': 'nosniff',
    ...(variants.length ? { Vary: 'Accept-Encoding' } : {}),
    ...extraHeaders,
  };
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim() === etag || t.trim() === '*')) {
    return new Response(null, { status: 304, headers });
  }
  const body = readFileSync(served);
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': contentTypeFor(path),
      'Content-Length': String(body.length),
      ...(variant ? { 'Content-Encoding': variant.encoding } : {}),
      ...headers,
    },
  });
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export function hostedPageHeaders(frameAncestors: string): Record<string, string> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy':
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob: data:; " +
      "media-src 'self' blob:; connect-src 'self'; worker-src 'self' blob:; " +
      `frame-ancestors ${frameAncestors}; base-uri 'none'; form-action 'none'`,
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(self)',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}

/**
 * The exact origins among `frame-ancestors` sources: the pages the hosted widget may post its iframe
 * messages to. `'self'` becomes `selfOrigin`; keywords other than `'self'`, wildcards, bare schemes
 * and anything with a path are dropped (postMessage needs one exact origin per target).
 */
export function parentOriginsOf(sources: readonly string[], selfOrigin: string): string[] {
  const out = new Set<string>();
  for (const source of sources) {
    const value = source === "'self'" ? selfOrigin : source;
    if (value.includes('*')) continue;
    try {
      const origin = new URL(value).origin;
      if (origin !== 'null' && origin === value.replace(/\/+$/, '')) out.add(origin);
    } catch {
      /* not an origin */
    }
  }
  return [...out];
}

/** The `<head>` start every page of ours shares (the caller adds its own lines, then closes it). */
function pageHead(title: string, css = 'hosted.css', lang = 'en'): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/sdk/${escapeHtml(css)}">`;
}

/** The hosted page's module script and the modules it imports statically, as paths under /sdk/. */
export interface HostedScripts {
  entry: string;
  /** Every static import of the entry, transitively: requested at once with the entry, not one by one. */
  preload: string[];
  /** The stylesheet's name under /sdk/ (content-hashed when known). */
  css?: string;
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  src?: string;
  imports?: string[];
}

const HOSTED_ENTRY_SRC = 'src/hosted.ts';
/** Before a build with a manifest (or with none at all): the script's stable name, nothing to preload. */
const UNHASHED_HOSTED: HostedScripts = { entry: 'verilock-hosted.js', preload: [] };
const manifestCache = new Map<string, { mtimeMs: number; scripts: HostedScripts }>();

/**
 * Reads the browser build's manifest (`<sdkDir>/.vite/manifest.json`, never served: dot folders are
 * refused) for the hosted page's script, whose name carries a content hash, and its static imports.
 * Re-read when the manifest changes, so a rebuild needs no restart.
 */
export function hostedScripts(sdkDir: string, cssFile?: string): HostedScripts {
  const css = cssFile ? hostedCssName(cssFile) : null;
  const scripts = manifestScripts(sdkDir);
  return css ? { ...scripts, css } : scripts;
}

function manifestScripts(sdkDir: string): HostedScripts {
  const file = resolve(sdkDir, '.vite', 'manifest.json');
  if (!existsSync(file)) return UNHASHED_HOSTED;
  const { mtimeMs } = statSync(file);
  const cached = manifestCache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.scripts;
  let scripts = UNHASHED_HOSTED;
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManifestChunk>;
    const entry = manifest[HOSTED_ENTRY_SRC];
    if (entry?.isEntry && typeof entry.file === 'string') {
      const preload: string[] = [];
      const seen = new Set<string>();
      const visit = (key: string): void => {
        if (seen.has(key)) return;
        seen.add(key);
        const chunk = manifest[key];
        if (!chunk || typeof chunk.file !== 'string') return;
        preload.push(chunk.file);
        for (const next of chunk.imports ?? []) visit(next);
      };
      for (const key of entry.imports ?? []) visit(key);
      scripts = { entry: entry.file, preload };
    }
  } catch {
    /* a half-written manifest during a rebuild: the stable name until the next read */
  }
  manifestCache.set(file, { mtimeMs, scripts });
  return scripts;
}

/**
 * `value` as JSON that can sit inside an HTML `<script type="application/json">` element: `<`, `>`, `&` and
 * the two JavaScript line separators are written as `\u` escapes, so nothing in it (`</script>`, `<!--`)
 * can end the element or change how it parses; `JSON.parse` gives the same value back.
 */
export function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function hostedPageHtml(
  token: string,
  parentOrigins: readonly string[] = [],
  scripts: HostedScripts = UNHASHED_HOSTED,
  locale: string | null = null,
  session: FlowSession | null = null,
): string {
  const sdk = (file: string): string => escapeHtml(`/sdk/${file}`);
  // modulepreload: the entry's imports are fetched in the same round trip as the entry, not after it.
  const preloads = scripts.preload.map((file) => `\n<link rel="modulepreload" href="${sdk(file)}">`).join('');
  // The session's language, when it has one, is the page's and the element's from the first paint.
  const lang = locale ? ` lang="${escapeHtml(locale)}"` : '';
  // The flow session, so the widget's first screen does not wait for a round trip to the API (inert: never run).
  const preloaded = session
    ? `\n<script type="application/json" id="${PRELOADED_SESSION_ID}">${inertJson({ token, session })}</script>`
    : '';
  return `${pageHead('Identity verification', scripts.css, locale ?? 'en')}
<meta name="verilock-parent-origins" content="${escapeHtml(parentOrigins.join(' '))}">
<script type="module" src="${sdk(scripts.entry)}"></script>${preloads}
</head>
<body>
<main>
<verilock-flow session-token="${escapeHtml(token)}"${lang} assets-base="/sdk/mediapipe/"></verilock-flow>${preloaded}
</main>
</body>
</html>
`;
}

export function indexHtml(pages: string[]): string {
  const items = pages.map((p) => `<li><a href="/demo/${encodeURI(p)}">${escapeHtml(p)}</a></li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Verilock Flow — reference backend</title>
</head>
<body>
<h1>Verilock Flow — reference backend</h1>
<p>Demo pages:</p>
<ul>
${items || '<li>(none yet)</li>'}
</ul>
<p>API: see <code>docs/server-api.md</code>. Health: <a href="/healthz">/healthz</a>.</p>
</body>
</html>
`;
}

export function listPages(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.html') && !n.startsWith('.'))
    .sort();
}
