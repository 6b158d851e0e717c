/**
 * `npm start`: builds the hosted widget when it is missing, starts the reference backend, creates a
 * demo session through the real HTTP API and prints its hosted link, the API key and a curl example.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { SessionCreated } from '../../src/api/schemas.js';
import { createApp, createDemoOnlyApp } from './app.js';
import { loadConfig, PROJECT_ROOT } from './config.js';
import { DEFAULT_PROFILE_ID } from './db.js';

function run(cmd: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: PROJECT_ROOT, stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

async function ensureBuilt(sdkDir: string): Promise<void> {
  // The build's manifest names the hosted page's script (its name carries a content hash).
  if (existsSync(join(sdkDir, '.vite', 'manifest.json'))) return;
  console.log('The hosted widget is not built yet; running `npm run build:app` …');
  const code = await run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build:app']);
  if (code !== 0) {
    console.warn('warning: `npm run build:app` failed; the server starts anyway, the hosted page will show no widget.');
  }
}

async function createDemoSession(base: string, apiKey: string, publicUrl: string): Promise<SessionCreated | null> {
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
    console.warn(
      'warning: PUBLIC_URL is not an acceptable redirect_url (https, or http on localhost); the demo session has none.',
    );
    res = await create(body);
  }
  if (res.status !== 201) {
    console.error(`Could not create the demo session (HTTP ${res.status}): ${await res.text()}`);
    return null;
  }
  return (await res.json()) as SessionCreated;
}

const config = loadConfig();
await ensureBuilt(config.sdkDir);
const verilock = createApp(config);
const server = serve({ fetch: verilock.app.fetch, port: config.port, hostname: config.host }, async (info) => {
  const local = `http://${info.family === 'IPv6' ? `[${info.address === '::' ? '::1' : info.address}]` : info.address === '0.0.0.0' ? '127.0.0.1' : info.address}:${info.port}`;
  const apiKey = config.apiKeys[0]!;
  console.log(`\nVerilock reference backend listening on ${local} (public URL ${config.publicUrl})`);
  console.log(`Data directory: ${config.dataDir}`);
  try {
    const session = await createDemoSession(local, apiKey, config.publicUrl);
    if (session) {
      console.log(`\nDemo session ${session.id} (profile "Default": document, selfie, liveness):`);
      console.log(`  Open: ${session.session_url}`);
      // One fresh session per embedding demo: a session can be completed only once.
      const [forElement, forIframe, forWebview] = await Promise.all(
        [0, 1, 2].map(() => createDemoSession(local, apiKey, config.publicUrl)),
      );
      const demo = `${config.publicUrl}/demo`;
      const embedBase = config.demoEmbedOrigin ?? config.publicUrl;
      console.log(`\nDemo pages (all three ways in): ${demo}/index.html`);
      if (forElement)
        console.log(`  Element on a plain page:      ${demo}/element.html?token=${forElement.session_token}`);
      if (forIframe)
        console.log(
          `  Iframe from another origin:   ${embedBase}/demo/iframe-host.html?url=${encodeURIComponent(forIframe.session_url)}`,
        );
      if (forWebview)
        console.log(
          `  Webview bridge simulation:    ${demo}/webview-sim.html?bridge=react-native&token=${forWebview.session_token}`,
        );
    }
  } catch (err) {
    console.error('Could not create the demo session:', err instanceof Error ? err.message : err);
  }
  const keyShown = config.apiKeySource === 'dev' ? apiKey : `${apiKey.slice(0, 6)}… (from VERILOCK_API_KEYS)`;
  console.log(`\nAPI key${config.apiKeySource === 'dev' ? ' (dev key, kept in the data directory)' : ''}: ${keyShown}`);
  console.log('\nTry it:');
  if (config.apiKeySource === 'dev') console.log(`  export VERILOCK_API_KEY=${apiKey}`);
  console.log(`  curl -s -X POST ${config.publicUrl}/api/v1/sessions \\
    -H "X-API-Key: $VERILOCK_API_KEY" -H "Content-Type: application/json" \\
    -d '{"type":"kyc","steps":["document","selfie","face_match"],"applicant":{"first_name":"Jean","last_name":"Dupont"}}'`);
  console.log(`\nReview page (sign in with the API key): ${config.publicUrl}/review`);
  console.log('\nAnother session: npm run session    Stop: Ctrl+C\n');
});

// The demo pages again on a second port: another origin, for the cross-origin iframe demo.
const demoServer = config.demoEmbedPort
  ? serve({ fetch: createDemoOnlyApp(config).fetch, port: config.demoEmbedPort, hostname: config.host }, () => {
      console.log(`Demo pages also on ${config.demoEmbedOrigin} (another origin, for the iframe demo)`);
    })
  : null;
demoServer?.on('error', (err: NodeJS.ErrnoException) => {
  // The main server keeps running: only the cross-origin iframe demo is lost.
  console.warn(
    `warning: the demo embed port ${config.demoEmbedPort} is unavailable (${err.code ?? err.message}); set DEMO_EMBED_PORT.`,
  );
});

server.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EADDRINUSE') {
    console.error(`Port ${config.port} on ${config.host} is in use; stop the other server or set PORT.`);
  } else {
    console.error(`Server error: ${err.message}`);
  }
  void verilock.close().then(() => process.exit(1));
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal} received, shutting down …`);
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  demoServer?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await verilock.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
