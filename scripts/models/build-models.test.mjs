// node --test scripts/models/
// The model build is deterministic and its outputs carry the metadata MediaPipe Tasks needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeModels, buildModels } from './build-models.mjs';
import { FlatReader } from './flatbuffer-prefix.mjs';
import { crc32 } from './stored-zip.mjs';

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

/** Names of the model's metadata entries and the output tensors' names and shapes. */
function describe(tflite) {
  const r = new FlatReader(tflite);
  assert.equal(r.identifier, 'TFL3');
  const model = r.root;
  const metadata = r
    .tables(r.deref(model, 6))
    .map((m) => ({ name: r.string(r.deref(m, 0)), buffer: r.scalar(m, 1, 'u32') }));
  const buffers = r.tables(r.deref(model, 4));
  const sg = r.tables(r.deref(model, 2))[0];
  const tensors = r.tables(r.deref(sg, 0));
  const outputs = r
    .ints(r.deref(sg, 2))
    .map((i) => ({ name: r.string(r.deref(tensors[i], 3)), shape: r.ints(r.deref(tensors[i], 0)) }));
  const metaBytes = (name) => {
    const entry = metadata.find((m) => m.name === name);
    return entry ? r.bytes(r.deref(buffers[entry.buffer], 0)) : null;
  };
  return { metadata, outputs, metaBytes };
}

/** Reads a STORED zip's entries from its central directory. */
function unzip(buf) {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const entries = {};
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50);
    assert.equal(buf.readUInt16LE(p + 10), 0, 'stored');
    const crc = buf.readUInt32LE(p + 16);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    entries[name] = buf.subarray(dataAt, dataAt + size);
    assert.equal(crc32(entries[name]), crc, `crc of ${name}`);
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

test('two builds into fresh folders are byte-identical', () => {
  const a = mkdtempSync(join(tmpdir(), 'models-a-'));
  const b = mkdtempSync(join(tmpdir(), 'models-b-'));
  try {
    const ra = writeModels(a);
    const rb = writeModels(b);
    assert.deepEqual(
      ra.map((x) => x.sha256),
      rb.map((x) => x.sha256),
    );
    for (const name of ['face_detector.tflite', 'face_landmarker.task']) {
      assert.equal(sha256(readFileSync(join(a, name))), sha256(readFileSync(join(b, name))), name);
    }
  } finally {
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
});

test('face_detector.tflite carries TFLITE_METADATA with input normalisation', () => {
  const { metadata, metaBytes } = describe(buildModels()['face_detector.tflite']);
  assert.ok(metadata.some((m) => m.name === 'TFLITE_METADATA'));
  const meta = metaBytes('TFLITE_METADATA');
  assert.equal(meta.toString('latin1', 4, 8), 'M001');
  assert.ok(meta.includes(Buffer.from('face_detection_short_range')));
});

test('face_landmarker.task holds the detector and a 478-point landmark model', () => {
  const built = buildModels();
  const entries = unzip(built['face_landmarker.task']);
  assert.deepEqual(Object.keys(entries), ['face_detector.tflite', 'face_landmarks_detector.tflite']);
  assert.ok(entries['face_detector.tflite'].equals(built['face_detector.tflite']));
  const { metadata, outputs } = describe(entries['face_landmarks_detector.tflite']);
  assert.ok(metadata.some((m) => m.name === 'TFLITE_METADATA'));
  assert.deepEqual(outputs, [
    { name: 'Identity', shape: [1, 1, 1, 1434] },
    { name: 'conv_faceflag', shape: [1, 1, 1, 1] },
  ]);
});

/** For a TFLite model: its constant float tensors by type, and what each FLOAT16 constant feeds. */
function weights(tflite) {
  const r = new FlatReader(tflite);
  const model = r.root;
  const buffers = r.tables(r.deref(model, 4));
  const opcodes = r.tables(r.deref(model, 1));
  const sg = r.tables(r.deref(model, 2))[0];
  const tensors = r.tables(r.deref(sg, 0));
  const ops = r.tables(r.deref(sg, 3));
  const bytesOf = (t) => r.bytes(r.deref(buffers[r.scalar(t, 2, 'u32', 0)], 0)).length;
  const code = (op) => {
    const oc = opcodes[r.scalar(op, 0, 'u32', 0)];
    return Math.max(r.scalar(oc, 0, 'i8', 0), r.scalar(oc, 3, 'i32', 0));
  };
  const consts = tensors
    .map((t, i) => ({ i, type: r.scalar(t, 1, 'i8', 0), bytes: bytesOf(t) }))
    .filter((c) => c.bytes);
  const consumers = (i) => ops.filter((op) => r.ints(r.deref(op, 1)).includes(i));
  return {
    consts,
    consumers,
    code,
    typeOf: (i) => r.scalar(tensors[i], 1, 'i8', 0),
    outputsOf: (op) => r.ints(r.deref(op, 2)),
  };
}

test('weights are float16, each expanded by one DEQUANTIZE to float32 (half the float32 size)', () => {
  const FLOAT32 = 0;
  const FLOAT16 = 1;
  const DEQUANTIZE = 6;
  const built = buildModels();
  for (const name of ['face_detector.tflite', 'face_landmarks_detector.tflite']) {
    const w = weights(built[name]);
    const fp16 = w.consts.filter((c) => c.type === FLOAT16);
    // Float32 constants are left only where they are tiny (no weight matrix is stored as float32).
    const fp32 = w.consts.filter((c) => c.type === FLOAT32);
    assert.ok(fp16.length > 50, `${name}: ${fp16.length} float16 weights`);
    assert.deepEqual(
      fp32.filter((c) => c.bytes > 64),
      [],
      `${name}: no float32 weight`,
    );
    const fp16Bytes = fp16.reduce((n, c) => n + c.bytes, 0);
    assert.ok(fp16Bytes > 0.8 * built[name].length, `${name}: the float16 weights are the bulk of the file`);
    for (const c of fp16) {
      const users = w.consumers(c.i);
      assert.equal(users.length, 1, `${name}: tensor ${c.i} feeds one op`);
      assert.equal(w.code(users[0]), DEQUANTIZE, `${name}: tensor ${c.i} feeds DEQUANTIZE`);
      assert.equal(w.typeOf(w.outputsOf(users[0])[0]), FLOAT32, `${name}: tensor ${c.i} dequantizes to float32`);
    }
  }
});
