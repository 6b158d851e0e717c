/**
 * Lazy, self-hosted loading of MediaPipe Tasks (FaceDetector, FaceLandmarker).
 *
 * Nothing here runs at import time and `@mediapipe/tasks-vision` is only reached through a dynamic
 * `import()`, so no MediaPipe byte is on the critical path. Every URL is built from `assetsBase` and the
 * names in ./asset-names.ts (content-hashed in the browser build):
 *
 *   <assetsBase>wasm/vision_wasm_internal.{js,wasm}
 *   <assetsBase>models/face_detector.tflite
 *   <assetsBase>models/face_landmarker.task
 *
 * Before anything is downloaded, the browser is checked for WebAssembly, wasm SIMD and WebGL (see
 * ./support.ts: tasks-vision 0.10.35 has no image input without WebGL, even on the CPU delegate).
 * Failures are reported as {@link VisionLoadError} so a step can fall back to manual capture.
 */
import type { FaceDetector, FaceLandmarker, FilesetResolver } from '@mediapipe/tasks-vision';
import { VISION_ASSET_NAMES } from './asset-names.js';
import { visionUnsupportedReason, type VisionUnsupportedReason } from './support.js';

type WasmFileset = Awaited<ReturnType<typeof FilesetResolver.forVisionTasks>>;

/**
 * Which part failed: the browser lacks something ({@link VisionUnsupportedReason}), the JS module, a model
 * download, the wasm runtime or task creation, a detect call (`inference`), or no result came in time
 * after the task was ready (`stalled`).
 */
export type VisionLoadErrorKind = 'unsupported' | 'module' | 'model' | 'runtime' | 'inference' | 'stalled';

/** On-device vision cannot be used (not loadable, or failing at run time); callers degrade to manual capture. */
export class VisionLoadError extends Error {
  override readonly name = 'VisionLoadError';
  constructor(
    readonly kind: VisionLoadErrorKind,
    message: string,
    readonly url?: string,
    options?: { cause?: unknown; reason?: VisionUnsupportedReason },
  ) {
    super(message, options);
    this.reason = options?.reason;
  }
  /** For `unsupported`: what the browser lacks. */
  readonly reason: VisionUnsupportedReason | undefined;
}

/** Throws an `unsupported` {@link VisionLoadError} when this browser cannot run the tasks at all. */
async function assertSupported(): Promise<void> {
  const reason = await visionUnsupportedReason();
  if (reason)
    throw new VisionLoadError('unsupported', `On-device vision is not supported here (${reason}).`, undefined, {
      reason,
    });
}

/** Normalises an assets base to end with exactly one `/` (`''` stays relative to the document). */
export function normalizeAssetsBase(assetsBase: string): string {
  return assetsBase === '' || assetsBase.endsWith('/') ? assetsBase : `${assetsBase}/`;
}

/** Every URL the vision layer may fetch for `assetsBase` (wasm loader, wasm binary, models). */
export function visionAssetUrls(assetsBase: string): {
  wasmBase: string;
  wasm: string[];
  faceDetector: string;
  faceLandmarker: string;
} {
  const base = normalizeAssetsBase(assetsBase);
  const names = VISION_ASSET_NAMES;
  return {
    wasmBase: `${base}wasm`,
    wasm: [`${base}${names.wasmLoader}`, `${base}${names.wasmBinary}`],
    faceDetector: `${base}${names.faceDetector}`,
    faceLandmarker: `${base}${names.faceLandmarker}`,
  };
}

// eslint-disable-next-line @typescript-eslint/consistent-type-imports -- the type of the lazily imported module
type TasksVision = typeof import('@mediapipe/tasks-vision');

let modulePromise: Promise<TasksVision> | undefined;

/** Imports the tasks-vision bundle once (a separate chunk in the built app). */
export function importTasksVision(): Promise<TasksVision> {
  modulePromise ??= import('@mediapipe/tasks-vision').catch((cause: unknown) => {
    modulePromise = undefined;
    throw new VisionLoadError('module', 'Could not load the face detection module.', undefined, { cause });
  });
  return modulePromise;
}

