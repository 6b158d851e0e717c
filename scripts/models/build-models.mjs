#!/usr/bin/env node
// Builds the face models that @mediapipe/tasks-vision loads, from the networks shipped (Apache-2.0)
// in the legacy @mediapipe/face_detection and @mediapipe/face_mesh packages:
//
//   face_detector.tflite    face_detection_short_range.tflite + TFLite metadata (input normalised
//                           to [-1, 1], RGB). Graph and weights untouched.
//   face_landmarker.task    STORED zip of face_detector.tflite and face_landmarks_detector.tflite:
//                           face_landmark_with_attention.tflite + metadata (input [0, 1], RGB) + a
//                           few appended ops (RESHAPE, PAD, CONCATENATION, GATHER) that merge the
//                           lip / eye-contour refinement outputs into the mesh and append the irises,
//                           giving the [1,1,1,1434] = 478 × (x, y, z) output plus the face flag that
//                           FaceLandmarker's graph reads.
//
// Deterministic: the output depends only on the input bytes (no timestamps, fixed zip dates).
//
// Usage: node scripts/models/build-models.mjs [outDir]        (default: build/models)
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FlatReader,
  prependRoot,
  table,
  tableVector,
  int32Vector,
  byteVector,
  string,
  existing,
  f,
} from './flatbuffer-prefix.mjs';
import { imageInputMetadata } from './tflite-metadata.mjs';
import { storedZip } from './stored-zip.mjs';
import { LIPS, LEFT_EYE, RIGHT_EYE } from './landmark-refinement.mjs';
import { roundFloat16Weights } from './fp16-mantissa.mjs';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

// ---- TFLite schema facts (tensorflow/lite/schema/schema.fbs) --------------------------------------
const MODEL = {
  version: 0,
  operatorCodes: 1,
  subgraphs: 2,
  description: 3,
  buffers: 4,
  metadataBuffer: 5,
  metadata: 6,
  signatureDefs: 7,
};
const SUBGRAPH = { tensors: 0, inputs: 1, outputs: 2, operators: 3, name: 4 };
const TENSOR = { shape: 0, type: 1, buffer: 2, name: 3 };
const OPCODE = { deprecatedBuiltinCode: 0, customCode: 1, version: 2, builtinCode: 3 };
const BUFFER = { data: 0 };
const BUILTIN = { CONCATENATION: 2, RESHAPE: 22, PAD: 34, GATHER: 36 };
const OPTIONS = { ConcatenationOptions: 10, ReshapeOptions: 17, PadOptions: 22, GatherOptions: 23 };
const TYPE = { FLOAT32: 0, INT32: 2 };
const TFLITE_ID = 'TFL3';

const int32Bytes = (values) => Buffer.from(new Int32Array(values).buffer);

/**
 * An editable view of a TFLite model: subgraph 0's tensors, operators and outputs, the model's
 * operator codes, buffers and metadata entries. Existing objects are kept by reference; new ones
 * are appended; `serialize()` writes a new root in front of the original bytes.
 */
class ModelEditor {
  /** @param {Buffer} bytes */
  constructor(bytes) {
    const r = new FlatReader(bytes);
    if (r.identifier !== TFLITE_ID) throw new Error('not a TFLite model (identifier is not TFL3)');
    this.bytes = bytes;
    this.r = r;
    const model = r.root;
    this.model = model;
    this.subgraphs = r.tables(r.deref(model, MODEL.subgraphs));
    if (this.subgraphs.length < 1) throw new Error('model has no subgraph');
    const sg = this.subgraphs[0];
    this.sg = sg;
    this.oldTensors = r.tables(r.deref(sg, SUBGRAPH.tensors));
    this.oldOpcodes = r.tables(r.deref(model, MODEL.operatorCodes));
    this.oldBuffers = r.tables(r.deref(model, MODEL.buffers));
    this.oldMetadata = r.tables(r.deref(model, MODEL.metadata));
    for (const m of this.oldMetadata) {
      if (r.string(r.deref(m, 0)) === 'TFLITE_METADATA') throw new Error('model already has TFLITE_METADATA');
    }
    this.tensors = this.oldTensors.map(existing);
    this.operators = r.tables(r.deref(sg, SUBGRAPH.operators)).map(existing);
    this.opcodes = this.oldOpcodes.map(existing);
    this.newOpcodeIndex = new Map();
    this.buffers = this.oldBuffers.map(existing);
    this.metadata = this.oldMetadata.map(existing);
    this.outputs = r.ints(r.deref(sg, SUBGRAPH.outputs));
    this.outputsChanged = false;
    // Activations conventionally use buffer 0, the empty sentinel.
    const first = this.oldBuffers[0];
    this.emptyBuffer =
      first !== undefined && r.bytes(r.deref(first, BUFFER.data)).length === 0 ? 0 : this.addBuffer(null);
  }

