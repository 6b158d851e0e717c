/**
 * `npm run session [-- --profile <uuid|default> --redirect <url>]`: creates a session on a running
 * reference backend and prints its hosted link.
 *
 * Server: VERILOCK_URL, else PUBLIC_URL, else http://HOST:PORT. Key: VERILOCK_API_KEY, else the first
 * of VERILOCK_API_KEYS, else the dev key in VERILOCK_DATA_DIR (default ./data).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readDevKey } from './config.js';
import { DEFAULT_PROFILE_ID, DOC_SELFIE_PROFILE_ID } from './db.js';

const { values } = parseArgs({
  options: {
    profile: { type: 'string' },
    redirect: { type: 'string' },
    name: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(`Usage: npm run session -- [--profile <uuid|default>] [--redirect <url>] [--name <applicant name>]
  --profile   profile id, or "default" for the profile with every step (default: "Document and selfie")
  --redirect  where the applicant goes when done (https, or http on localhost)`);
  process.exit(0);
}

const env = process.env;
const host = env.HOST && env.HOST !== '0.0.0.0' && env.HOST !== '::' ? env.HOST : '127.0.0.1';
const base = (env.VERILOCK_URL || env.PUBLIC_URL || `http://${host}:${env.PORT || 8787}`).replace(/\/+$/, '');
const apiKey =
  env.VERILOCK_API_KEY ||
  (env.VERILOCK_API_KEYS ?? '')
    .split(',')
    .map((k) => k.trim())
    .find(Boolean) ||
  readDevKey(resolve(env.VERILOCK_DATA_DIR || './data'));
if (!apiKey) {
  console.error('No API key: set VERILOCK_API_KEY, or start the server once (npm start) to create the dev key.');
  process.exit(1);
}

const profile = !values.profile
  ? DOC_SELFIE_PROFILE_ID
  : values.profile === 'default'
    ? DEFAULT_PROFILE_ID
    : values.profile;
const body: Record<string, unknown> = { profile_id: profile, applicant_name: values.name ?? 'Demo Applicant' };
if (values.redirect) body.redirect_url = values.redirect;

let res: Response;
try {
  res = await fetch(`${base}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'X-API-Key': apiKey, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
} catch (err) {
  console.error(`Cannot reach ${base} (${err instanceof Error ? err.message : err}). Is \`npm start\` running?`);
  process.exit(1);
}
const reply = (await res.json().catch(() => null)) as {
  id?: string;
  session_url?: string;
  expires_at?: string;
  error?: { code: string; message: string; details?: unknown[] };
} | null;
if (res.status !== 201 || !reply?.session_url) {
  console.error(
    `Session not created (HTTP ${res.status}): ${reply?.error ? `${reply.error.code}: ${reply.error.message}` : 'unexpected reply'}`,
  );
  if (reply?.error?.details) console.error(JSON.stringify(reply.error.details, null, 2));
  process.exit(1);
}
console.log(`Session ${reply.id} (expires ${reply.expires_at})`);
console.log(reply.session_url);
