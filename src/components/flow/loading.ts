import type { FlowConfig } from '../../flow/machine.js';
import type * as ChooserStep from '../chooser/chooser.screen.js';
import { networkError } from '../../api/errors.js';
import type * as CameraStep from './camera-step.js';
import type * as Completion from './completion.js';
import type * as HandoffStep from '../handoff/handoff.js';
import type * as ReviewStep from '../review/review.js';

type ReviewModule = typeof ReviewStep;

/**
 * The camera steps (capture, liveness, on-device vision) load after the first screen is up: they are
 * fetched while the applicant reads the intro, and awaited before the first camera screen renders.
 */
let cameraSteps: Promise<unknown> | null = null;
/** @internal */
export function loadCameraSteps(): Promise<unknown> {
  cameraSteps ??= Promise.all([
    import('../capture/capture.js'),
    import('../liveness/liveness.js'),
    import('./camera-step.js').then((m) => (cameraStepModule = m)),
    loadCompletion(),
    import('../review/review.js').then((m) => (reviewModule = m)),
    import('../chooser/chooser.screen.js').then((m) => (chooserModule = m)),
  ]);
  return cameraSteps;
}

/** The camera steps' screen (drawing capture or liveness): it comes with their code. */
let cameraStepModule: typeof CameraStep | null = null;
export const cameraStep = () => cameraStepModule;

/** The review screen and the upload it confirms: they come with the camera steps, which always precede them. */
let reviewModule: ReviewModule | null = null;
export const reviewStep = () => reviewModule;

/** The document choice (and the country list): it comes with the camera steps, prefetched on the intro. */
let chooserModule: typeof ChooserStep | null = null;
export const chooserStep = () => chooserModule;

/** The handoff screen (and its QR code library) loads only when the applicant asks for it. */
let handoffStep: Promise<typeof HandoffStep> | null = null;
let handoffModule: typeof HandoffStep | null = null;
/** @internal */
export function loadHandoffStep(): Promise<typeof HandoffStep> {
  handoffStep ??= loadCompletion().then(() => import('../handoff/handoff.js').then((m) => (handoffModule = m)));
  return handoffStep;
}
/** The handoff step's code, once loaded. */
export const handoffStepModule = () => handoffModule;

/**
 * The end of a session (its events and redirect): loaded with what can lead there (the camera steps, the
 * handoff) and awaited before the uploads are submitted. A failed load is tried again by the next call.
 */
let completionLoad: Promise<unknown> | null = null;
let completionModule: typeof Completion | null = null;
/** @internal */
export function loadCompletion(): Promise<unknown> {
  completionLoad ??= import('./completion.js').then(
    (m) => (completionModule = m),
    () => {
      completionLoad = null;
      throw networkError('fetch_failed');
    },
  );
  return completionLoad;
}
export const completionStep = () => completionModule;

/** Default `assets-base`: a `mediapipe/` folder beside the built script. */
const DEFAULT_ASSETS_BASE = new URL('./mediapipe/', import.meta.url).href;

/** Where MediaPipe's assets live: the `assets-base` attribute (with a trailing slash), else `mediapipe/` beside the script. */
export function assetsBaseOf(assetsBase: string): string {
  if (assetsBase) return assetsBase.endsWith('/') ? assetsBase : `${assetsBase}/`;
  return DEFAULT_ASSETS_BASE;
}

/**
 * Warms the camera steps and, when a face step is ahead, MediaPipe's wasm and models, at idle (the
 * models wait for the uploads in flight: `uploadsSettled`).
 */
export function prefetchSteps(
  c: FlowConfig,
  assetsBase: string,
  stepsLoaded: () => void,
  uploadsSettled: () => Promise<unknown> | undefined,
): void {
  const idle = (fn: () => void) =>
    'requestIdleCallback' in window ? window.requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 300);
  idle(() => {
    void loadCameraSteps().then(stepsLoaded);
    // Face detection serves document fronts and the selfie; landmarks serve liveness only (src/vision/prefetch.ts).
    const needs = { detector: c.needsDocument || c.needsSelfie, landmarker: c.needsLiveness };
    if (needs.detector || needs.landmarker)
      void import('../../vision/prefetch.js')
        .then((m) => m.prefetchVision(assetsBase, needs, { uploadsSettled }))
        .catch(() => undefined);
  });
}
