/**
 * Upload limits that hold before memory is spent, and images decoded on the server: a body of 400 000
 * parts is refused after a few of them with a short error while `/healthz` answers; parallel large
 * uploads do not grow the process by their size; error details stay short; uploads in flight per token
 * are limited; decompression bombs, polyglots and metadata do not get through.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { deflateSync } from 'node:zlib';
import { serve, type ServerType } from '@hono/node-server';
import sharp from 'sharp';
import { CaptureReceipt } from '../../src/api/schemas.js';
import { JPEG, createKyc, png, slowUpload, snapshot, upload, useApp, type TestApp } from './helpers.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Serves the test app on an ephemeral loopback port. */
async function listen(t: TestApp): Promise<{ port: number; close(): Promise<void> }> {
  let server!: ServerType;
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: t.va.app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => resolve(info.port));
  });
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A small, valid PNG file whose header declares `width`×`height` pixels (a decompression bomb's shape). */
function pngDeclaring(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.alloc(width + 1))), // one row; the rest would be zeros
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('capture upload limits', () => {
  const t = useApp({ rateLimit: { windowMs: 60_000, perApiKey: 10_000, perToken: 10_000 } });

  async function refused(res: Promise<Response>, status: number, code: string) {
    const before = snapshot(t);
    const r = await res;
    const text = await r.text();
    assert.equal(r.status, status, text);
    const body = JSON.parse(text) as { error: { code: string; message: string; details?: unknown[] } };
    assert.equal(body.error.code, code, text);
    assert.deepEqual(snapshot(t), before);
    return body;
  }

  it('a 400 000-part body is refused after a few parts with a short error; /healthz answers meanwhile', async (ctx) => {
    const s = await createKyc(t, {}, ['selfie']);
    const server = await listen(t);
    try {
      const boundary = 'xBOUNDARYx';
      const part = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="f"\r\n\r\n1\r\n`);
      const parts = 400_000;
      const total = part.length * parts + boundary.length + 6;
      const chunkParts = Math.floor(65_536 / part.length);
      const chunk = Buffer.concat(Array.from({ length: chunkParts }, () => part));

      const socket = connect(server.port, '127.0.0.1');
      socket.on('error', () => undefined); // the server may close the connection once it has answered
      let reply = '';
      let sent = 0;
      let sentAtAnswer = -1;
      const answered = new Promise<void>((resolve) => {
        socket.on('data', (d: Buffer) => {
          reply += d.toString('latin1');
          if (sentAtAnswer < 0 && reply.includes('\r\n\r\n')) sentAtAnswer = sent;
          const head = reply.indexOf('\r\n\r\n');
          const length = /content-length: (\d+)/i.exec(reply)?.[1];
          if (head >= 0 && length !== undefined && reply.length >= head + 4 + Number(length)) resolve();
        });
        socket.on('close', () => resolve());
      });
      await new Promise<void>((r) => socket.once('connect', () => r()));
      socket.write(
        `POST /api/v1/flow/captures HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${s.session_token}\r\n` +
          `Idempotency-Key: many-parts\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\n` +
          `Content-Length: ${total}\r\n\r\n`,
      );
      // Send the body chunk by chunk, but never its last chunk: the request is still being received
      // (the bad body still "processed") for as long as this test runs.
      let done = false;
      void answered.then(() => (done = true));
      for (let left = parts; left > chunkParts && !done && !socket.destroyed; left -= chunkParts) {
        if (!socket.write(chunk)) await new Promise<void>((r) => socket.once('drain', () => r()));
        sent += chunk.length;
        await new Promise<void>((r) => setImmediate(r));
      }
      await answered;
      assert.ok(sentAtAnswer >= 0, `no answer before the body was complete:\n${reply.slice(0, 300)}`);
      assert.ok(sentAtAnswer < total / 10, `answered after ${sentAtAnswer} of ${total} bytes`);

      // /healthz on another connection while the upload's body is still incomplete.
      const started = performance.now();
      const health = await fetch(`http://127.0.0.1:${server.port}/healthz`);
      ctx.diagnostic(`/healthz took ${(performance.now() - started).toFixed(1)} ms during the bad upload`);
      assert.equal(health.status, 200);
      socket.destroy();

      const [head, body] = [reply.slice(0, reply.indexOf('\r\n\r\n')), reply.slice(reply.indexOf('\r\n\r\n') + 4)];
      assert.match(head, /^HTTP\/1\.1 413 /);
      assert.ok(body.length < 512, `short error (${body.length} bytes)`);
      assert.equal((JSON.parse(body) as { error: { code: string } }).error.code, 'too_many_parts');
    } finally {
      await server.close();
    }
  });

  it('parallel large uploads do not grow the process by their size', async () => {
    const server = await listen(t);
    try {
      const sessions = await Promise.all([1, 2, 3, 4].map(() => createKyc(t, {}, ['selfie'])));
      const size = 90 * 1024 * 1024;
      const block = Buffer.alloc(1024 * 1024, 0x41);
      global.gc?.();
      const baseline = process.memoryUsage().rss;
      let peak = baseline;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
      const one = (token: string, i: number) =>
        new Promise<number>((resolve) => {
          const boundary = `b${i}`;
          const head = Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
          );
          const req = httpRequest({
            host: '127.0.0.1',
            port: server.port,
            method: 'POST',
            path: '/api/v1/flow/captures',
            headers: {
              Authorization: `Bearer ${token}`,
              'Idempotency-Key': `big-${i}`,
              'Content-Type': `multipart/form-data; boundary=${boundary}`,
              'Content-Length': String(head.length + size),
            },
          });
          req.on('response', (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          });
          req.on('error', () => undefined);
          req.write(head);
          let left = size;
          const pump = () => {
            while (left > 0) {
              left -= block.length;
              if (!req.write(block)) return void req.once('drain', pump);
            }
            req.end();
          };
          pump();
        });
      const statuses = await Promise.all(sessions.map((s, i) => one(s.session_token, i)));
      clearInterval(sampler);
      assert.deepEqual(statuses, [413, 413, 413, 413]);
      const growth = peak - baseline;
      // Buffering the bodies would take 360 MB; streaming keeps the growth to buffers.
      assert.ok(growth < (4 * size) / 4, `RSS grew by ${(growth / 1048576).toFixed(0)} MB`);
    } finally {
      await server.close();
    }
  });

  it('refuses a declared Content-Length over the body cap before reading', async () => {
    const s = await createKyc(t, {}, ['selfie']);
    await refused(
      t.flow('POST', '/api/v1/flow/captures', s.session_token, {
        body: 'x',
        headers: {
          'Idempotency-Key': 'too-long',
          'Content-Type': 'multipart/form-data; boundary=x',
          'Content-Length': String(200 * 1024 * 1024),
        },
      }),
      413,
      'payload_too_large',
    );
  });

  it('error details list a few entries, whatever the request holds', async () => {
    const res = await t.api('POST', '/api/v1/sessions', {
      type: 'kyc',
      steps: Array.from({ length: 3000 }, (_, i) => `step_${i}`),
      applicant: { first_name: 'A', last_name: 'B' },
    });
    assert.equal(res.status, 400);
    const text = await res.text();
    const body = JSON.parse(text) as { error: { details: { message: string }[] } };
    assert.equal(body.error.details.length, 11);
    assert.match(body.error.details.at(-1)!.message, /more not listed/);
    assert.ok(text.length < 4096, `${text.length} bytes`);
  });

  it('limits the uploads of one token in flight', async () => {
    const s = await createKyc(t, {}, ['selfie']);
    const a = slowUpload(t, s.session_token, 'selfie', png(8, 21), 'slow-a');
    const b = slowUpload(t, s.session_token, 'selfie', png(8, 22), 'slow-b');
    await Promise.all([a.reading, b.reading]);
    const third = await upload(t, s.session_token, 'selfie', [{ bytes: png(8, 23), type: 'image/png' }]);
    assert.equal(third.status, 429);
    assert.equal(third.headers.get('retry-after'), '1');
    assert.equal(((await third.json()) as { error: { code: string } }).error.code, 'too_many_uploads');
    // Another session's token is not affected.
    const other = await createKyc(t, {}, ['selfie']);
    assert.equal((await upload(t, other.session_token, 'selfie', [{ bytes: JPEG }])).status, 201);
    a.finish();
    b.finish();
    assert.equal((await a.response).status, 201);
    assert.equal((await b.response).status, 201);
    assert.equal((await upload(t, s.session_token, 'selfie', [{ bytes: png(8, 24), type: 'image/png' }])).status, 201);
  });

  it('refuses a PNG declaring 100000×100000 pixels before decoding it', async () => {
    const s = await createKyc(t, {}, ['selfie']);
    const bomb = pngDeclaring(100_000, 100_000);
    assert.ok(bomb.length < 1024);
    const body = await refused(
      upload(t, s.session_token, 'selfie', [{ bytes: bomb, type: 'image/png' }]),
      422,
      'image_too_large',
    );
    assert.match(body.error.message, /100000×100000/);
  });

  it('refuses polyglots: data riding after the end of the image', async () => {
    const s = await createKyc(t, {}, ['selfie']);
    const zip = Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00hello.html<script>alert(1)</script>', 'latin1');
    await refused(
      upload(t, s.session_token, 'selfie', [{ bytes: Buffer.concat([JPEG, zip]) }]),
      422,
      'image_trailing_data',
    );
    await refused(
      upload(t, s.session_token, 'selfie', [{ bytes: Buffer.concat([png(4, 9), zip]), type: 'image/png' }]),
      422,
      'image_trailing_data',
    );
    // Bytes that only start like an image do not decode.
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0, 0]), Buffer.from('<html>')]);
    await refused(upload(t, s.session_token, 'selfie', [{ bytes: fake }]), 422, 'image_undecodable');
  });

  it('stores the image re-encoded as JPEG without any metadata', async () => {
    const s = await createKyc(t, {}, ['selfie']);
    const secret = 'GPS 48.8584N 2.2945E owner=Jean Dupont';
    const tagged = await sharp(png(16, 3))
      .jpeg()
      .withExif({ IFD0: { ImageDescription: secret, Artist: 'Jean Dupont' } })
      .toBuffer();
    assert.ok(tagged.includes(Buffer.from('Jean Dupont')));
    const res = await upload(t, s.session_token, 'selfie', [{ bytes: tagged }]);
    assert.equal(res.status, 201);
    const receipt = CaptureReceipt.parse(await res.json());
    const stored = readFileSync(join(t.dir, 'captures', `${receipt.sha256}.jpg`));
    assert.equal(sha(stored), receipt.sha256);
    assert.ok(!stored.includes(Buffer.from('Jean Dupont')));
    const meta = await sharp(stored).metadata();
    assert.equal(meta.format, 'jpeg');
    assert.equal(meta.exif, undefined);
    assert.equal(meta.width, 16);
    assert.ok(!readdirSync(join(t.dir, 'captures')).some((n) => n.endsWith('.tmp')));
  });
});