  /** Index of the tensor of subgraph 0 named `name`. */
  tensorByName(name) {
    const i = this.oldTensors.findIndex((t) => this.r.string(this.r.deref(t, TENSOR.name)) === name);
    if (i < 0) throw new Error(`no tensor named ${name}`);
    return i;
  }

  /** Shape of an existing tensor. */
  shapeOf(index) {
    return this.r.ints(this.r.deref(this.oldTensors[index], TENSOR.shape));
  }

  /** Appends a buffer (null → empty) and returns its index. */
  addBuffer(bytes) {
    this.buffers.push(bytes ? table([f.ref(BUFFER.data, byteVector(bytes, 16))]) : table([]));
    return this.buffers.length - 1;
  }

  addTensor(shape, type, name, buffer) {
    this.tensors.push(
      table([
        f.ref(TENSOR.shape, int32Vector(shape)),
        f.i8(TENSOR.type, type),
        f.u32(TENSOR.buffer, buffer),
        f.ref(TENSOR.name, string(name)),
      ]),
    );
    return this.tensors.length - 1;
  }

  /** A new float32 activation tensor. */
  activation(shape, name) {
    return this.addTensor(shape, TYPE.FLOAT32, name, this.emptyBuffer);
  }

  /** A new constant int32 tensor. */
  constInt32(shape, values, name) {
    return this.addTensor(shape, TYPE.INT32, name, this.addBuffer(int32Bytes(values)));
  }

  opcode(builtin) {
    const r = this.r;
    const found = this.oldOpcodes.findIndex(
      (oc) =>
        !r.deref(oc, OPCODE.customCode) &&
        Math.max(r.scalar(oc, OPCODE.deprecatedBuiltinCode, 'i8', 0), r.scalar(oc, OPCODE.builtinCode, 'i32', 0)) ===
          builtin,
    );
    if (found >= 0) return found;
    const known = this.newOpcodeIndex.get(builtin);
    if (known !== undefined) return known;
    this.opcodes.push(
      table([
        f.i8(OPCODE.deprecatedBuiltinCode, builtin),
        f.i32(OPCODE.version, 1),
        f.i32(OPCODE.builtinCode, builtin),
      ]),
    );
    this.newOpcodeIndex.set(builtin, this.opcodes.length - 1);
    return this.opcodes.length - 1;
  }

  addOperator(builtin, inputs, outputs, optionsType, options) {
    this.operators.push(
      table([
        f.u32(0, this.opcode(builtin)),
        f.ref(1, int32Vector(inputs)),
        f.ref(2, int32Vector(outputs)),
        f.u8(3, optionsType),
        f.ref(4, options),
      ]),
    );
  }

  reshape(input, shape, name) {
    const out = this.activation(shape, name);
    const shapeTensor = this.constInt32([shape.length], shape, `${name}/shape`);
    this.addOperator(
      BUILTIN.RESHAPE,
      [input, shapeTensor],
      [out],
      OPTIONS.ReshapeOptions,
      table([f.ref(0, int32Vector(shape))]),
    );
    return out;
  }

  gather(input, indices, axis, shape, name) {
    const out = this.activation(shape, name);
    const idx = this.constInt32([indices.length], indices, `${name}/indices`);
    this.addOperator(BUILTIN.GATHER, [input, idx], [out], OPTIONS.GatherOptions, table([f.i32(0, axis)]));
    return out;
  }

  concat(inputs, axis, shape, name) {
    const out = this.activation(shape, name);
    this.addOperator(BUILTIN.CONCATENATION, inputs, [out], OPTIONS.ConcatenationOptions, table([f.i32(0, axis)]));
    return out;
  }

  /** Pads a [n, 2] tensor with a zero third column → [n, 3]. */
  padToXyz(input, n, name) {
    const out = this.activation([n, 3], name);
    const pads = this.constInt32([2, 2], [0, 0, 0, 1], `${name}/paddings`);
    this.addOperator(BUILTIN.PAD, [input, pads], [out], OPTIONS.PadOptions, table([]));
    return out;
  }

  setOutputs(outputs) {
    this.outputs = outputs;
    this.outputsChanged = true;
  }

  /** Adds the TFLITE_METADATA entry (a buffer holding the metadata flatbuffer). */
  setMetadata(metadataBytes) {
    const buffer = this.addBuffer(metadataBytes);
    this.metadata.push(table([f.ref(0, string('TFLITE_METADATA')), f.u32(1, buffer)]));
  }

