/**
 * The webhook worker under attack: another writer locking the database, receivers that never answer
 * (with the garbage collector running), one tenant's hanging receiver next to a healthy one, and a
 * scheduler that must not spin while deliveries wait for a slot. Then the signature scheme as a
 * receiver checks it: old timestamps, replays, other delivery ids and tampered bodies are refused.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { createWebhookVerifier } from '../../demo/receiver/verify-webhook.js';
import { DB_FILE, type DeliveryRow } from '../../demo/server/db.js';
import { WebhookWorker, signWebhook, type SchedulerClock } from '../../demo/server/webhooks.js';
import { createKyc, withApp, type TestApp, until } from './helpers.js';
import { join } from 'node:path';

const SECRET = 'whsec_test_secret';

interface Hit {
  body: string;
  signature: string;
  delivery: string;
}

/** A receiver whose every answer the test decides: answer now, hold until released, or never answer. */
class Receiver {
  readonly hits: Hit[] = [];
  readonly waiting: { res: ServerResponse; hit: Hit }[] = [];
  mode: 'answer' | 'hold' = 'answer';
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const hit = {
          body: Buffer.concat(chunks).toString('utf8'),
          signature: String(req.headers['x-signature'] ?? ''),
          delivery: String(req.headers['x-verilock-delivery'] ?? ''),
        };
        this.hits.push(hit);
        if (this.mode === 'hold') this.waiting.push({ res, hit });
        else res.writeHead(200).end();
      });
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  release(status = 200): void {
    for (const w of this.waiting.splice(0)) w.res.writeHead(status).end();
  }

  async stop(): Promise<void> {
    for (const w of this.waiting.splice(0)) w.res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

const rows = (t: TestApp) =>
  t.va.db.prepare('SELECT * FROM webhook_deliveries ORDER BY created_at, rowid').all() as DeliveryRow[];

/** A second connection to the same database, as another process would open it. */
function otherWriter(t: TestApp): Database.Database {
  const db = new Database(join(t.dir, DB_FILE));
  db.pragma('busy_timeout = 0');
  return db;
}

describe('webhook worker: a locked database', () => {
  const rx = new Receiver();
  before(() => rx.start());
  after(() => rx.stop());

  it('survives `database is locked` while claiming a delivery, and sends it once the lock is gone', async () => {
    await withApp({ webhookBaseDelayMs: 200 }, async (t) => {
      rx.mode = 'hold';
      const s = await createKyc(t, { webhook_url: rx.url }, ['selfie']);
      await until(() => rx.waiting.length === 1, 'first attempt at the receiver');
      rx.release(500);
      await until(() => rows(t)[0]?.attempts === 1, 'first attempt recorded');
      rx.mode = 'answer';
      const locker = otherWriter(t);
      locker.exec('BEGIN IMMEDIATE');
      try {
        // The retry comes due while the other writer holds the lock.
        await until(() => t.logs.some((l) => /database is locked/.test(l)), 'the worker meeting the lock');
        assert.equal(rx.hits.filter((h) => JSON.parse(h.body).session_id === s.id).length, 1);
      } finally {
        locker.exec('COMMIT');
        locker.close();
      }
      await until(() => rows(t)[0]?.state === 'delivered', 'delivery after the lock');
      assert.equal(rows(t)[0]!.attempts, 2);
      // The server still answers.
      assert.equal((await t.api('GET', `/api/v1/sessions/${s.id}`)).status, 200);
    });
  });

  it('survives `database is locked` while recording an answer; records it later without sending again', async () => {
    await withApp({}, async (t) => {
      rx.mode = 'hold';
      const before = rx.hits.length;
      const s = await createKyc(t, { webhook_url: rx.url }, ['selfie']);
      await until(() => rx.waiting.length === 1, 'attempt at the receiver');
      const locker = otherWriter(t);
      locker.exec('BEGIN IMMEDIATE');
      try {
        rx.release(200);
        await until(() => t.logs.some((l) => /could not record the attempt/.test(l)), 'the failed write');
        assert.equal(rows(t)[0]!.state, 'pending');
      } finally {
        locker.exec('COMMIT');
        locker.close();
      }
      await until(() => rows(t)[0]?.state === 'delivered', 'the answer recorded');
      assert.equal(rows(t)[0]!.attempts, 1);
      assert.equal(rx.hits.length - before, 1, 'sent exactly once');
      assert.equal((await t.api('GET', `/api/v1/sessions/${s.id}`)).status, 200);
    });
  });
});

describe('webhook worker: receivers that never answer', () => {
  const hanging = new Receiver();
  const healthy = new Receiver();
  before(async () => {
    await hanging.start();
    await healthy.start();
    hanging.mode = 'hold';
  });
  after(async () => {
    await hanging.stop();
    await healthy.stop();
  });

  it('times every attempt out while the garbage collector runs', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    await withApp({ webhookTimeoutMs: 150, webhookBaseDelayMs: 60_000 }, async (t) => {
      const n = 12;
      for (let i = 0; i < n; i++) await createKyc(t, { webhook_url: hanging.url }, ['selfie']);
      const timedOut = () => rows(t).filter((r) => r.attempts === 1 && /timed out/.test(r.last_error ?? '')).length;
      const start = Date.now();
      while (timedOut() < n) {
        if (Date.now() - start > 15_000) throw new Error(`only ${timedOut()} of ${n} attempts timed out`);
        gc();
        await new Promise((r) => setTimeout(r, 20));
      }
      assert.ok(rows(t).every((r) => r.state === 'pending' && r.next_attempt_at! > Date.now()));
    });
  });

  it('a receiver that never answers holds its own slots only: a healthy receiver is served at once', async () => {
    await withApp({ webhookTimeoutMs: 120_000 }, async (t) => {
      hanging.waiting.splice(0).forEach((w) => w.res.destroy());
      const stuck = 60;
      for (let i = 0; i < stuck; i++) await createKyc(t, { webhook_url: hanging.url }, ['selfie']);
      // Attempts of this app's deliveries (the receiver outlives the apps of other tests).
      const mine = () => {
        const ids = new Set(rows(t).map((r) => r.id));
        return hanging.hits.filter((h) => ids.has(h.delivery)).length;
      };
      await until(() => mine() >= 4, 'the hanging receiver holding its slots');
      const s = await createKyc(t, { webhook_url: healthy.url }, ['selfie']);
      await until(() => healthy.hits.some((h) => JSON.parse(h.body).session_id === s.id), 'the healthy delivery');
      await until(() => rows(t).some((r) => r.session_id === s.id && r.state === 'delivered'), 'recorded');
      // Nothing to the hanging receiver had finished: the healthy one did not wait for any of them.
      const toHanging = rows(t).filter((r) => r.url === hanging.url);
      assert.equal(toHanging.length, stuck);
      assert.ok(toHanging.every((r) => r.attempts === 0 && r.state === 'pending'));
      assert.equal(mine(), 4, 'four attempts in flight to the hanging host, no more');
    });
  });

  it('does not spin while due deliveries wait for a slot: the scheduler wakes for freed slots and due rows only', async () => {
    await withApp({ webhookTimeoutMs: 120_000 }, async (t) => {
      // The app's own worker stops; a worker with a counting clock takes over the same database.
      await t.va.webhooks.close();
      hanging.waiting.splice(0).forEach((w) => w.res.destroy());
      for (let i = 0; i < 20; i++) await createKyc(t, { webhook_url: hanging.url }, ['selfie']);
      let armed = 0;
      const clock: SchedulerClock = {
        now: () => Date.now(),
        setTimeout: (fn, ms) => {
          armed += 1;
          return setTimeout(fn, ms);
        },
        clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
      };
      const worker = new WebhookWorker(t.va.db, {
        secret: SECRET,
        baseDelayMs: 1000,
        maxAttempts: 3,
        timeoutMs: 120_000,
        perHostConcurrency: 2,
        log: () => undefined,
        clock,
      });
      const ids = new Set(rows(t).map((r) => r.id));
      const mine = () => hanging.hits.filter((h) => ids.has(h.delivery)).length;
      worker.start();
      try {
        await until(() => mine() === 2, 'two attempts in flight');
        // 18 deliveries are due and wait; give a spinning scheduler every chance to show itself.
        await new Promise((r) => setTimeout(r, 500));
        assert.equal(worker.active, 2);
        assert.equal(mine(), 2);
        assert.ok(worker.wakeups <= 3, `scheduler woke ${worker.wakeups} times`);
        assert.ok(armed <= 4, `timer armed ${armed} times`);
      } finally {
        await worker.close();
      }
      // Closing gave the leases back: the two rows are due again, unchanged.
      assert.ok(rows(t).every((r) => r.attempts === 0 && r.next_attempt_at! <= Date.now()));
    });
  });
});

