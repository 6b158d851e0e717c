/**
 * Static files (built widget under /sdk/, demo pages under /demo/): path resolution, content types,
 * caching and precompressed siblings. The hosted page is made by hosted-page.ts.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { escapeHtml } from './html.js';

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