  /** @returns {Buffer} the edited model. */
  serialize() {
    const r = this.r;
    const sg = this.sg;
    const sgName = r.deref(sg, SUBGRAPH.name);
    const subgraph = table([
      f.ref(SUBGRAPH.tensors, tableVector(this.tensors)),
      f.ref(SUBGRAPH.inputs, existing(r.deref(sg, SUBGRAPH.inputs))),
      f.ref(SUBGRAPH.outputs, int32Vector(this.outputs)),
      f.ref(SUBGRAPH.operators, tableVector(this.operators)),
      ...(sgName ? [f.ref(SUBGRAPH.name, existing(sgName))] : []),
    ]);
    const fields = [
      f.u32(MODEL.version, r.scalar(this.model, MODEL.version, 'u32', 0)),
      f.ref(MODEL.operatorCodes, tableVector(this.opcodes)),
      f.ref(MODEL.subgraphs, tableVector([subgraph, ...this.subgraphs.slice(1).map(existing)])),
      f.ref(MODEL.buffers, tableVector(this.buffers)),
      f.ref(MODEL.metadata, tableVector(this.metadata)),
    ];
    for (const id of [MODEL.description, MODEL.metadataBuffer]) {
      const at = r.deref(this.model, id);
      if (at) fields.push(f.ref(id, existing(at)));
    }
    // Signature defs name the original outputs; drop them when the outputs changed.
    const signatures = r.deref(this.model, MODEL.signatureDefs);
    if (signatures && !this.outputsChanged) fields.push(f.ref(MODEL.signatureDefs, existing(signatures)));
    return prependRoot(this.bytes, table(fields), TFLITE_ID);
  }
}

const LICENSE = 'Apache-2.0';
const AUTHOR = 'Google LLC (MediaPipe network); metadata and output ops added by Verilock Flow';

/** face_detection_short_range.tflite → face_detector.tflite */
export function buildFaceDetector(shortRangeTflite) {
  const m = new ModelEditor(shortRangeTflite);
  m.setMetadata(
    imageInputMetadata({
      name: 'face_detection_short_range',
      description: 'BlazeFace short-range face detector (128x128 RGB input normalised to [-1, 1]).',
      mean: [127.5],
      std: [127.5],
      author: AUTHOR,
      license: LICENSE,
    }),
  );
  return m.serialize();
}

/** face_landmark_with_attention.tflite → face_landmarks_detector.tflite (478 refined points). */
export function buildFaceLandmarksDetector(attentionTflite) {
  const m = new ModelEditor(attentionTflite);
  const mesh = m.reshape(m.tensorByName('output_mesh_identity'), [468, 3], 'verilock/mesh');
  const lips = m.reshape(m.tensorByName('output_lips'), [80, 2], 'verilock/lips');
  const leftEye = m.reshape(m.tensorByName('output_left_eye'), [71, 2], 'verilock/left_eye');
  const rightEye = m.reshape(m.tensorByName('output_right_eye'), [71, 2], 'verilock/right_eye');
  const leftIris = m.padToXyz(
    m.reshape(m.tensorByName('output_left_iris'), [5, 2], 'verilock/left_iris_xy'),
    5,
    'verilock/left_iris',
  );
  const rightIris = m.padToXyz(
    m.reshape(m.tensorByName('output_right_iris'), [5, 2], 'verilock/right_iris_xy'),
    5,
    'verilock/right_iris',
  );

  // Refined x,y; z taken from the mesh point they replace (the legacy graph's `z_refinement { none }`).
  const mapping = [...LIPS, ...LEFT_EYE, ...RIGHT_EYE];
  const n = mapping.length; // 222
  const refinedXy = m.concat([lips, leftEye, rightEye], 0, [n, 2], 'verilock/refined_xy');
  const replacedPoints = m.gather(mesh, mapping, 0, [n, 3], 'verilock/replaced_points');
  const replacedZ = m.gather(replacedPoints, [2], 1, [n, 1], 'verilock/replaced_z');
  const refined = m.concat([refinedXy, replacedZ], 1, [n, 3], 'verilock/refined');
  const pool = m.concat([mesh, refined, leftIris, rightIris], 0, [468 + n + 10, 3], 'verilock/pool');

  // Row i of the result: the mesh point, or its refined replacement; then the 10 iris points.
  const select = Array.from({ length: 468 }, (_, i) => i);
  mapping.forEach((meshIndex, k) => {
    select[meshIndex] = 468 + k;
  });
  for (let k = 0; k < 10; k++) select.push(468 + n + k);
  const landmarks = m.gather(pool, select, 0, [478, 3], 'verilock/landmarks');
  const output = m.reshape(landmarks, [1, 1, 1, 478 * 3], 'Identity');
  m.setOutputs([output, m.tensorByName('conv_faceflag')]);
  m.setMetadata(
    imageInputMetadata({
      name: 'face_landmark_with_attention_478',
      description:
        'Face mesh with attention (192x192 RGB input in [0, 1]); lips, eye contours and irises merged: 478 points.',
      mean: [0],
      std: [255],
      author: AUTHOR,
      license: LICENSE,
    }),
  );
  return m.serialize();
}

