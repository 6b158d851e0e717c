/**
 * Can this browser run on-device face detection at all? Checked before anything is downloaded.
 *
 * `@mediapipe/tasks-vision` 0.10.35 needs three things, even with the CPU delegate:
 *  - WebAssembly;
 *  - wasm SIMD (only the SIMD build is served; iOS Safari before 16.4 has none);
 *  - a WebGL context: every image (video, canvas, `ImageBitmap`, even `ImageData`) enters the graph as a
 *    GL texture (`_addBoundTextureAsImageToStream`; the wasm exports no CPU image input). Without WebGL the
 *    tasks still get created (the graph runs on XNNPACK) but every `detect()` throws (`GLctx is undefined`
 *    in Firefox, `Cannot read properties of undefined (reading 'activeTexture')` in Chromium).
 *
 * The WebGL probe mirrors the canvas MediaPipe itself picks: an `OffscreenCanvas` where there is one (and
 * not Safari before 17), else a `<canvas>`. The probe's context is released at once.
 */
import { simd } from 'wasm-feature-detect';

/** Why on-device vision cannot run here. */
export type VisionUnsupportedReason = 'no_webassembly' | 'no_simd' | 'no_webgl';

/** True when MediaPipe would draw on an `OffscreenCanvas` here (its own rule: not Safari before 17). */
export function mediapipeUsesOffscreenCanvas(userAgent: string, hasOffscreenCanvas: boolean): boolean {
  if (!hasOffscreenCanvas) return false;
  const safari = userAgent.includes('Safari') && !userAgent.includes('Chrome');
  if (!safari) return true;
  const version = /Version\/(\d+).*Safari/.exec(userAgent);
  return version !== null && Number(version[1]) >= 17;
}

type GlContext = WebGLRenderingContext | WebGL2RenderingContext;

/** Whether a WebGL (2 or 1) context can be created on the kind of canvas MediaPipe will use. */
export function canCreateWebGl(): boolean {
  const offscreen = mediapipeUsesOffscreenCanvas(navigator.userAgent, typeof OffscreenCanvas !== 'undefined');
  const canvas: HTMLCanvasElement | OffscreenCanvas = offscreen
    ? new OffscreenCanvas(1, 1)
    : Object.assign(document.createElement('canvas'), { width: 1, height: 1 });
  let gl: GlContext | null = null;
  try {
    gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as GlContext | null;
  } catch {
    gl = null;
  }
  if (!gl) return false;
  gl.getExtension('WEBGL_lose_context')?.loseContext(); // browsers keep only a few live contexts
  return true;
}

let cached: Promise<VisionUnsupportedReason | null> | undefined;

/**
 * `null` when on-device vision can run, else the first missing piece. The answer is kept for the page's
 * life (none of these changes while it is open), except that a WebGL failure is probed again each time.
 */
export async function visionUnsupportedReason(): Promise<VisionUnsupportedReason | null> {
  cached ??= (async () => {
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.validate !== 'function') return 'no_webassembly';
    return (await simd()) ? null : 'no_simd';
  })();
  return (await cached) ?? (canCreateWebGl() ? null : 'no_webgl');
}
