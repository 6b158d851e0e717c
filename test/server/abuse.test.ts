/**
 * Abuse of the listener and of the credentials: guessing keys or tokens from one address is cut off
 * with 429, and a client dripping its request a byte at a time is disconnected.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import { parseTrustProxy } from '../../demo/server/client-address.js';
import { httpServerOptions } from '../../demo/server/http-limits.js';
import { API_KEY, withApp, type TestApp } from './helpers.js';

/** A request as the node listener hands it to the app: from a socket with this address. */
const from = (t: TestApp, address: string, path: string, headers: Record<string, string>) =>
  Promise.resolve(t.va.app.request(path, { headers }, { incoming: { socket: { remoteAddress: address } } }));

describe('credential guessing', () => {
  it('past the refused attempts allowed per address, more guesses get 429; other addresses and valid keys are unaffected', async () => {
    await withApp(
      { rateLimit: { windowMs: 60_000, perApiKey: 600, perToken: 300, authFailuresPerIp: 5 } },
      async (t) => {
        const statuses: number[] = [];
        for (let i = 0; i < 7; i++) {
          const res = await from(t, '203.0.113.9', '/api/v1/sessions', {
            'X-API-Key': `vlk_guess_${i}_0123456789abcdef`,
          });
          statuses.push(res.status);
          if (res.status === 429) assert.ok(Number(res.headers.get('Retry-After')) >= 1);
        }
        assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429, 429]);
        // Session tokens count against the same address.
        const token = await from(t, '203.0.113.9', '/api/v1/flow/session', {
          Authorization: `Bearer vft_${'x'.repeat(43)}`,
        });
        assert.equal(token.status, 429);
        // Another address still gets its own tries; the right key still works from the blocked one.
        assert.equal(
          (await from(t, '198.51.100.7', '/api/v1/sessions', { 'X-API-Key': 'vlk_wrong_key_000000' })).status,
          401,
        );
        assert.equal((await from(t, '203.0.113.9', '/api/v1/sessions', { 'X-API-Key': API_KEY })).status, 200);
      },
    );
  });
});

describe('credential guessing behind a reverse proxy', () => {
  const limits = { windowMs: 60_000, perApiKey: 600, perToken: 300, authFailuresPerIp: 3 };
  /** Four wrong keys from one socket, each with its own X-Forwarded-For; the statuses in order. */
  async function guesses(t: TestApp, socket: string, forwarded: (i: number) => string): Promise<number[]> {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await from(t, socket, '/api/v1/sessions', {
        'X-API-Key': `vlk_guess_${i}_0123456789abcdef`,
        'X-Forwarded-For': forwarded(i),
      });
      statuses.push(res.status);
    }
    return statuses;
  }

  it('without VERILOCK_TRUST_PROXY a forged X-Forwarded-For does not escape the per-address limit', async () => {
    await withApp({ rateLimit: limits }, async (t) => {
      assert.deepEqual(await guesses(t, '203.0.113.9', (i) => `198.51.100.${i + 1}`), [401, 401, 401, 429]);
    });
  });

  it('with a trusted proxy, distinct forwarded clients are limited separately and a forged leftmost entry is ignored', async () => {
    await withApp({ rateLimit: limits, trustProxy: parseTrustProxy('10.0.0.0/8') }, async (t) => {
      // Two applicants behind the same proxy: each has its own tries.
      assert.deepEqual(await guesses(t, '10.0.0.2', () => '198.51.100.1'), [401, 401, 401, 429]);
      assert.equal(
        (await from(t, '10.0.0.2', '/api/v1/sessions', { 'X-API-Key': 'vlk_x', 'X-Forwarded-For': '198.51.100.2' }))
          .status,
        401,
      );
      // The attacker writes a new address on the left each time; the proxy appends the real one.
      assert.deepEqual(await guesses(t, '10.0.0.2', (i) => `192.0.2.${i + 1}, 203.0.113.50`), [401, 401, 401, 429]);
      // A forwarded header from a socket that is not a trusted proxy is not believed either.
      assert.deepEqual(await guesses(t, '203.0.113.77', (i) => `192.0.2.${i + 100}`), [401, 401, 401, 429]);
    });
  });

  it('with a hop count, the entry that many hops from the socket is the client', async () => {
    await withApp({ rateLimit: limits, trustProxy: parseTrustProxy('1') }, async (t) => {
      assert.deepEqual(await guesses(t, '10.0.0.2', (i) => `192.0.2.${i + 1}, 203.0.113.60`), [401, 401, 401, 429]);
      assert.deepEqual(await guesses(t, '10.0.0.2', () => '203.0.113.61'), [401, 401, 401, 429]);
    });
  });
});

describe('slow drip', () => {
  it('a client that sends its headers a byte at a time is disconnected once the header time is up', async () => {
    await withApp({}, async (t) => {
      const server = serve({
        fetch: t.va.app.fetch,
        port: 0,
        hostname: '127.0.0.1',
        serverOptions: httpServerOptions({ headersTimeoutMs: 400 }),
      });
      await new Promise<void>((resolve) => server.once('listening', () => resolve()));
      const { port } = server.address() as AddressInfo;
      try {
        const socket = connect(port, '127.0.0.1');
        let closed = false;
        let reply = '';
        socket.on('data', (d) => (reply += d.toString()));
        socket.on('close', () => (closed = true));
        socket.on('error', () => (closed = true));
        await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
        const request = 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Drip: ' + 'a'.repeat(200);
        let sent = 0;
        // One byte every 50 ms: the 200-byte header would take 10 s; the server must not wait for it.
        while (!closed && sent < request.length) {
          socket.write(request[sent++]!);
          await new Promise((r) => setTimeout(r, 50));
        }
        assert.equal(closed, true, 'connection closed before the drip finished');
        assert.ok(sent < request.length, `closed after ${sent} of ${request.length} bytes`);
        assert.match(reply, /^HTTP\/1\.1 408/);
        socket.destroy();
      } finally {
        await new Promise((r) => server.close(r));
      }
    });
  });
});
