// node --test scripts/models/
// Float16 weights with fewer mantissa bits: the rounding, and the shipped models' weights.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { buildModels, readFaceMeshAsset, sourcePackages } from './build-models.mjs';
import { float16Constants, mantissaBitsUsed, roundFloat16Weights, roundHalfMantissa } from './fp16-mantissa.mjs';

/** float16 bit pattern → number */
function half(h) {
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  const v = e === 0 ? m * 2 ** -24 : e === 31 ? (m ? NaN : Infinity) : (1 + m / 1024) * 2 ** (e - 15);
  return h & 0x8000 ? -v : v;
}

test('rounds the mantissa to nearest, ties to even, carrying into the exponent', () => {
  // 1 + 5/1024 with 8 bits kept (steps of 4/1024): 5 → 4 (nearest); 6 → 8 (tie, to even 8); 2 → 0 (tie, to even 0)
  assert.equal(roundHalfMantissa(0x3c05, 8), 0x3c04);
  assert.equal(roundHalfMantissa(0x3c06, 8), 0x3c08);
  assert.equal(roundHalfMantissa(0x3c02, 8), 0x3c00);
  assert.equal(roundHalfMantissa(0x3c0a, 8), 0x3c08); // 10 → tie between 8 and 12: 8 is even
  // the largest mantissa rounds up into the next power of two: 1.999… → 2
  assert.equal(roundHalfMantissa(0x3fff, 4), 0x4000);
  assert.equal(half(roundHalfMantissa(0x3fff, 4)), 2);
  // the sign is kept; 10 bits changes nothing
  assert.equal(roundHalfMantissa(0xbc05, 8), 0xbc04);
  assert.equal(roundHalfMantissa(0x1234, 10), 0x1234);
  // never rounds a finite value to infinity; infinities and NaNs stay
  assert.equal(roundHalfMantissa(0x7bff, 4), 0x7bc0);
  assert.ok(Number.isFinite(half(roundHalfMantissa(0x7bff, 1))));
  assert.equal(roundHalfMantissa(0x7c00, 3), 0x7c00);
  assert.equal(roundHalfMantissa(0x7e01, 3), 0x7e01);
});

test('the rounded value is the nearest one with that many mantissa bits, for every float16', () => {
  for (const bits of [2, 3, 4]) {
    for (let h = 0; h < 0x7c00; h++) {
      const r = roundHalfMantissa(h, bits);
      assert.ok(mantissaBitsUsed(r) <= bits, `0x${h.toString(16)}`);
      // neighbours with `bits` bits around h: the step is one unit of the kept mantissa at h's exponent
      const step = 1 << (10 - bits);
      const down = h & ~(step - 1);
      const up = down + step;
      const best = Math.min(Math.abs(half(h) - half(down)), up < 0x7c00 ? Math.abs(half(up) - half(h)) : Infinity);
      assert.ok(Math.abs(half(r) - half(h)) <= best + 1e-12, `0x${h.toString(16)} with ${bits} bits`);
    }
  }
});

test('rounding changes only the float16 weights: same length, every other byte the same', () => {
  const source = readFaceMeshAsset(sourcePackages().faceMeshDir, 'face_landmark_with_attention.tflite');
  const rounded = roundFloat16Weights(source, 4);
  assert.equal(rounded.length, source.length);
  const inWeights = new Uint8Array(source.length);
  for (const c of float16Constants(source))
    inWeights.fill(1, c.data.byteOffset - source.byteOffset, c.data.byteOffset - source.byteOffset + c.data.length);
  let changed = 0;
  for (let i = 0; i < source.length; i++) {
    if (source[i] === rounded[i]) continue;
    assert.equal(inWeights[i], 1, `byte ${i} outside the float16 weights changed`);
    changed++;
  }
  assert.ok(changed > 100_000, `${changed} weight bytes rounded`);
  assert.throws(() => roundFloat16Weights(source, 0), RangeError);
  assert.throws(() => roundFloat16Weights(source, 11), RangeError);
});

const IRISES = /^output_(left|right)_iris$/;

test('shipped weights: at most 4 mantissa bits; 3 in the mesh output layer; 2 in what feeds only the irises', () => {
  const built = buildModels();
  // The built model has one merged output; what feeds only the irises is read from the network it is built from.
  const source = readFaceMeshAsset(sourcePackages().faceMeshDir, 'face_landmark_with_attention.tflite');
  const irisOnly = new Set(
    float16Constants(source)
      .filter((c) => c.outputs.length && c.outputs.every((o) => IRISES.test(o)))
      .map((c) => c.name),
  );
  assert.ok(irisOnly.size > 10, `${irisOnly.size} iris-only weights`);
  const limits = {
    'face_detector.tflite': () => 4,
    'face_landmarks_detector.tflite': (c) => (irisOnly.has(c.name) ? 2 : c.name === 'output_mesh/Kernel' ? 3 : 4),
  };
  for (const [name, limit] of Object.entries(limits)) {
    const constants16 = float16Constants(built[name]);
    assert.ok(constants16.length > 50, name);
    const widest = new Map();
    for (const c of constants16) {
      let most = 0;
      for (let i = 0; i < c.data.length; i += 2) most = Math.max(most, mantissaBitsUsed(c.data.readUInt16LE(i)));
      assert.ok(most <= limit(c), `${name} ${c.name}: ${most} mantissa bits`);
      widest.set(limit(c), Math.max(widest.get(limit(c)) ?? 0, most));
    }
    // each limit is used in full (the weights were rounded, not cut to fewer bits than chosen)
    for (const [k, most] of widest) assert.equal(most, k, `${name}: some weight uses all ${k} bits`);
  }
  const landmarks = float16Constants(built['face_landmarks_detector.tflite']);
  assert.equal(landmarks.filter((c) => irisOnly.has(c.name)).length, irisOnly.size, 'every iris-only weight checked');
  assert.ok(
    landmarks.some((c) => c.name === 'output_mesh/Kernel'),
    'the mesh output layer exists',
  );
});

test('the two shipped models weigh at most 1.35 MB on the wire (brotli, as the build pre-compresses them)', () => {
  const built = buildModels();
  const brotli = (b) =>
    brotliCompressSync(b, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_LGWIN]: 24,
        [constants.BROTLI_PARAM_SIZE_HINT]: b.length,
      },
    }).length;
  const total = brotli(built['face_detector.tflite']) + brotli(built['face_landmarker.task']);
  assert.ok(total <= 1_350_000, `${total} bytes`);
});

test('float16Constants lists what each weight feeds', () => {
  const source = readFileSync(join(sourcePackages().faceDetectionDir, 'face_detection_short_range.tflite'));
  const list = float16Constants(source);
  assert.ok(list.every((c) => c.outputs.length > 0 && c.data.length % 2 === 0));
});
