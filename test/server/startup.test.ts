/**
 * What `npm start` does once it listens: in development one demo session per way in, reused on the next
 * start while still open; in production no demo session and no token printed.
 */
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import { API_KEY, withApp, type TestApp } from './helpers.js';
import { DEMO_SESSIONS_FILE, announce } from '../../demo/server/startup.js';

/** Runs `announce` against the app served on a free port; returns what it printed. */
async function startOnce(t: TestApp): Promise<string> {
  const server = serve({ fetch: t.va.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const lines: string[] = [];
  try {
    await announce(t.va.config, `http://127.0.0.1:${port}`, (l) => lines.push(l));
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  return lines.join('\n');
}

const sessionCount = (t: TestApp) => (t.va.db.prepare('SELECT COUNT(*) AS n FROM sessions').get() as { n: number }).n;

describe('npm start', () => {
  it('development: creates one demo session per way in, then reuses them while they are open', async () => {
    // The sessions' expiry is checked against the real clock, so the app runs on it too.
    await withApp({ now: Date.now }, async (t) => {
      const first = await startOnce(t);
      assert.equal(sessionCount(t), 4);
      assert.match(first, /Open: http:\/\/127\.0\.0\.1:8787\/verify\/vft_/);
      assert.match(first, /\(4 new demo sessions\)/);
      assert.match(first, /Review page \(sign in with the API key\): http:\/\/127\.0\.0\.1:8787\/review/);
      assert.equal(statSync(join(t.dir, DEMO_SESSIONS_FILE)).mode & 0o777, 0o600);

      const second = await startOnce(t);
      assert.equal(sessionCount(t), 4, 'a restart creates no session');
      assert.match(second, /\(4 demo sessions still open from an earlier start, 0 new\)/);
      const links = (out: string) => out.match(/vft_[A-Za-z0-9_-]{32}/g)?.sort();
      assert.deepEqual(links(second), links(first), 'the same links are printed again');

      // A demo session that was submitted (or expired) is replaced, and only that one.
      t.va.db
        .prepare(`UPDATE sessions SET status = 'processing' WHERE rowid = (SELECT MIN(rowid) FROM sessions)`)
        .run();
      const third = await startOnce(t);
      assert.equal(sessionCount(t), 5);
      assert.match(third, /\(3 demo sessions still open from an earlier start, 1 new\)/);
    });
  });

  it('production: no demo session, no token, no demo link; the review link', async () => {
    await withApp({ production: true, now: Date.now }, async (t) => {
      const out = await startOnce(t);
      assert.equal(sessionCount(t), 0);
      assert.doesNotMatch(out, /vft_|\/demo\//);
      assert.ok(!out.includes(API_KEY), 'no key printed');
      assert.match(out, /Production mode/);
      assert.match(out, /Review page \(sign in with an API key\): http:\/\/127\.0\.0\.1:8787\/review/);
    });
  });
});
