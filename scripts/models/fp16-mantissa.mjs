// Coarser float16 weights that compress better: each FLOAT16 constant of a TFLite model keeps its
// sign and exponent and has its 10-bit mantissa rounded to fewer bits (round to nearest, ties to even),
// in place. The file keeps its size and structure byte for byte (same tensors, same DEQUANTIZE ops);
// only the dropped low mantissa bits become zeros, which brotli then stores almost for free.
import { FlatReader } from './flatbuffer-prefix.mjs';

const MODEL_SUBGRAPHS = 2;
const MODEL_BUFFERS = 4;
const SUBGRAPH_TENSORS = 0;
const SUBGRAPH_OUTPUTS = 2;
const SUBGRAPH_OPERATORS = 3;
const OPERATOR_INPUTS = 1;
const OPERATOR_OUTPUTS = 2;
const TENSOR_TYPE = 1;
const TENSOR_BUFFER = 2;
const TENSOR_NAME = 3;
const BUFFER_DATA = 0;
/** TensorType.FLOAT16 in tensorflow/lite/schema/schema.fbs. */
export const FLOAT16 = 1;

/**
 * Every constant FLOAT16 tensor of a TFLite model: its name, its bytes (a view into `tflite`) and the names of
 * the subgraph outputs it contributes to (found by walking the operators back from each output). A buffer
 * shared by several tensors is listed once, under its first tensor.
 * @param {Buffer} tflite
 * @returns {{ name: string, data: Buffer, outputs: string[] }[]}
 */
export function float16Constants(tflite) {
  const r = new FlatReader(tflite);
  const buffers = r.tables(r.deref(r.root, MODEL_BUFFERS));
  const seen = new Set();
  const out = [];
  for (const sg of r.tables(r.deref(r.root, MODEL_SUBGRAPHS))) {
    const tensors = r.tables(r.deref(sg, SUBGRAPH_TENSORS));
    const ops = r.tables(r.deref(sg, SUBGRAPH_OPERATORS));
    const name = (i) => r.string(r.deref(tensors[i], TENSOR_NAME));
    const producer = new Map();
    ops.forEach((op, k) => r.ints(r.deref(op, OPERATOR_OUTPUTS)).forEach((t) => producer.set(t, k)));
    /** tensor → the outputs it reaches */
    const reaches = new Map();
    for (const output of r.ints(r.deref(sg, SUBGRAPH_OUTPUTS))) {
      const stack = [output];
      const visited = new Set();
      while (stack.length) {
        const t = stack.pop();
        if (visited.has(t)) continue;
        visited.add(t);
        if (!reaches.has(t)) reaches.set(t, []);
        reaches.get(t).push(name(output));
        const op = producer.get(t);
        if (op !== undefined) stack.push(...r.ints(r.deref(ops[op], OPERATOR_INPUTS)).filter((i) => i >= 0));
      }
    }
    tensors.forEach((t, i) => {
      if (r.scalar(t, TENSOR_TYPE, 'i8', 0) !== FLOAT16) return;
      const index = r.scalar(t, TENSOR_BUFFER, 'u32', 0);
      if (seen.has(index)) return;
      seen.add(index);
      const data = r.bytes(r.deref(buffers[index], BUFFER_DATA));
      if (data.length) out.push({ name: name(i), data, outputs: (reaches.get(i) ?? []).sort() });
    });
  }
  return out;
}

/**
 * A float16 bit pattern with its mantissa rounded to `bits` bits (0..10), to nearest, ties to even.
 * Infinities and NaNs are kept; a finite value never rounds up to infinity (it keeps the largest
 * finite value with `bits` mantissa bits instead).
 * @param {number} half the 16-bit pattern
 * @param {number} bits mantissa bits to keep
 */
export function roundHalfMantissa(half, bits) {
  const drop = 10 - bits;
  const sign = half & 0x8000;
  const magnitude = half & 0x7fff;
  if (drop === 0 || (magnitude & 0x7c00) === 0x7c00) return half;
  // The magnitude bits order like the values, so rounding them as an integer rounds the value
  // (a carry out of the mantissa correctly bumps the exponent).
  let rounded = magnitude + (1 << (drop - 1)) - 1 + ((magnitude >> drop) & 1);
  rounded &= ~((1 << drop) - 1);
  if (rounded >= 0x7c00) rounded = 0x7c00 - (1 << drop);
  return sign | rounded;
}

/**
 * Number of mantissa bits a float16 pattern needs (0 when its mantissa is zero).
 * @param {number} half
 */
export function mantissaBitsUsed(half) {
  const mantissa = half & 0x3ff;
  if (mantissa === 0) return 0;
  let trailing = 0;
  while (((mantissa >> trailing) & 1) === 0) trailing++;
  return 10 - trailing;
}

/**
 * A copy of `tflite` whose FLOAT16 constants keep `bits` mantissa bits: one number for all, or a function
 * of each constant ({@link float16Constants}) for a per-tensor choice.
 * @param {Buffer} tflite
 * @param {number | ((c: { name: string, outputs: string[] }) => number)} bits 1..10 (10 keeps a tensor as it is)
 * @returns {Buffer}
 */
export function roundFloat16Weights(tflite, bits) {
  const out = Buffer.from(tflite);
  for (const c of float16Constants(out)) {
    const k = typeof bits === 'function' ? bits(c) : bits;
    if (!Number.isInteger(k) || k < 1 || k > 10)
      throw new RangeError(`${c.name}: mantissa bits must be 1..10, not ${k}`);
    if (c.data.length % 2 !== 0) throw new Error(`${c.name}: a float16 tensor has an odd number of bytes`);
    if (k === 10) continue;
    for (let i = 0; i < c.data.length; i += 2) c.data.writeUInt16LE(roundHalfMantissa(c.data.readUInt16LE(i), k), i);
  }
  return out;
}