/**
 * Reads one file from face_mesh's Emscripten file package, using the offsets its loader lists.
 * @param {string} faceMeshDir the @mediapipe/face_mesh package folder
 * @param {string} basename e.g. 'face_landmark_with_attention.tflite'
 */
export function readFaceMeshAsset(faceMeshDir, basename) {
  const loader = readFileSync(join(faceMeshDir, 'face_mesh_solution_packed_assets_loader.js'), 'utf8');
  const data = readFileSync(join(faceMeshDir, 'face_mesh_solution_packed_assets.data'));
  const entry = /"filename":\s*"([^"]+)",\s*"start":\s*(\d+),\s*"end":\s*(\d+)/g;
  for (const [, filename, start, end] of loader.matchAll(entry)) {
    if (filename.split('/').pop() === basename) {
      if (Number(end) > data.length) throw new Error(`${basename}: the packed data is shorter than the loader says`);
      return data.subarray(Number(start), Number(end));
    }
  }
  throw new Error(`${basename} is not listed in face_mesh's packed assets`);
}

/** Locates the two legacy packages from the repository's node_modules. */
export function sourcePackages(root = REPO_ROOT) {
  const require = createRequire(join(root, 'package.json'));
  return {
    faceDetectionDir: dirname(require.resolve('@mediapipe/face_detection/package.json')),
    faceMeshDir: dirname(require.resolve('@mediapipe/face_mesh/package.json')),
  };
}

/**
 * Builds every model in memory.
 * @param {typeof MANTISSA_BITS} bits mantissa bits kept in the float16 weights (see MANTISSA_BITS)
 * @returns {{ 'face_detector.tflite': Buffer, 'face_landmarks_detector.tflite': Buffer, 'face_landmarker.task': Buffer }}
 */
export function buildModels({ faceDetectionDir, faceMeshDir } = sourcePackages(), bits = MANTISSA_BITS) {
  const detector = buildFaceDetector(
    roundFloat16Weights(readFileSync(join(faceDetectionDir, 'face_detection_short_range.tflite')), bits.detector),
  );
  const landmarks = buildFaceLandmarksDetector(
    roundFloat16Weights(readFaceMeshAsset(faceMeshDir, 'face_landmark_with_attention.tflite'), bits.landmarks),
  );
  const task = storedZip([
    { name: 'face_detector.tflite', data: detector },
    { name: 'face_landmarks_detector.tflite', data: landmarks },
  ]);
  return {
    'face_detector.tflite': detector,
    'face_landmarks_detector.tflite': landmarks,
    'face_landmarker.task': task,
  };
}

/** Iris points: the product reads none of them (liveness and guidance use the mesh, eyes and lips). */
const feedsOnlyIrises = (c) => c.outputs.length > 0 && c.outputs.every((o) => /^output_(left|right)_iris$/.test(o));

/**
 * Mantissa bits kept in each model's float16 weights (of 10), rounded to nearest even before the model
 * is edited: the files keep their size and graph and compress to far fewer bytes on the wire. A number,
 * or a function of each FLOAT16 constant (its name and the outputs it feeds, fp16-mantissa.mjs).
 * Chosen with the parity study in docs/benchmarks.md (scripts/bench/model-parity.mjs: landmark error,
 * liveness signals and replay on the rendered head, detections): 4 bits everywhere, 3 for the mesh's
 * output layer, 2 for the weights that feed only the iris outputs.
 */
export const MANTISSA_BITS = {
  detector: 4,
  landmarks: (c) => (feedsOnlyIrises(c) ? 2 : c.name === 'output_mesh/Kernel' ? 3 : 4),
};

/** The files the widget serves (the landmarks detector alone lives inside the .task). */
export const SHIPPED_MODELS = ['face_detector.tflite', 'face_landmarker.task'];

/**
 * Builds the models and writes the shipped ones to `outDir` (atomically, via a temporary name).
 * @returns {{file: string, bytes: number, sha256: string}[]}
 */
export function writeModels(outDir, sources = sourcePackages(), bits = MANTISSA_BITS) {
  const built = buildModels(sources, bits);
  mkdirSync(outDir, { recursive: true });
  return SHIPPED_MODELS.map((name) => {
    const file = join(outDir, name);
    const data = built[name];
    writeFileSync(`${file}.tmp`, data);
    renameSync(`${file}.tmp`, file);
    return { file, bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? join(REPO_ROOT, 'build', 'models'));
  for (const { file, bytes, sha256 } of writeModels(outDir)) console.log(`${file}  ${bytes} bytes  sha256 ${sha256}`);
}
