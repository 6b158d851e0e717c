/**
 * SSRF through `webhook_url`: every private, loopback, link-local, metadata, CGNAT, multicast,
 * unspecified and IPv4-in-IPv6 target is refused, in whatever spelling, at creation and again at send
 * time; names are resolved at send time and the connection goes to the address that was checked.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { LookupAddress } from 'node:dns';
import type { DeliveryRow } from '../../demo/server/db.js';
import { postWebhook } from '../../demo/server/webhook-http.js';
import { refusedAddress, refusedWebhookUrl, webhookTarget } from '../../demo/server/webhook-target.js';
import { WebhookTargetRefused } from '../../demo/server/webhooks.js';
import { createKyc, errorCode, withApp } from './helpers.js';

const PROD = { production: true };
const DEV = { production: false };

/** Refused in every mode: each one was accepted (or would have been) before. */
const ALWAYS_REFUSED = [
  'https://169.254.169.254/latest/meta-data/',
  'http://169.254.169.254/',
  'https://[fe80::1]/',
  'https://10.0.0.1/',
  'https://172.16.5.4/',
  'https://192.168.1.1/',
  'https://100.64.0.1/',
  'https://[fc00::1]/',
  'https://[fd12:3456::1]/',
  'https://224.0.0.1/',
  'https://[ff02::1]/',
  'https://0.0.0.0/',
  'https://[::]/',
  'https://255.255.255.255/',
  'https://[::ffff:7f00:1]/',
  'https://[::ffff:169.254.169.254]/',
  'https://[::ffff:10.0.0.1]/',
  'https://[::127.0.0.1]/',
  'https://[64:ff9b::a9fe:a9fe]/',
  'https://[2002:a9fe:a9fe::]/',
  'https://0xa9.0xfe.0xa9.0xfe/',
  'https://2852039166/',
  'https://169.254.43518/',
  'https://0251.0376.0251.0376/',
];

/** Loopback in any spelling: allowed in development mode (local receivers), refused in production. */
const LOOPBACK = [
  'http://127.1:8080/hook',
  'http://2130706433:8080/hook',
  'http://0x7f000001/hook',
  'HTTP://LOCALHOST:8080/hook',
  'http://localhost./hook',
  'http://app.localhost/hook',
  'https://127.0.0.1/',
  'https://[::1]/',
  'https://127.255.0.9/',
];

describe('webhook targets: the SSRF list', () => {
  it('refuses every non-public address in every mode, whatever the spelling', () => {
    for (const url of ALWAYS_REFUSED) {
      assert.ok(refusedWebhookUrl(url, DEV), `dev: ${url}`);
      assert.ok(refusedWebhookUrl(url, PROD), `production: ${url}`);
    }
  });

  it('allows loopback in development mode only', () => {
    for (const url of LOOPBACK) {
      assert.equal(refusedWebhookUrl(url, DEV), null, `dev: ${url}`);
      assert.match(refusedWebhookUrl(url, PROD) ?? '', /loopback/, `production: ${url}`);
    }
  });

  it('allows public addresses and names (names are checked again when resolved)', () => {
    for (const url of ['https://example.com/hook', 'https://93.184.216.34/', 'https://[2606:2800:220:1::]/x']) {
      assert.equal(refusedWebhookUrl(url, PROD), null, url);
    }
    assert.equal(refusedAddress('8.8.8.8', PROD), null);
    assert.match(refusedAddress('::ffff:8.8.8.8', PROD) ?? '', /IPv4/);
  });

  it('POST /api/v1/sessions refuses them with 400 naming webhook_url; development keeps local receivers', async () => {
    await withApp({ production: true }, async (t) => {
      for (const url of [...ALWAYS_REFUSED, ...LOOPBACK.filter((u) => u.startsWith('https'))]) {
        const res = await t.api('POST', '/api/v1/sessions', {
          type: 'kyc',
          steps: ['selfie'],
          applicant: { first_name: 'A', last_name: 'B' },
          webhook_url: url,
        });
        assert.equal(res.status, 400, url);
        const body = (await res.json()) as { error: { code: string; details: { path: string }[] } };
        assert.equal(body.error.code, 'validation_failed');
        assert.equal(body.error.details[0]!.path, 'webhook_url', url);
      }
      assert.equal((await t.api('GET', '/api/v1/sessions')).status, 200);
    });
    await withApp({}, async (t) => {
      const ok = await createKyc(t, { webhook_url: 'http://127.1:9/hook' }, ['selfie']);
      assert.match(ok.id, /^ses_/);
      const res = await t.api('POST', '/api/v1/sessions', {
        type: 'kyc',
        steps: ['selfie'],
        applicant: { first_name: 'A', last_name: 'B' },
        webhook_url: 'https://169.254.169.254/latest/meta-data/',
      });
      assert.equal(res.status, 400);
      assert.equal(await errorCode(res), 'validation_failed');
    });
  });
});

