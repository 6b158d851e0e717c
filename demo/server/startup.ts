/**
 * What `npm start` prints once the server listens, and the demo sessions it offers in development.
 *
 * Development: one demo session per way in (the hosted link, the element page, the iframe page, the
 * webview page). Their links are kept in `<data dir>/demo-sessions.json` (0600) and reused on the next
 * start while the session is still open and has time left, so a restart creates nothing new.
 * Production: no demo session, no token, no demo link; the review link and where the key comes from.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SessionCreated, SessionDetail } from '../../src/api/schemas.js';
import type { Config } from './config.js';
import { DEFAULT_PROFILE_ID } from './db.js';

export const DEMO_SESSIONS_FILE = 'demo-sessions.json';
/** A kept demo session is reused only with at least this much time left. */
export const DEMO_MIN_REMAINING_MS = 15 * 60 * 1000;

export const DEMO_ROLES = ['hosted', 'element', 'iframe', 'webview'] as const;
export type DemoRole = (typeof DEMO_ROLES)[number];

export interface DemoSession {
  id: string;
  token: string;
  url: string;
}

export interface DemoSessions {
  sessions: Partial<Record<DemoRole, DemoSession>>;
  /** How many were created by this call (the rest were reused). */
  created: number;
}

type Log = (line: string) => void;

function readKept(dataDir: string): Partial<Record<DemoRole, DemoSession>> {
  const path = join(dataDir, DEMO_SESSIONS_FILE);
  if (!existsSync(path)) return {};
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Partial<Record<DemoRole, DemoSession>>) : {};
  } catch {
    return {};
  }
}

function writeKept(dataDir: string, sessions: Partial<Record<DemoRole, DemoSession>>): void {
  const path = join(dataDir, DEMO_SESSIONS_FILE);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(sessions, null, 2) + '\n', { mode: 0o600 });
  renameSync(tmp, path);
}

/** True when the kept session still exists, is open and has time left (asked through the API). */
async function usable(base: string, apiKey: string, kept: DemoSession | undefined, now: number): Promise<boolean> {
  if (!kept || typeof kept.id !== 'string' || typeof kept.token !== 'string' || typeof kept.url !== 'string') {
    return false;
  }
  const res = await fetch(`${base}/api/v1/sessions/${encodeURIComponent(kept.id)}`, {
    headers: { 'X-API-Key': apiKey },
  });
  if (res.status !== 200) return false;
  const detail = (await res.json()) as SessionDetail;
  return (
    (detail.status === 'created' || detail.status === 'in_progress') &&
    Date.parse(detail.expires_at) - now >= DEMO_MIN_REMAINING_MS
  );
}

