/**
 * Webhooks: signed POSTs to a local receiver, retry after a failure, deliveries recorded, a hanging
 * receiver never holds up the API, pending deliveries resume after a restart.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createWebhookVerifier } from '../../demo/receiver/verify-webhook.js';
import type { DeliveryRow } from '../../demo/server/db.js';
import { WebhookPayload } from '../../src/api/schemas.js';
import { JPEG, createKyc, makeApp, removeDir, tempDir, upload, withApp, type TestApp, until } from './helpers.js';

const SECRET = 'whsec_test_secret';

interface Received {
  body: string;
  signature: string;
  delivery: string;
  valid: boolean;
  payload: WebhookPayload;
}

const verify = createWebhookVerifier({ secret: SECRET });

class Receiver {
  readonly received: Received[] = [];
  /** Status codes to answer, in order; 200 once exhausted. `hang` holds the request open. */
  script: (number | 'hang')[] = [];
  readonly held: ServerResponse[] = [];
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const signature = String(req.headers['x-signature'] ?? '');
        const delivery = String(req.headers['x-verilock-delivery'] ?? '');
        const action = this.script.shift() ?? 200;
        if (action === 'hang') {
          this.held.push(res);
          return;
        }
        this.received.push({
          body,
          signature,
          delivery,
          valid: verify(body, signature, delivery).ok,
          payload: WebhookPayload.parse(JSON.parse(body)),
        });
        res.writeHead(action).end();
      });
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  async stop(): Promise<void> {
    for (const r of this.held) r.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

const deliveries = (t: TestApp) =>
  t.va.db.prepare('SELECT * FROM webhook_deliveries ORDER BY created_at, rowid').all() as DeliveryRow[];

describe('webhooks', () => {
  let rx: Receiver;
  before(async () => {
    rx = new Receiver();
    await rx.start();
  });
  after(async () => {
    await rx.stop();
  });

  it('signs each status change, retries after a 500, records the deliveries', async () => {
    await withApp({}, async (t) => {
      rx.script = [500];
      const s = await createKyc(t, { webhook_url: rx.url }, ['selfie']);
      await until(() => rx.received.filter((r) => r.payload.session_id === s.id).length >= 2, 'created + retry');
      const mine = () => rx.received.filter((r) => r.payload.session_id === s.id);
      const [failed, retried] = mine();
      assert.equal(failed!.delivery, retried!.delivery);
      assert.equal(failed!.body, retried!.body);
      assert.ok(retried!.valid, 'signature verifies');
      assert.match(retried!.signature, /^t=\d{10},v1=[0-9a-f]{64}$/);
      assert.equal(retried!.payload.event, 'session.status_changed');
      assert.equal(retried!.payload.status, 'created');
      assert.equal(retried!.payload.previous_status, null);
      assert.equal(retried!.payload.reference_id, 'usr_12345');
      await until(() => deliveries(t)[0]?.state === 'delivered', 'delivered state');
      const first = deliveries(t)[0]!;
      assert.equal(first.attempts, 2);
      assert.equal(first.last_status, 200);
      assert.equal(first.id, retried!.delivery);

      // Further changes: in_progress, processing, approved.
      await t.flow('GET', '/api/v1/flow/session', s.session_token);
      await upload(t, s.session_token, 'selfie', [{ bytes: JPEG }]);
      await t.flow('POST', '/api/v1/flow/complete', s.session_token);
      const decided = await t.api('POST', `/api/v1/sessions/${s.id}/decision`, { decision: 'approved' });
      assert.equal(decided.status, 200);
      await until(() => mine().length >= 5, 'all status changes');
      const statuses = mine()
        .slice(1)
        .map((r) => [r.payload.previous_status, r.payload.status]);
      assert.deepEqual(statuses, [
        [null, 'created'],
        ['created', 'in_progress'],
        ['in_progress', 'processing'],
        ['processing', 'approved'],
      ]);
      assert.ok(mine().every((r) => r.valid));
      await until(() => deliveries(t).every((d) => d.state === 'delivered'), 'all delivered');
      assert.equal(deliveries(t).length, 4);
    });
  });

  it('a hanging receiver does not hold up the API', async () => {
    await withApp({}, async (t) => {
      rx.script = ['hang'];
      const heldBefore = rx.held.length;
      const s = await createKyc(t, { webhook_url: rx.url }, ['selfie']);
      // Wait until the delivery request is sitting at the receiver, then use the API meanwhile.
      await until(() => rx.held.length > heldBefore, 'held delivery');
      const res = await t.flow('GET', '/api/v1/flow/session', s.session_token);
      assert.equal(res.status, 200);
      const list = await t.api('GET', '/api/v1/sessions');
      assert.equal(list.status, 200);
    });
  });

  it('pending deliveries resume after a restart', async () => {
    const dir = tempDir();
    let t = makeApp({ webhookBaseDelayMs: 300 }, dir);
    let id = '';
    try {
      rx.script = [503];
      const s = await createKyc(t, { webhook_url: rx.url }, ['selfie']);
      id = s.id;
      await until(() => deliveries(t)[0]?.attempts === 1, 'first failed attempt');
      assert.equal(deliveries(t)[0]!.state, 'pending');
      assert.equal(deliveries(t)[0]!.last_status, 503);
      await t.close();
      t = makeApp({ webhookBaseDelayMs: 20 }, dir);
      await until(() => deliveries(t)[0]?.state === 'delivered', 'delivery after restart');
      assert.equal(deliveries(t)[0]!.attempts, 2);
      const got = rx.received.filter((r) => r.payload.session_id === id);
      assert.equal(got.length, 2);
      assert.ok(got.every((r) => r.valid));
    } finally {
      await t.close();
      removeDir(dir);
    }
  });

  it('gives up after the configured attempts', async () => {
    await withApp({ webhookMaxAttempts: 2, webhookBaseDelayMs: 5 }, async (t) => {
      rx.script = [500, 500];
      await createKyc(t, { webhook_url: rx.url }, ['selfie']);
      await until(() => deliveries(t)[0]?.state === 'failed', 'failed state');
      const d = deliveries(t)[0]!;
      assert.equal(d.attempts, 2);
      assert.equal(d.next_attempt_at, null);
      assert.equal(d.last_status, 500);
    });
  });
});
