/**
 * Shared helpers of the server tests: an app on a temporary data dir with an injectable clock,
 * request shortcuts, small real images, and a snapshot of everything stored.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { deflateSync } from 'node:zlib';
import { createApp, type VerilockApp } from '../../demo/server/app.js';
import { loadConfig, type Config } from '../../demo/server/config.js';

export const API_KEY = 'vlk_test_key_0123456789abcdef';
export const OTHER_KEY = 'vlk_test_key_fedcba9876543210';
export const T0 = Date.parse('2026-03-15T10:30:00Z');

export interface TestApp {
  va: VerilockApp;
  dir: string;
  clock: { now: number };
  logs: string[];
  request(path: string, init?: RequestInit): Promise<Response>;
  /** Server API call with the API key (X-API-Key). */
  api(method: string, path: string, json?: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Flow API call with a session token. */
  flow(method: string, path: string, token: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'verilock-test-'));
}

export function makeApp(overrides: Partial<Config> = {}, dir = tempDir()): TestApp {
  const clock = { now: T0 };
  const logs: string[] = [];
  const config = loadConfig(
    {},
    {
      dataDir: dir,
      apiKeys: [API_KEY, OTHER_KEY],
      apiKeySource: 'env',
      webhookSecret: 'whsec_test_secret',
      publicUrl: 'http://127.0.0.1:8787',
      now: () => clock.now,
      log: (line) => logs.push(line),
      webhookBaseDelayMs: 20,
      demoEmbedPort: null,
      ...overrides,
    },
  );
  const va = createApp(config);
  const request = (path: string, init?: RequestInit) => Promise.resolve(va.app.request(path, init));
  return {
    va,
    dir,
    clock,
    logs,
    request,
    api(method, path, json, headers = {}) {
      const init: RequestInit = { method, headers: { 'X-API-Key': API_KEY, ...headers } };
      if (json !== undefined) {
        init.body = typeof json === 'string' ? json : JSON.stringify(json);
        (init.headers as Record<string, string>)['Content-Type'] ??= 'application/json';
      }
      return request(path, init);
    },
    flow(method, path, token, init = {}) {
      return request(path, {
        ...init,
        method,
        headers: { Authorization: `Bearer ${token}`, ...(init.headers as Record<string, string> | undefined) },
      });
    },
    close: () => va.close(),
  };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Closes the app and removes its data dir. */
export async function disposeApp(t: TestApp): Promise<void> {
  await t.close();
  removeDir(t.dir);
}

/**
 * One app for the whole `describe` it is called in: made in `before` (then `setup` runs, e.g. to seed
 * it), closed and its data dir removed in `after`. Returns a stand-in that reads through to that app, so
 * tests use it as a plain `TestApp`.
 */
export function useApp(overrides: Partial<Config> = {}, setup?: (t: TestApp) => Promise<void> | void): TestApp {
  let current: TestApp | undefined;
  before(async () => {
    current = makeApp(overrides);
    await setup?.(current);
  });
  after(async () => {
    if (current) await disposeApp(current);
  });
  return new Proxy({} as TestApp, {
    get(_target, key) {
      if (!current) throw new Error('useApp: the app exists only inside the tests of its describe');
      return Reflect.get(current, key);
    },
  });
}

/** Runs `fn` against a fresh app (`makeApp(overrides, dir)`), then closes it and removes its data dir. */
export async function withApp<R>(overrides: Partial<Config>, fn: (t: TestApp) => Promise<R>, dir?: string): Promise<R> {
  const t = makeApp(overrides, dir);
  try {
    return await fn(t);
  } finally {
    await disposeApp(t);
  }
}

/** Counts of every stored thing, to prove a refused request changed nothing. */
export function snapshot(t: TestApp): Record<string, unknown> {
  const count = (table: string) => (t.va.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  const statuses = t.va.db.prepare('SELECT id, status, results FROM sessions ORDER BY id').all();
  return {
    sessions: count('sessions'),
    captures: count('captures'),
    active: (t.va.db.prepare('SELECT COUNT(*) AS n FROM captures WHERE superseded = 0').get() as { n: number }).n,
    idempotency: count('idempotency_records'),
    deliveries: count('webhook_deliveries'),
    files: readdirSync(join(t.dir, 'captures')).sort(),
    statuses,
  };
}

/** A tiny real JPEG (8×8, baseline). */
export const JPEG = Buffer.from(
  'ffd8ffe000104a46494600010200000100010000ffdb0043000814141714171b1b1b1b1b1b201e20212121202020202121212424242a2a2a' +
    '2424242121242428282a2a2e2f2e2b2b2a2b2f2f3232323c3c3939464648565667ffc4004b000101000000000000000000000000000000' +
    '04010100000000000000000000000000000006100100000000000000000000000000000000110100000000000000000000000000000000' +
    'ffc00011080008000803012200021100031100ffda000c03010002110311003f00b0014267ffd9',
  'hex',
);

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A real PNG of `size`×`size` RGB pixels; `seed` varies the pixels so hashes differ. */
export function png(size = 4, seed = 0): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const rows: number[] = [];
  for (let y = 0; y < size; y++) {
    rows.push(0);
    for (let x = 0; x < size; x++) rows.push((x * 40 + seed) & 255, (y * 40 + seed * 3) & 255, (seed * 7) & 255);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export interface Part {
  bytes: Uint8Array;
  type?: string;
  name?: string;
}

export function captureForm(kind: string, parts: Part[], meta?: unknown, extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.set('kind', kind);
  if (meta !== undefined) form.set('meta', typeof meta === 'string' ? meta : JSON.stringify(meta));
  for (const p of parts) {
    form.append('file', new Blob([new Uint8Array(p.bytes)], { type: p.type ?? 'image/jpeg' }), p.name ?? 'capture');
  }
  for (const [k, v] of Object.entries(extra)) form.set(k, v);
  return form;
}

export async function createKyc(
  t: TestApp,
  extra: Record<string, unknown> = {},
  steps = ['document', 'selfie', 'liveness'],
) {
  const res = await t.api('POST', '/api/v1/sessions', {
    type: 'kyc',
    reference_id: 'usr_12345',
    steps,
    applicant: { first_name: 'Jean', last_name: 'Dupont' },
    ...extra,
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; session_token: string; status: string; expires_at: string };
}

export async function upload(
  t: TestApp,
  token: string,
  kind: string,
  parts: Part[],
  meta: unknown = { source: 'camera' },
  key = `key-${kind}-${Math.random().toString(36).slice(2)}`,
): Promise<Response> {
  return t.flow('POST', '/api/v1/flow/captures', token, {
    body: captureForm(kind, parts, meta),
    headers: { 'Idempotency-Key': key },
  });
}

export async function errorCode(res: Response): Promise<string> {
  const body = (await res.json()) as { error?: { code?: string } };
  return body.error?.code ?? '(none)';
}

/** A challenge log that follows `sequence`: each challenge passed in turn, 1.2 s each, starting after a 1 s baseline. */
export function passingLog(sequence: readonly string[]) {
  return sequence.map((challenge, i) => ({
    challenge,
    started_at: 1000 + i * 1200,
    ended_at: 1000 + (i + 1) * 1200,
    passed: true,
  }));
}

/**
 * Uploads a liveness capture whose evidence holds up: the session's own sequence passed in order, two
 * distinct frames. Moves the test clock on, if needed, so the run fits in the session's lifetime.
 */
export async function uploadLiveness(
  t: TestApp,
  token: string,
  frames: Uint8Array[] = [png(4, 101), png(4, 102)],
  key?: string,
): Promise<Response> {
  const row = t.va.service.byToken(token);
  if (!row) throw new Error('uploadLiveness: unknown token');
  const log = passingLog(JSON.parse(row.liveness_sequence) as string[]);
  t.clock.now = Math.max(t.clock.now, row.created_at + (log.at(-1)?.ended_at ?? 0) + 1000);
  const parts = frames.map((bytes) => ({ bytes, type: 'image/png' }));
  return upload(t, token, 'liveness', parts, { source: 'camera', liveness: log }, key);
}

export interface SlowUpload {
  /** Resolves once the server has started reading the body. */
  reading: Promise<void>;
  /** Sends the rest of the body. */
  finish(): void;
  response: Promise<Response>;
}

/**
 * A capture upload whose multipart body is streamed in two halves: the second half is sent only when
 * `finish()` is called, so the request is in flight for as long as the test wants.
 */
export function slowUpload(t: TestApp, token: string, kind: string, bytes: Uint8Array, key: string): SlowUpload {
  const boundary = `----verilock${Math.random().toString(36).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${kind}-0.jpg"\r\n` +
      `Content-Type: image/png\r\n\r\n`,
  );
  const tail = Buffer.from(
    `\r\n--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}` +
      `\r\n--${boundary}\r\nContent-Disposition: form-data; name="meta"\r\n\r\n{"source":"camera"}` +
      `\r\n--${boundary}--\r\n`,
  );
  const half = Math.floor(bytes.length / 2);
  const chunks = [Buffer.concat([head, bytes.subarray(0, half)]), Buffer.concat([bytes.subarray(half), tail])];
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let started!: () => void;
  const reading = new Promise<void>((r) => (started = r));
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (sent === 0) started();
      else await released;
      if (sent < chunks.length) controller.enqueue(new Uint8Array(chunks[sent++]!));
      else controller.close();
    },
  });
  const response = Promise.resolve(
    t.va.app.request('/api/v1/flow/captures', {
      method: 'POST',
      body,
      // Node's fetch needs this for a streamed request body.
      duplex: 'half',
      headers: {
        Authorization: `Bearer ${token}`,
        'Idempotency-Key': key,
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
      },
    } as RequestInit),
  );
  return { reading, finish: release, response };
}

/** Polls `cond` every 10 ms until it holds; fails naming `what` after `limitMs`. */
export async function until(cond: () => boolean, what: string, limitMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > limitMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