describe('webhook signature (t=…,v1=HMAC of "<t>.<delivery id>.<body>")', () => {
  const rx = new Receiver();
  before(() => rx.start());
  after(() => rx.stop());

  it('a receiver using the documented helper accepts the delivery and refuses its replay', async () => {
    await withApp({}, async (t) => {
      rx.mode = 'answer';
      const s = await createKyc(t, { webhook_url: rx.url }, ['selfie']);
      await until(() => rx.hits.some((h) => JSON.parse(h.body).session_id === s.id), 'delivery');
      const hit = rx.hits.find((h) => JSON.parse(h.body).session_id === s.id)!;
      assert.match(hit.signature, /^t=\d{10},v1=[0-9a-f]{64}$/);
      assert.match(hit.delivery, /^dlv_/);

      const verify = createWebhookVerifier({ secret: SECRET });
      assert.deepEqual(verify(hit.body, hit.signature, hit.delivery), {
        ok: true,
        deliveryId: hit.delivery,
        timestamp: Number(/t=(\d+)/.exec(hit.signature)![1]),
      });
      // The same request sent again (captured on the wire) is a replay.
      assert.deepEqual(verify(hit.body, hit.signature, hit.delivery), { ok: false, reason: 'replayed' });
      // The signature does not carry over to another delivery id or another body.
      const fresh = createWebhookVerifier({ secret: SECRET });
      assert.deepEqual(fresh(hit.body, hit.signature, 'dlv_other'), { ok: false, reason: 'bad_signature' });
      assert.deepEqual(fresh(hit.body.replace('"created"', '"approved"'), hit.signature, hit.delivery), {
        ok: false,
        reason: 'bad_signature',
      });
      assert.deepEqual(createWebhookVerifier({ secret: 'whsec_wrong' })(hit.body, hit.signature, hit.delivery), {
        ok: false,
        reason: 'bad_signature',
      });
    });
  });

  it('refuses a timestamp outside the tolerance, either way, and malformed headers', () => {
    const body = '{"id":"evt_1"}';
    const now = Date.parse('2026-03-15T10:30:00Z');
    const t = Math.floor(now / 1000);
    const verifyAt = (ms: number) => createWebhookVerifier({ secret: SECRET, now: () => ms });
    const sig = signWebhook(SECRET, t, 'dlv_1', body);
    assert.equal(verifyAt(now + 300_000)(body, sig, 'dlv_1').ok, true);
    assert.deepEqual(verifyAt(now + 301_000)(body, sig, 'dlv_1'), { ok: false, reason: 'too_old' });
    assert.deepEqual(verifyAt(now - 301_000)(body, sig, 'dlv_1'), { ok: false, reason: 'too_old' });
    assert.deepEqual(
      createWebhookVerifier({ secret: SECRET, now: () => now + 60_000, toleranceSeconds: 30 })(body, sig, 'dlv_1'),
      { ok: false, reason: 'too_old' },
    );
    const v = verifyAt(now);
    for (const bad of ['', 'sha256=abc', `t=${t}`, `v1=${'a'.repeat(64)}`, `t=x,v1=${'a'.repeat(64)}`]) {
      assert.deepEqual(v(body, bad, 'dlv_1'), { ok: false, reason: 'malformed' }, bad);
    }
    assert.deepEqual(v(body, sig, undefined), { ok: false, reason: 'malformed' });
    // Several v1 values (a secret being rotated): one matching is enough.
    assert.equal(v(body, `t=${t},v1=${'0'.repeat(64)},${sig.split(',')[1]}`, 'dlv_1').ok, true);
  });
});
