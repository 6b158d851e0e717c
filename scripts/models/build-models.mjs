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
import { LIPS, LEFT_EYE, RIGHT_EYE } from './landmark-refinement.mjs';
import { imageInputMetadata } from './tflite-metadata.mjs';
import { storedZip } from './stored-zip.mjs';
import { roundFloat16Weights } from './fp16-mantissa.mjs';
import { ModelEditor } from './model-editor.mjs';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

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