async function createDemoSession(base: string, apiKey: string, publicUrl: string, log: Log) {
  const create = (body: Record<string, unknown>) =>
    fetch(`${base}/api/v1/sessions`, {
      method: 'POST',
      headers: { 'X-API-Key': apiKey, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  const body = { profile_id: DEFAULT_PROFILE_ID, applicant_name: 'Demo Applicant' };
  let res = await create({ ...body, redirect_url: `${publicUrl}/demo/done.html` });
  if (res.status === 400) {
    // PUBLIC_URL is plain http on a non-local host: not a valid redirect_url, so go without one.
    log(
      'warning: PUBLIC_URL is not an acceptable redirect_url (https, or http on localhost); the demo session has none.',
    );
    res = await create(body);
  }
  if (res.status !== 201) {
    log(`Could not create a demo session (HTTP ${res.status}): ${await res.text()}`);
    return null;
  }
  const created = (await res.json()) as SessionCreated;
  return { id: created.id, token: created.session_token, url: created.session_url };
}

/**
 * One usable demo session per way in: the kept one when it is still open with time left, else a new one
 * (a session can be completed only once, so each demo page has its own).
 */
export async function ensureDemoSessions(
  base: string,
  apiKey: string,
  config: Pick<Config, 'dataDir' | 'publicUrl'>,
  log: Log,
  now = Date.now(),
): Promise<DemoSessions> {
  const kept = readKept(config.dataDir);
  const sessions: Partial<Record<DemoRole, DemoSession>> = {};
  let created = 0;
  for (const role of DEMO_ROLES) {
    if (await usable(base, apiKey, kept[role], now)) {
      sessions[role] = kept[role]!;
      continue;
    }
    const fresh = await createDemoSession(base, apiKey, config.publicUrl, log);
    if (fresh) {
      sessions[role] = fresh;
      created++;
    }
  }
  writeKept(config.dataDir, sessions);
  return { sessions, created };
}

/** Prints what the server offers once it listens on `local` (its own address for API calls). */
export async function announce(config: Config, local: string, log: Log): Promise<void> {
  const apiKey = config.apiKeys[0]!;
  log(`\nVerilock reference backend listening on ${local} (public URL ${config.publicUrl})`);
  log(`Data directory: ${config.dataDir}`);
  if (config.production) {
    log('\nProduction mode: no demo pages, no demo origin, no demo sessions; each API key sees only its sessions.');
    log(`Review page (sign in with an API key): ${config.publicUrl}/review`);
    log(
      config.apiKeySource === 'dev'
        ? `warning: VERILOCK_API_KEYS is not set; the generated key in ${join(config.dataDir, 'dev-api-key')} is in use.`
        : `API keys: ${config.apiKeys.length} from VERILOCK_API_KEYS.`,
    );
    log('Stop: Ctrl+C\n');
    return;
  }
  try {
    const { sessions, created } = await ensureDemoSessions(local, apiKey, config, log);
    const reused = Object.keys(sessions).length - created;
    const { hosted, element, iframe, webview } = sessions;
    if (hosted) {
      log(`\nDemo session ${hosted.id} (profile "Default": document, selfie, liveness):`);
      log(`  Open: ${hosted.url}`);
    }
    const demo = `${config.publicUrl}/demo`;
    const embedBase = config.demoEmbedOrigin ?? config.publicUrl;
    log(`\nDemo pages (all three ways in): ${demo}/index.html`);
    if (element) log(`  Element on a plain page:      ${demo}/element.html?token=${element.token}`);
    if (iframe) {
      log(`  Iframe from another origin:   ${embedBase}/demo/iframe-host.html?url=${encodeURIComponent(iframe.url)}`);
    }
    if (webview)
      log(`  Webview bridge simulation:    ${demo}/webview-sim.html?bridge=react-native&token=${webview.token}`);
    log(
      reused > 0
        ? `  (${reused} demo session${reused === 1 ? '' : 's'} still open from an earlier start, ${created} new)`
        : `  (${created} new demo sessions)`,
    );
  } catch (err) {
    log(`Could not create the demo sessions: ${err instanceof Error ? err.message : String(err)}`);
  }
  const keyShown = config.apiKeySource === 'dev' ? apiKey : `${apiKey.slice(0, 6)}… (from VERILOCK_API_KEYS)`;
  log(`\nAPI key${config.apiKeySource === 'dev' ? ' (dev key, kept in the data directory)' : ''}: ${keyShown}`);
  log('\nTry it:');
  if (config.apiKeySource === 'dev') log(`  export VERILOCK_API_KEY=${apiKey}`);
  log(`  curl -s -X POST ${config.publicUrl}/api/v1/sessions \\
    -H "X-API-Key: $VERILOCK_API_KEY" -H "Content-Type: application/json" \\
    -d '{"type":"kyc","steps":["document","selfie","face_match"],"applicant":{"first_name":"Jean","last_name":"Dupont"}}'`);
  log(`\nReview page (sign in with the API key): ${config.publicUrl}/review`);
  log('\nAnother session: npm run session    Stop: Ctrl+C\n');
}
