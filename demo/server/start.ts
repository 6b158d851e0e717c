/**
 * `npm start`: builds the hosted widget when it is missing, starts the reference backend and prints
 * what it offers (see startup.ts: demo links in development, none in production).
 */
import { httpServerOptions } from './http-limits.js';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp, createDemoOnlyApp } from './app.js';
import { DataDirLocked } from './data-dir-lock.js';
import { loadConfig, PROJECT_ROOT } from './config.js';
import { announce } from './startup.js';

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

// Everything the server writes (database, captures, secrets) is readable by its own user only.
process.umask(0o077);

const config = loadConfig();
await ensureBuilt(config.sdkDir);
let verilock: ReturnType<typeof createApp>;
try {
  verilock = createApp(config);
} catch (err) {
  // e.g. another server already uses this data dir: say so plainly, no stack trace.
  console.error(err instanceof DataDirLocked ? err.message : err);
  process.exit(1);
}
const serverOptions = httpServerOptions();
const server = serve(
  { fetch: verilock.app.fetch, port: config.port, hostname: config.host, serverOptions },
  async (info) => {
    const local = `http://${info.family === 'IPv6' ? `[${info.address === '::' ? '::1' : info.address}]` : info.address === '0.0.0.0' ? '127.0.0.1' : info.address}:${info.port}`;
    await announce(config, local, (line) => console.log(line));
  },
);

// The demo pages again on a second port: another origin, for the cross-origin iframe demo.
const demoServer = config.demoEmbedPort
  ? serve(
      { fetch: createDemoOnlyApp(config).fetch, port: config.demoEmbedPort, hostname: config.host, serverOptions },
      () => {
        console.log(`Demo pages also on ${config.demoEmbedOrigin} (another origin, for the iframe demo)`);
      },
    )
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
