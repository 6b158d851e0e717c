/**
 * The hosted page (`/verify/<token>`): its HTML with the widget, its scripts and stylesheet by their
 * content-hashed names (read from the build's manifest), its headers (CSP, framing) and the parent
 * origins it may post to.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FlowSession } from '../../src/api/schemas.js';
import { PRELOADED_SESSION_ID } from '../../src/session/preloaded-session.js';
import { escapeHtml, inertJson, pageHead } from './html.js';

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
