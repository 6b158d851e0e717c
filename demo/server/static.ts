/**
 * Static files (built widget under /sdk/, demo pages under /demo/) and the hosted page.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

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

/** Bundler output with a content hash in its name (e.g. `chunk-3f9a1c2e.js`) can be cached forever. */
export function isHashedName(path: string): boolean {
  const base = path.split('/').pop() ?? '';
  // The build names chunks and workers `<name>-<8 characters of base64url hash>.js`; the entry points
  // customers link to (verilock-flow.js, verilock-loader.js, verilock-hosted.js) keep stable names.
  return /-[A-Za-z0-9_-]{8}\.(?:js|mjs|css)$/.test(base);
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
): Response {
  const stat = statSync(path);
  const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    'Cache-Control': cacheControl,
    ETag: etag,
    'Last-Modified': stat.mtime.toUTCString(),
    'X-Content-Type-Options': 'nosniff',
    ...extraHeaders,
  };
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim() === etag || t.trim() === '*')) {
    return new Response(null, { status: 304, headers });
  }
  const body = readFileSync(path);
  return new Response(body, {
    status: 200,
    headers: { 'Content-Type': contentTypeFor(path), 'Content-Length': String(body.length), ...headers },
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
function pageHead(title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/sdk/hosted.css">`;
}

export function hostedPageHtml(token: string, parentOrigins: readonly string[] = []): string {
  return `${pageHead('Identity verification')}
<meta name="verilock-parent-origins" content="${escapeHtml(parentOrigins.join(' '))}">
<script type="module" src="/sdk/verilock-hosted.js"></script>
</head>
<body>
<main>
<verilock-flow session-token="${escapeHtml(token)}" assets-base="/sdk/mediapipe/"></verilock-flow>
</main>
</body>
</html>
`;
}

/**
 * The small page a refused handoff link shows (used, expired, unknown): a heading and what to do,
 * no script at all, styled by the hosted page's stylesheet.
 */
export function handoffRefusedHtml(title: string, message: string): string {
  return `${pageHead(title)}
</head>
<body>
<main class="handoff-refused">
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
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