describe('webhook targets at send time', () => {
  let server: Server;
  let port = 0;
  const got: string[] = [];
  before(async () => {
    server = createServer((req, res) => {
      got.push(String(req.headers.host));
      req.resume();
      req.on('end', () => res.writeHead(204).end());
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });

  /** A resolver answering from a table, as a hostile DNS server would. */
  const resolver =
    (table: Record<string, string[]>) => (host: string, cb: (err: Error | null, a: LookupAddress[]) => void) =>
      setImmediate(() =>
        cb(
          null,
          (table[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
        ),
      );

  async function send(url: string, policy: typeof DEV, table: Record<string, string[]>): Promise<number> {
    const target = webhookTarget(policy, resolver(table));
    const u = new URL(url);
    const lookup = target(u);
    return postWebhook(u, { 'Content-Type': 'application/json' }, '{}', {
      signal: AbortSignal.timeout(5000),
      lookup,
    });
  }

  it('connects to the address the name resolved to and was checked (dev: loopback allowed)', async () => {
    const before = got.length;
    assert.equal(await send(`http://hooks.example:${port}/x`, DEV, { 'hooks.example': ['127.0.0.1'] }), 204);
    assert.deepEqual(got.slice(before), [`hooks.example:${port}`]);
  });

  it('refuses a name that resolves to a refused address (DNS rebinding), before any connection', async () => {
    const before = got.length;
    await assert.rejects(
      send(`http://rebind.example:${port}/x`, PROD, { 'rebind.example': ['127.0.0.1'] }),
      WebhookTargetRefused,
    );
    await assert.rejects(
      send(`http://meta.example:${port}/x`, DEV, { 'meta.example': ['93.184.216.34', '169.254.169.254'] }),
      (err: Error) => err instanceof WebhookTargetRefused && /169\.254\.169\.254/.test(err.message),
    );
    await assert.rejects(
      send(`http://mapped.example:${port}/x`, DEV, { 'mapped.example': ['::ffff:127.0.0.1'] }),
      WebhookTargetRefused,
    );
    assert.equal(got.length, before, 'nothing reached the receiver');
  });

  it('a stored delivery to a refused target fails at once, without retries, and nothing is sent', async () => {
    await withApp({ production: true, webhookBaseDelayMs: 10 }, async (t) => {
      // A row written before the rule existed (or by hand): the worker checks again before sending.
      const s = await createKyc(t, {}, ['selfie']);
      const url = `http://127.0.0.1:${port}/hook`;
      t.va.db
        .prepare(
          `INSERT INTO webhook_deliveries (id, session_id, url, payload, state, attempts, next_attempt_at, created_at)
           VALUES ('dlv_ssrf', ?, ?, '{}', 'pending', 0, ?, ?)`,
        )
        .run(s.id, url, Date.now(), Date.now());
      const before = got.length;
      t.va.webhooks.kick();
      const row = () => t.va.db.prepare(`SELECT * FROM webhook_deliveries WHERE id = 'dlv_ssrf'`).get() as DeliveryRow;
      const start = Date.now();
      while (row().state === 'pending') {
        if (Date.now() - start > 5000) throw new Error('the delivery was not settled');
        await new Promise((r) => setTimeout(r, 10));
      }
      assert.equal(row().state, 'failed');
      assert.equal(row().attempts, 1);
      assert.match(row().last_error ?? '', /refused.*loopback/);
      assert.equal(got.length, before);
    });
  });
});
