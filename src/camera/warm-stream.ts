/**
 * The camera stream a camera step leaves open for the next one, for a short while.
 *
 * A step that took its photo hands its live stream over ({@link keepWarmStream}) instead of stopping it; the
 * next camera step takes it ({@link takeWarmStream}) and uses it if it wants that same camera, or stops it
 * before opening its own (never two streams at once). Opening a camera costs a `getUserMedia` and the first
 * frame of a new stream (0.1–0.5 s); a retake, or the next step on a laptop's only webcam, then starts at once.
 *
 * The camera is never opened for this, only kept: it stops when nobody took it within {@link WARM_STREAM_MS}
 * (the review screen between two camera steps), when the flow moves to a screen that is no camera step and no
 * review of one ({@link stopWarmStream}), when the page is hidden or left, and when the camera ends by itself.
 * One per page.
 */
import type { CameraDevice } from './choose-camera.js';

/** How long a stream handed over stays open with no step using it (ms). */
export const WARM_STREAM_MS = 15_000;

/** A live stream handed over by a step, with what the next step needs to know to reuse it. */
export interface WarmStream {
  readonly stream: MediaStream;
  /** The camera it comes from (`null`: unknown; it is then never reused). */
  readonly deviceId: string | null;
  /** The capture size it was asked for (width × height, pixels): a step asking for more opens its own. */
  readonly askedPixels: number;
  /** The cameras as the step last listed them (the next step chooses from them without listing again). */
  readonly cameras?: readonly CameraDevice[];
}

let held: { warm: WarmStream; timer: ReturnType<typeof setTimeout> } | null = null;

const stopTracks = (stream: MediaStream): void => stream.getTracks().forEach((t) => t.stop());
const live = (stream: MediaStream): boolean =>
  stream.getVideoTracks().length > 0 && stream.getTracks().every((t) => t.readyState === 'live');

function onVisibility(): void {
  if (document.visibilityState === 'hidden') stopWarmStream();
}

/** Lets go of the held stream without stopping it (it was taken), or after stopping it. */
function letGo(): WarmStream | null {
  if (!held) return null;
  const { warm, timer } = held;
  held = null;
  clearTimeout(timer);
  document.removeEventListener('visibilitychange', onVisibility);
  window.removeEventListener('pagehide', stopWarmStream);
  for (const t of warm.stream.getTracks()) t.onended = null;
  return warm;
}

/** Holds `warm` for the next camera step, for at most `ms`; a stream held before is stopped. */
export function keepWarmStream(warm: WarmStream, ms = WARM_STREAM_MS): void {
  stopWarmStream();
  if (!live(warm.stream)) return stopTracks(warm.stream);
  held = { warm, timer: setTimeout(stopWarmStream, ms) };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', stopWarmStream);
  // The handler property, as in the camera controller: Firefox did not call listeners for a track's `ended`.
  for (const t of warm.stream.getTracks()) t.onended = stopWarmStream;
}

/** Takes the held stream, if it is still live (the caller then owns it: it uses it or stops it). */
export function takeWarmStream(): WarmStream | null {
  const warm = letGo();
  if (!warm) return null;
  if (live(warm.stream)) return warm;
  stopTracks(warm.stream);
  return null;
}

/** Stops the held stream now, if there is one. */
export function stopWarmStream(): void {
  const warm = letGo();
  if (warm) stopTracks(warm.stream);
}

/** Whether a stream is held now (diagnostics and tests). */
export function warmStreamHeld(): boolean {
  return held !== null;
}
