import { expect } from '@open-wc/testing';
import { FlowClient } from './client.js';
import { FlowError } from './errors.js';
import type { CaptureKind, CaptureReceipt } from './schemas.js';
import { UploadQueue, type CaptureUploader, type UploadItem, type UploadQueueOptions } from './upload-queue.js';
import type { Clock } from '../internal/clock.js';

// Mocha globals (provided by the test runner; no @types/mocha in this project).
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => void | Promise<void>): void;
declare function afterEach(fn: () => void): void;

const TOKEN = 'tok_queue-SeCrEt';

/** Let promise chains and real zero-delay tasks (Response bodies) run. */
async function settle(rounds = 6): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setTimeout(r, 0));
}

/** Fake timers: time moves only when a test says so. */
class FakeTimers implements Clock {
  time = 0;
  /** Every delay ever scheduled, in order. */
  delays: number[] = [];
  #next = 1;
  #pending = new Map<number, { at: number; fn: () => void }>();

  now(): number {
    return this.time;
  }
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.#next++;
    this.#pending.set(id, { at: this.time + ms, fn });
    this.delays.push(ms);
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.#pending.delete(handle as number);
  }
  get pending(): number {
    return this.#pending.size;
  }
  /** Move time forward by `ms`, firing due timers in order and letting the queue react to each. */
  async advance(ms: number): Promise<void> {
    const target = this.time + ms;
    for (;;) {
      const due = [...this.#pending.entries()].filter(([, t]) => t.at <= target).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.#pending.delete(due[0]);
      this.time = due[1].at;
      due[1].fn();
      await settle();
    }
    this.time = target;
    await settle();
  }
}

type Fault =
  | 'network' // no reply
  | 'lost' // stored on the server, but the reply never arrives
  | 'hang' // no reply until aborted (or the client's timeout)
  | 'hold' // replies normally once released
  | { status: number; code?: string; retryAfter?: string };

/** A fake flow API: idempotent captures, injectable faults, and an eye on concurrency. */
class FakeBackend {
  faults: Fault[] = [];
  /** Captures stored (first success per key), in arrival order. */
  stored: Array<{ key: string; kind: string; receipt: CaptureReceipt }> = [];
  requests: Array<{ key: string; kind: string }> = [];
  metas: string[] = [];
  signals: AbortSignal[] = [];
  inFlight = 0;
  maxInFlight = 0;
  #held: Array<() => void> = [];
  #byKey = new Map<string, CaptureReceipt>();
  #n = 0;

  release(): void {
    this.#held.shift()?.();
  }

  fetch = (async (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const headers = new Headers(init?.headers);
    const form = init?.body as FormData;
    const key = headers.get('Idempotency-Key') ?? '';
    const kind = String(form.get('kind'));
    const signal = init?.signal ?? undefined;
    if (headers.get('Authorization') !== `Bearer ${TOKEN}`) throw new Error('missing token');
    this.requests.push({ key, kind });
    this.metas.push(String(form.get('meta')));
    if (signal) this.signals.push(signal);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const fault = this.faults.shift();
      await Promise.resolve();
      if (fault === 'network') throw new TypeError('Failed to fetch');
      if (fault === 'hang') {
        await new Promise((_, reject) => {
          if (signal?.aborted) reject(signal.reason);
          signal?.addEventListener('abort', () => reject(signal.reason));
        });
      }
      if (fault === 'hold') {
        await new Promise<void>((resolve, reject) => {
          this.#held.push(resolve);
          signal?.addEventListener('abort', () => reject(signal.reason));
        });
      }
      if (typeof fault === 'object') {
        const h: Record<string, string> = { 'Content-Type': 'application/json' };
        if (fault.retryAfter) h['Retry-After'] = fault.retryAfter;
        return new Response(JSON.stringify({ error: { code: fault.code ?? 'error', message: 'no' } }), {
          status: fault.status,
          headers: h,
        });
      }
      let receipt = this.#byKey.get(key);
      const replay = !!receipt;
      if (!receipt) {
        const files = form.getAll('file') as File[];
        receipt = {
          id: `cap_${++this.#n}`,
          kind: kind as CaptureKind,
          bytes: files.reduce((s, f) => s + f.size, 0),
          sha256: this.#n.toString(16).padStart(64, '0'),
        };
        this.#byKey.set(key, receipt);
        this.stored.push({ key, kind, receipt });
      }
      if (fault === 'lost') throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(receipt), { status: replay ? 200 : 201 });
    } finally {
      this.inFlight--;
    }
  }) as typeof fetch;
}