async function fetchModel(url: string, signal?: AbortSignal): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', ...(signal ? { signal } : {}) });
  } catch (cause) {
    throw new VisionLoadError('model', `Could not download ${url}.`, url, { cause });
  }
  if (!response.ok) throw new VisionLoadError('model', `Could not download ${url} (HTTP ${response.status}).`, url);
  return new Uint8Array(await response.arrayBuffer());
}

/** The wasm loader and binary by their own URLs (FilesetResolver would assume the unhashed names). */
function fileset(urls: { wasm: string[] }): WasmFileset {
  const [wasmLoaderPath = '', wasmBinaryPath = ''] = urls.wasm;
  return { wasmLoaderPath, wasmBinaryPath };
}

/** Options shared by the task loaders. */
export interface TaskLoadOptions {
  /** `'VIDEO'` (default) for camera frames, `'IMAGE'` for stills. */
  runningMode?: 'VIDEO' | 'IMAGE';
  signal?: AbortSignal;
}

/**
 * Creates a FaceDetector (CPU delegate, minDetectionConfidence 0.7: at 0.5 the short-range model
 * finds faces in objects such as a coffee cup).
 */
export async function loadFaceDetector(
  assetsBase: string,
  {
    runningMode = 'VIDEO',
    signal,
    minDetectionConfidence = 0.7,
  }: TaskLoadOptions & { minDetectionConfidence?: number } = {},
): Promise<FaceDetector> {
  await assertSupported();
  const urls = visionAssetUrls(assetsBase);
  const [tv, model] = await Promise.all([importTasksVision(), fetchModel(urls.faceDetector, signal)]);
  const files = fileset(urls);
  try {
    return await tv.FaceDetector.createFromOptions(files, {
      baseOptions: { modelAssetBuffer: model, delegate: 'CPU' },
      runningMode,
      minDetectionConfidence,
    });
  } catch (cause) {
    throw new VisionLoadError('runtime', 'Could not start face detection.', urls.faceDetector, { cause });
  }
}

/** Creates a FaceLandmarker (one face, 478 landmarks, no blendshapes: the model ships none). */
export async function loadFaceLandmarker(
  assetsBase: string,
  { runningMode = 'VIDEO', signal }: TaskLoadOptions = {},
): Promise<FaceLandmarker> {
  await assertSupported();
  const urls = visionAssetUrls(assetsBase);
  const [tv, model] = await Promise.all([importTasksVision(), fetchModel(urls.faceLandmarker, signal)]);
  const files = fileset(urls);
  try {
    return await tv.FaceLandmarker.createFromOptions(files, {
      baseOptions: { modelAssetBuffer: model, delegate: 'CPU' },
      runningMode,
      numFaces: 1,
      outputFaceBlendshapes: false,
      outputFacialTransformationMatrixes: false,
    });
  } catch (cause) {
    throw new VisionLoadError('runtime', 'Could not start face tracking.', urls.faceLandmarker, { cause });
  }
}

/** The tasks a step asked {@link loadVision} for. */
export interface VisionTasks {
  detector?: FaceDetector;
  landmarker?: FaceLandmarker;
}

/**
 * Loads the requested tasks (both by default). Close them with `task.close()` when the step ends.
 * @throws {VisionLoadError}
 */
export async function loadVision(
  assetsBase: string,
  {
    detector = true,
    landmarker = true,
    ...options
  }: TaskLoadOptions & { detector?: boolean; landmarker?: boolean } = {},
): Promise<VisionTasks> {
  const [d, l] = await Promise.all([
    detector ? loadFaceDetector(assetsBase, options) : undefined,
    landmarker ? loadFaceLandmarker(assetsBase, options) : undefined,
  ]);
  return { ...(d ? { detector: d } : {}), ...(l ? { landmarker: l } : {}) };
}
