/**
 * Test support only: a synthetic 478-point face whose key landmarks come from a small 3D model that
 * can turn its head, close its eyes and smile, projected like FaceLandmarker's normalised output
 * (x, y in [0, 1], z in frame-width units, smaller = closer). Points not modelled sit on the nose.
 */
import type { Landmark } from '../geometry.js';

type V3 = [number, number, number];

// Face frame: x to the image right, y down, z away from the camera; unit = half the face width.
const MODEL: Record<number, V3> = {
  1: [0, 0.1, -0.9], // nose tip
  4: [0, 0, -0.8],
  10: [0, -1.0, -0.3], // forehead
  152: [0, 1.2, -0.3], // chin
  234: [-1, 0, 0.3], // contour, image left
  454: [1, 0, 0.3], // contour, image right
  33: [-0.6, -0.3, -0.2],
  133: [-0.2, -0.3, -0.3],
  159: [-0.4, -0.37, -0.35],
  145: [-0.4, -0.23, -0.35],
  263: [0.6, -0.3, -0.2],
  362: [0.2, -0.3, -0.3],
  386: [0.4, -0.37, -0.35],
  374: [0.4, -0.23, -0.35],
  105: [-0.4, -0.55, -0.3],
  334: [0.4, -0.55, -0.3],
  61: [-0.47, 0.6, -0.4],
  291: [0.47, 0.6, -0.4],
  13: [0, 0.55, -0.45],
  14: [0, 0.65, -0.45],
};

/** Pose and expression of the synthetic face. */
export interface FacePose {
  /** Degrees; + = the person turns to their own left (nose toward the image right). */
  yaw?: number;
  /** 0 open … 1 fully closed. */
  eyesClosed?: number;
  /** 0 neutral … 1 full smile. */
  smile?: number;
  /** Centre in normalised coordinates. */
  cx?: number;
  cy?: number;
  /** Half face width as a fraction of the frame height. */
  scale?: number;
  /** In-plane roll, degrees. */
  roll?: number;
  /** Frame width / height. */
  aspect?: number;
  /** Std of Gaussian-ish landmark jitter, in normalised units. */
  jitter?: number;
  /** Seed for the jitter. */
  seed?: number;
}

/** Deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 478 landmarks for the pose. */
export function syntheticFace(pose: FacePose = {}): Landmark[] {
  const {
    yaw = 0,
    eyesClosed = 0,
    smile = 0,
    cx = 0.5,
    cy = 0.5,
    scale = 0.2,
    roll = 0,
    aspect = 4 / 3,
    jitter = 0,
    seed = 1,
  } = pose;
  const rand = prng(seed);
  const noise = (): number => (jitter ? (rand() + rand() + rand() - 1.5) * 2 * jitter : 0);
  const th = (yaw * Math.PI) / 180;
  const rr = (roll * Math.PI) / 180;
  const pts: Record<number, V3> = {};
  for (const [k, v] of Object.entries(MODEL)) pts[Number(k)] = [...v];
  // Expression, in the face frame.
  for (const [up, low] of [
    [159, 145],
    [386, 374],
  ] as const) {
    pts[up]![1] += (pts[low]![1] - pts[up]![1]) * 0.8 * eyesClosed;
  }
  for (const k of [61, 291]) {
    pts[k]![0] *= 1 + 0.22 * smile;
    pts[k]![1] -= 0.06 * smile;
  }
  const project = ([x, y, z]: V3): Landmark => {
    const xr = x * Math.cos(th) - z * Math.sin(th);
    const zr = x * Math.sin(th) + z * Math.cos(th);
    const xi = xr * Math.cos(rr) - y * Math.sin(rr);
    const yi = xr * Math.sin(rr) + y * Math.cos(rr);
    return { x: cx + (scale * xi) / aspect + noise(), y: cy + scale * yi + noise(), z: (scale * zr) / aspect };
  };
  const nose = project(pts[1]!);
  const out: Landmark[] = Array.from({ length: 478 }, () => ({ ...nose }));
  for (const [k, v] of Object.entries(pts)) out[Number(k)] = project(v);
  return out;
}

/**
 * A flat photo of the frontal face, moved rigidly in the image (shift, scale, roll), plus jitter:
 * what the landmarker sees when a still picture is held to the camera.
 */
export function photoOfFace(t: number, seed = 7): Landmark[] {
  return syntheticFace({
    cx: 0.5 + 0.03 * Math.sin(t / 700),
    cy: 0.5 + 0.02 * Math.sin(t / 900),
    scale: 0.2 * (1 + 0.05 * Math.sin(t / 1100)),
    roll: 4 * Math.sin(t / 800),
    jitter: 0.0004,
    seed: seed + Math.round(t),
  });
}