const jpeg = (text = 'jpeg-bytes') => new Blob([text], { type: 'image/jpeg' });
const capture = (kind: CaptureKind, text?: string) => ({
  kind,
  files: [jpeg(text)],
  meta: { source: 'camera' as const },
});

interface Rig {
  queue: UploadQueue;
  backend: FakeBackend;
  timers: FakeTimers;
  net: { online: boolean; target: EventTarget; goOnline(): Promise<void> };
  changes: UploadItem[][];
  events: string[];
}

const rigs: UploadQueue[] = [];
afterEach(() => {
  for (const q of rigs.splice(0)) q.dispose();
});

function rig(options: Partial<UploadQueueOptions> & { timeoutMs?: number } = {}): Rig {
  const backend = new FakeBackend();
  const timers = new FakeTimers();
  const client = new FlowClient({ token: TOKEN, fetch: backend.fetch, timeoutMs: options.timeoutMs ?? 30_000 });
  // Progress through the fetch transport: the uploader reports half-way, then the real client sends.
  const uploader: CaptureUploader = {
    uploadCapture: (input, opts = {}) => {
      opts.onProgress?.(0.5);
      return client.uploadCapture(input, { signal: opts.signal });
    },
  };
  const target = new EventTarget();
  const net = {
    online: true,
    target,
    async goOnline() {
      net.online = true;
      target.dispatchEvent(new Event('online'));
      await settle();
    },
  };
  const queue = new UploadQueue({
    client: uploader,
    timers,
    random: () => 0.5,
    isOnline: () => net.online,
    onlineTarget: target,
    ...options,
  });
  rigs.push(queue);
  const changes: UploadItem[][] = [];
  const events: string[] = [];
  queue.addEventListener('change', () => changes.push([...queue.items]));
  queue.addEventListener('uploaded', (e) => events.push(`uploaded:${e.item.kind}`));
  queue.addEventListener('rejected', (e) => events.push(`rejected:${e.item.kind}:${e.error.status}`));
  queue.addEventListener('fatal', (e) => events.push(`fatal:${e.error.code}`));
  return { queue, backend, timers, net, changes, events };
}

/** Each key stored once, and every key the queue used reached the server. */
function expectStoredOnce(backend: FakeBackend, kinds: string[]): void {
  const keys = backend.stored.map((s) => s.key);
  expect(new Set(keys).size).to.equal(keys.length);
  expect(backend.stored.map((s) => s.kind)).to.deep.equal(kinds);
  expect(backend.maxInFlight).to.be.at.most(1);
}

describe('UploadQueue basics', () => {
  it('uploads at once, one at a time, in order, and settles with every receipt', async () => {
    const { queue, backend, events, changes } = rig();
    const ids = [
      queue.enqueue(capture('document_front')),
      queue.enqueue(capture('document_back')),
      queue.enqueue(capture('selfie')),
    ];
    expect(backend.requests).to.have.length(1); // started synchronously
    expect(queue.items.map((i) => i.state)).to.deep.equal(['uploading', 'queued', 'queued']);
    const { done, rejected } = await queue.whenSettled();
    expect(done.map((r) => r.kind)).to.deep.equal(['document_front', 'document_back', 'selfie']);
    expect(rejected).to.deep.equal([]);
    expectStoredOnce(backend, ['document_front', 'document_back', 'selfie']);
    expect(queue.items.map((i) => [i.id, i.state, i.progress, i.attempts])).to.deep.equal(
      ids.map((id) => [id, 'done', 1, 1]),
    );
    expect(events).to.deep.equal(['uploaded:document_front', 'uploaded:document_back', 'uploaded:selfie']);
    expect(changes.some((items) => items[0]?.progress === 0.5 && items[0].state === 'uploading')).to.equal(true);
    expect(queue.receiptFor('selfie')?.id).to.equal(done[2]!.id);
  });

  it('sends the same meta on every retry even if the caller mutates its object', async () => {
    const { queue, backend, timers } = rig();
    backend.faults = [{ status: 500 }];
    const meta = { source: 'camera' as const, attempt: 1 };
    queue.enqueue({ kind: 'selfie', files: [jpeg()], meta });
    await settle();
    meta.attempt = 2;
    await timers.advance(1000);
    await queue.whenSettled();
    expect(backend.metas).to.deep.equal(['{"source":"camera","attempt":1}', '{"source":"camera","attempt":1}']);
  });

  it('gives each item its own idempotency key', async () => {
    const { queue, backend } = rig();
    queue.enqueue(capture('document_front'));
    queue.enqueue(capture('selfie'));
    await queue.whenSettled();
    const [a, b] = queue.items;
    expect(a!.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    expect(a!.idempotencyKey).not.to.equal(b!.idempotencyKey);
    expect(backend.requests.map((r) => r.key)).to.deep.equal([a!.idempotencyKey, b!.idempotencyKey]);
  });

  it('resolves whenSettled at once when nothing is pending', async () => {
    const { queue } = rig();
    expect(await queue.whenSettled()).to.deep.equal({ done: [], rejected: [] });
  });

  it('refuses bad input and enqueue after dispose', () => {
    const { queue } = rig();
    expect(() =>
      queue.enqueue({ kind: 'passport' as CaptureKind, files: [jpeg()], meta: { source: 'camera' } }),
    ).to.throw(TypeError);
    expect(() => queue.enqueue({ kind: 'selfie', files: [], meta: { source: 'camera' } })).to.throw(TypeError);
    queue.dispose();
    expect(() => queue.enqueue(capture('selfie'))).to.throw(Error);
  });

  it('snapshots carry no image data', async () => {
    const { queue } = rig();
    queue.enqueue(capture('selfie', 'abcdef'));
    const item = queue.items[0]!;
    expect(Object.values(item).some((v) => v instanceof Blob || Array.isArray(v))).to.equal(false);
    expect(item.bytes).to.equal(6);
    expect(Object.isFrozen(item)).to.equal(true);
    await queue.whenSettled();
  });

  it('uses no storage API', async () => {
    const calls: string[] = [];
    const setItem = Storage.prototype.setItem;
    const open = indexedDB.open;
    Storage.prototype.setItem = function (...args: [string, string]) {
      calls.push('setItem');
      return setItem.apply(this, args);
    };
    indexedDB.open = (...args: Parameters<typeof open>) => {
      calls.push('indexedDB.open');
      return open.apply(indexedDB, args);
    };
    try {
      const { queue, backend } = rig();
      backend.faults = ['network', { status: 500 }];
      queue.enqueue(capture('document_front'));
      queue.enqueue(capture('selfie'));
      await settle();
      queue.dispose();
    } finally {
      Storage.prototype.setItem = setItem;
      indexedDB.open = open;
    }
    expect(calls).to.deep.equal([]);
  });
});

describe('UploadQueue retries', () => {
  it('500 then success: backs off with full jitter and reuses the key', async () => {
    const { queue, backend, timers } = rig();
    backend.faults = [{ status: 500 }];
    queue.enqueue(capture('selfie'));
    await settle();
    expect(backend.requests).to.have.length(1);
    const item = queue.items[0]!;
    expect(item.state).to.equal('queued');
    expect(item.waiting).to.equal('backoff');
    expect(item.error?.code).to.equal('server_error');
    expect(item.retryDelayMs).to.equal(250); // random 0.5 × base 500
    expect(timers.delays).to.deep.equal([250]);
    await timers.advance(249);
    expect(backend.requests).to.have.length(1);
    await timers.advance(1);
    expect(backend.requests).to.have.length(2);
    await queue.whenSettled();
    expect(backend.requests[0]!.key).to.equal(backend.requests[1]!.key);
    expect(queue.items[0]!.attempts).to.equal(2);
    expect(queue.items[0]!.error).to.equal(null);
    expectStoredOnce(backend, ['selfie']);
  });

  it('doubles the backoff ceiling per attempt up to the cap', async () => {
    const { queue, backend, timers } = rig({ random: () => 0.999, baseDelayMs: 100, maxDelayMs: 1000 });
    backend.faults = Array.from({ length: 6 }, () => ({ status: 503 }));
    queue.enqueue(capture('selfie'));
    await settle();
    for (let i = 0; i < 6; i++) await timers.advance(1000);
    await queue.whenSettled();
    expect(timers.delays).to.deep.equal([99, 199, 399, 799, 999, 999]);
    expect(new Set(backend.requests.map((r) => r.key)).size).to.equal(1);
    expectStoredOnce(backend, ['selfie']);
  });

  it('jitter draws from the injected random', async () => {
    const draws = [0, 0.25, 0.75];
    const { queue, backend, timers } = rig({ random: () => draws.shift() ?? 0 });
    backend.faults = ['network', 'network', 'network'];
    queue.enqueue(capture('selfie'));
    await settle();
    for (let i = 0; i < 3; i++) await timers.advance(2000);
    await queue.whenSettled();
    expect(timers.delays).to.deep.equal([0, 250, 1500]);
  });

  it('429 honours Retry-After in seconds', async () => {
    const { queue, backend, timers } = rig();
    backend.faults = [{ status: 429, code: 'rate_limited', retryAfter: '3' }];
    queue.enqueue(capture('document_front'));
    await settle();
    expect(queue.items[0]!.retryDelayMs).to.equal(3000);
    expect(timers.delays).to.deep.equal([3000]);
    await timers.advance(2999);
    expect(backend.requests).to.have.length(1);
    await timers.advance(1);
    await queue.whenSettled();
    expect(backend.requests).to.have.length(2);
    expectStoredOnce(backend, ['document_front']);
  });

  it('429 honours Retry-After as an HTTP date, capped by maxRetryAfterMs', async () => {
    const { queue, backend, timers } = rig({ maxRetryAfterMs: 10_000 });
    backend.faults = [
      { status: 429, retryAfter: new Date(Date.now() + 5_000).toUTCString() },
      { status: 503, retryAfter: '3600' },
    ];
    queue.enqueue(capture('document_front'));
    await settle();
    expect(timers.delays[0]).to.be.within(3_000, 5_000);
    await timers.advance(5_000);
    expect(timers.delays[1]).to.equal(10_000);
    await timers.advance(10_000);
    await queue.whenSettled();
    expectStoredOnce(backend, ['document_front']);
  });

  it('a reply lost after the server stored the capture is replayed, not duplicated', async () => {
    const { queue, backend, timers } = rig();
    backend.faults = ['lost'];
    queue.enqueue(capture('selfie'));
    await settle();
    expect(backend.stored).to.have.length(1);
    expect(queue.items[0]!.state).to.equal('queued');
    await timers.advance(1000);
    const { done } = await queue.whenSettled();
    expect(backend.requests).to.have.length(2);
    expect(done[0]).to.deep.equal(backend.stored[0]!.receipt);
    expectStoredOnce(backend, ['selfie']);
  });

  it('a timeout becomes a retry with the same key', async () => {
    const { queue, backend, timers } = rig({ timeoutMs: 40 });
    backend.faults = ['hang'];
    queue.enqueue(capture('selfie'));
    await new Promise((r) => setTimeout(r, 80));
    await settle();
    const item = queue.items[0]!;
    expect(item.error?.code).to.equal('network');
    expect(item.error?.details).to.deep.equal({ reason: 'timeout' });
    expect(backend.signals[0]!.aborted).to.equal(true);
    await timers.advance(1000);
    await queue.whenSettled();
    expect(backend.requests).to.have.length(2);
    expect(backend.requests[0]!.key).to.equal(backend.requests[1]!.key);
    expectStoredOnce(backend, ['selfie']);
  });

  it('maxAttempts turns endless retryable failures into a rejection', async () => {
    const { queue, backend, timers, events } = rig({ maxAttempts: 3 });
    backend.faults = [{ status: 500 }, { status: 500 }, { status: 500 }];
    queue.enqueue(capture('selfie'));
    await settle();
    await timers.advance(5000);
    const { rejected } = await queue.whenSettled();
    expect(backend.requests).to.have.length(3);
    expect(rejected[0]!.error.code).to.equal('server_error');
    expect(events).to.deep.equal(['rejected:selfie:500']);
  });
});

describe('UploadQueue offline', () => {
  it('waits for `online` instead of trying while offline', async () => {
    const { queue, backend, timers, net } = rig();
    net.online = false;
    queue.enqueue(capture('document_front'));
    queue.enqueue(capture('selfie'));
    await settle();
    expect(backend.requests).to.have.length(0);
    expect(queue.items[0]!.waiting).to.equal('offline');
    expect(timers.pending).to.equal(0); // no retry budget being burnt
    await timers.advance(120_000);
    expect(backend.requests).to.have.length(0);
    await net.goOnline();
    const { done } = await queue.whenSettled();
    expect(done.map((r) => r.kind)).to.deep.equal(['document_front', 'selfie']);
    expectStoredOnce(backend, ['document_front', 'selfie']);
  });

  it('a network failure that leaves the device offline waits for `online`, then retries with the same key', async () => {
    const { queue, backend, timers, net } = rig();
    backend.faults = ['network'];
    queue.enqueue(capture('selfie'));
    net.online = false; // the connection drops during the upload
    await settle();
    expect(backend.requests).to.have.length(1);
    expect(queue.items[0]!.waiting).to.equal('offline');
    expect(timers.delays).to.deep.equal([]);
    await net.goOnline();
    await queue.whenSettled();
    expect(backend.requests).to.have.length(2);
    expect(backend.requests[1]!.key).to.equal(backend.requests[0]!.key);
    expectStoredOnce(backend, ['selfie']);
  });

  it('an `online` event cuts a network backoff short', async () => {
    const { queue, backend, timers, net } = rig({ random: () => 0.99 });
    backend.faults = ['network', 'network'];
    queue.enqueue(capture('selfie'));
    await settle();
    await timers.advance(1000);
    expect(backend.requests).to.have.length(2);
    expect(queue.items[0]!.retryDelayMs).to.equal(990);
    await net.goOnline();
    await queue.whenSettled();
    expect(backend.requests).to.have.length(3);
    expect(timers.pending).to.equal(0);
  });
});

describe('UploadQueue rejections and fatal errors', () => {
  it('415 rejects the item with an event; retry(id) sends it again with the same key', async () => {
    const { queue, backend, events } = rig();
    backend.faults = [{ status: 415, code: 'unsupported_media_type' }];
    const id = queue.enqueue(capture('document_front'));
    queue.enqueue(capture('selfie'));
    const first = await queue.whenSettled();
    expect(first.done.map((r) => r.kind)).to.deep.equal(['selfie']);
    expect(first.rejected).to.have.length(1);
    expect(first.rejected[0]!.id).to.equal(id);
    expect(first.rejected[0]!.error).to.be.instanceOf(FlowError);
    expect(first.rejected[0]!.error.code).to.equal('upload_rejected');
    expect(events).to.deep.equal(['rejected:document_front:415', 'uploaded:selfie']);
    expect(queue.items[0]!.state).to.equal('rejected');

    expect(queue.retry(id)).to.equal(true);
    expect(queue.retry('nope')).to.equal(false);
    const second = await queue.whenSettled();
    expect(second.rejected).to.deep.equal([]);
    expect(second.done.map((r) => r.kind)).to.deep.equal(['document_front', 'selfie']);
    const fronts = backend.requests.filter((r) => r.kind === 'document_front');
    expect(fronts).to.have.length(2);
    expect(fronts[0]!.key).to.equal(fronts[1]!.key);
    expectStoredOnce(backend, ['selfie', 'document_front']);
  });

  it('a retake of a rejected kind replaces the rejected item', async () => {
    const { queue, backend } = rig();
    backend.faults = [{ status: 422, code: 'validation_failed' }];
    queue.enqueue(capture('selfie', 'blurry'));
    await queue.whenSettled();
    queue.enqueue(capture('selfie', 'sharp'));
    const { done, rejected } = await queue.whenSettled();
    expect(rejected).to.deep.equal([]);
    expect(done).to.have.length(1);
    expect(queue.items).to.have.length(1);
    expect(backend.requests[0]!.key).not.to.equal(backend.requests[1]!.key);
  });

  for (const [status, code] of [
    [401, 'token_invalid'],
    [410, 'token_expired'],
    [409, 'session_completed'],
  ] as const) {
    it(`${status} stops the whole queue with a fatal ${code}`, async () => {
      const { queue, backend, timers, events } = rig();
      backend.faults = [{ status, code }];
      queue.enqueue(capture('document_front'));
      queue.enqueue(capture('selfie'));
      let error: unknown;
      try {
        await queue.whenSettled();
      } catch (e) {
        error = e;
      }
      expect((error as FlowError).code).to.equal(code);
      expect(events).to.deep.equal([`fatal:${code}`]);
      expect(queue.fatalError?.code).to.equal(code);
      await timers.advance(60_000);
      expect(backend.requests).to.have.length(1);
      // Nothing is lost: both captures are still held, queued.
      expect(queue.items.map((i) => i.state)).to.deep.equal(['queued', 'queued']);
      let again: unknown;
      await queue.whenSettled().catch((e: unknown) => (again = e));
      expect(again).to.equal(error);
    });
  }

  it('409 idempotency_conflict rejects the item only', async () => {
    const { queue, backend } = rig();
    backend.faults = [{ status: 409, code: 'idempotency_conflict' }];
    queue.enqueue(capture('selfie'));
    queue.enqueue(capture('liveness'));
    const { done, rejected } = await queue.whenSettled();
    expect(rejected.map((r) => r.error.code)).to.deep.equal(['upload_rejected']);
    expect(done.map((r) => r.kind)).to.deep.equal(['liveness']);
    expect(queue.fatalError).to.equal(null);
  });

  it('a malformed receipt rejects the item as bad_response', async () => {
    const { queue } = rig({
      client: {
        uploadCapture: () => Promise.reject(new FlowError('bad_response', 'bad', { details: { reason: 'schema' } })),
      },
    });
    queue.enqueue(capture('selfie'));
    const { rejected } = await queue.whenSettled();
    expect(rejected[0]!.error.code).to.equal('bad_response');
  });
});

describe('UploadQueue supersede by kind', () => {
  it('a newer capture replaces a queued older one of the same kind', async () => {
    const { queue, backend, net } = rig();
    net.online = false;
    queue.enqueue(capture('document_front', 'first'));
    const older = queue.enqueue(capture('selfie', 'old'));
    const newer = queue.enqueue(capture('selfie', 'new!'));
    expect(queue.items.map((i) => i.id)).not.to.include(older);
    await net.goOnline();
    const { done } = await queue.whenSettled();
    expect(done.map((r) => r.kind)).to.deep.equal(['document_front', 'selfie']);
    expect(done[1]!.bytes).to.equal(4);
    expect(queue.items.map((i) => i.id)).to.include(newer);
    expectStoredOnce(backend, ['document_front', 'selfie']);
  });

  it('a newer capture replaces an older one waiting in backoff', async () => {
    const { queue, backend, timers } = rig();
    backend.faults = [{ status: 500 }];
    queue.enqueue(capture('selfie', 'old'));
    await settle();
    expect(timers.pending).to.equal(1);
    queue.enqueue(capture('selfie', 'new!'));
    await settle();
    expect(timers.pending).to.equal(0);
    const { done } = await queue.whenSettled();
    expect(done).to.have.length(1);
    expect(done[0]!.bytes).to.equal(4);
    expectStoredOnce(backend, ['selfie']);
  });

  it('if the older one is in flight, the newer uploads after it and the latest wins', async () => {
    const { queue, backend } = rig();
    backend.faults = ['hold'];
    queue.enqueue(capture('selfie', 'old'));
    await settle();
    const newer = queue.enqueue(capture('selfie', 'new!'));
    expect(queue.items.map((i) => i.state)).to.deep.equal(['uploading', 'queued']);
    await settle();
    expect(backend.requests).to.have.length(1); // never two in flight
    backend.release();
    const { done } = await queue.whenSettled();
    expect(backend.stored.map((s) => s.receipt.bytes)).to.deep.equal([3, 4]);
    expect(done).to.have.length(1);
    expect(done[0]!.bytes).to.equal(4);
    expect(queue.items.map((i) => i.id)).to.deep.equal([newer]);
    expect(queue.receiptFor('selfie')!.bytes).to.equal(4);
    expectStoredOnce(backend, ['selfie', 'selfie']);
  });

  it('an in-flight older one that fails is dropped in favour of the newer', async () => {
    const { queue, backend, timers } = rig();
    backend.faults = [{ status: 500 }];
    queue.enqueue(capture('selfie', 'old'));
    queue.enqueue(capture('selfie', 'new!'));
    await settle();
    expect(timers.pending).to.equal(0);
    const { done } = await queue.whenSettled();
    expect(done.map((r) => r.bytes)).to.deep.equal([4]);
    expect(queue.items).to.have.length(1);
  });
});

describe('UploadQueue resume and dispose', () => {
  it('seedFromServer marks kinds already on the server as done', async () => {
    const { queue, backend } = rig();
    const receipt = (id: string, kind: CaptureKind): CaptureReceipt => ({ id, kind, bytes: 9, sha256: 'b'.repeat(64) });
    queue.seedFromServer([
      receipt('cap_a', 'document_front'),
      receipt('cap_b', 'document_back'),
      receipt('cap_c', 'document_front'),
    ]);
    expect(queue.items.map((i) => [i.kind, i.state, i.fromServer])).to.deep.equal([
      ['document_front', 'done', true],
      ['document_back', 'done', true],
    ]);
    expect(queue.receiptFor('document_front')!.id).to.equal('cap_c');
    expect(backend.requests).to.have.length(0);
    queue.enqueue(capture('selfie'));
    const { done } = await queue.whenSettled();
    expect(done.map((r) => r.kind)).to.deep.equal(['document_front', 'document_back', 'selfie']);
    // A retake of a seeded kind replaces the server's one once acknowledged.
    queue.enqueue(capture('document_back', 'retake'));
    const after = await queue.whenSettled();
    expect(after.done.map((r) => r.kind)).to.deep.equal(['document_front', 'selfie', 'document_back']);
    expect(queue.receiptFor('document_back')!.bytes).to.equal(6);
  });

  it('dispose aborts the request in flight, rejects whenSettled and stops everything', async () => {
    const { queue, backend, timers, net } = rig();
    backend.faults = ['hang'];
    queue.enqueue(capture('document_front'));
    queue.enqueue(capture('selfie'));
    const settled = queue.whenSettled();
    await settle();
    queue.dispose();
    let error: unknown;
    await settled.catch((e: unknown) => (error = e));
    expect((error as DOMException).name).to.equal('AbortError');
    expect(backend.signals[0]!.aborted).to.equal(true);
    await settle();
    await timers.advance(120_000);
    await net.goOnline();
    expect(backend.requests).to.have.length(1);
    expect(backend.inFlight).to.equal(0);
    expect(timers.pending).to.equal(0);
    await queue.whenSettled().catch((e: unknown) => (error = e));
    expect((error as DOMException).name).to.equal('AbortError');
    queue.dispose(); // idempotent
  });

  it('dispose clears a pending backoff timer and the online listener', async () => {
    const { queue, backend, timers, net } = rig();
    backend.faults = [{ status: 500 }];
    queue.enqueue(capture('selfie'));
    net.online = false;
    queue.enqueue(capture('liveness'));
    await settle();
    expect(timers.pending).to.equal(1);
    queue.dispose();
    expect(timers.pending).to.equal(0);
    await net.goOnline();
    await timers.advance(60_000);
    expect(backend.requests).to.have.length(1);
  });
});

describe('UploadQueue under random faults', () => {
  /** Small deterministic PRNG (mulberry32). */
  function prng(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  for (const seed of [1, 2, 3, 4, 5]) {
    it(`seed ${seed}: every capture lands exactly once, in order, one at a time`, async () => {
      const rand = prng(seed);
      const { queue, backend, timers, net } = rig({ random: rand });
      const menu: Fault[] = [
        'network',
        'lost',
        { status: 500 },
        { status: 502 },
        { status: 429, retryAfter: '1' },
        { status: 408 },
      ];
      backend.faults = Array.from({ length: 8 }, () => menu[Math.floor(rand() * menu.length)]!);
      const kinds: CaptureKind[] = ['document_front', 'document_back', 'selfie', 'liveness'];
      for (const kind of kinds) queue.enqueue(capture(kind, kind));
      const settled = queue.whenSettled();
      for (let i = 0; i < 40 && backend.faults.length + queue.items.filter((x) => x.state !== 'done').length > 0; i++) {
        if (rand() < 0.2) {
          net.online = false;
          await timers.advance(5_000);
          await net.goOnline();
        }
        await timers.advance(30_000);
      }
      const { done, rejected } = await settled;
      expect(rejected).to.deep.equal([]);
      expect(done.map((r) => r.kind)).to.deep.equal(kinds);
      expectStoredOnce(backend, kinds);
      expect(backend.faults).to.deep.equal([]);
      expect(backend.requests.length).to.equal(kinds.length + 8);
      // Every request for a kind used that item's one key.
      for (const item of queue.items) {
        const keys = new Set(backend.requests.filter((r) => r.kind === item.kind).map((r) => r.key));
        expect([...keys]).to.deep.equal([item.idempotencyKey]);
      }
      expect(timers.pending).to.equal(0);
    });
  }
});
