/**
 * Landmark helpers over MediaPipe's 478-point face mesh (normalised coordinates: x, y in [0, 1] of
 * the frame, z roughly in units of the frame width, smaller = closer to the camera).
 * Pure functions, no DOM.
 */

/** A landmark as FaceLandmarker returns it (only x, y, z are read). */
export interface Landmark {
  x: number;
  y: number;
  z?: number;
}

/** Mesh indices used by the liveness signals (image left/right = camera image, not mirrored). */
export const MESH = {
  noseTip: 1,
  /** Face-contour point at the image-left edge of the face (the person's right cheek). */
  cheekImageLeft: 234,
  /** Face-contour point at the image-right edge (the person's left cheek). */
  cheekImageRight: 454,
  mouthLeft: 61,
  mouthRight: 291,
  /** Eye on the image left (the person's right eye): outer corner, inner corner, upper lid, lower lid. */
  eyeA: { outer: 33, inner: 133, upper: 159, lower: 145 },
  /** Eye on the image right (the person's left eye). */
  eyeB: { outer: 263, inner: 362, upper: 386, lower: 374 },
  forehead: 10,
  chin: 152,
} as const;

/**
 * Euclidean distance in the image plane. `aspect` = frame width / height makes x and y the same unit
 * (normalised coordinates stretch x by the frame's width and y by its height).
 */
export function distance(a: Landmark, b: Landmark, aspect = 1): number {
  return Math.hypot((a.x - b.x) * aspect, a.y - b.y);
}

/** Returns landmark `i`, or throws when the set is too short (a wrong model or a partial result). */
export function point(landmarks: readonly Landmark[], i: number): Landmark {
  const p = landmarks[i];
  if (!p) throw new RangeError(`landmark ${i} missing (got ${landmarks.length} points)`);
  return p;
}

/** Median of a list (NaN when empty). Does not modify the input. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Mean of a list (NaN when empty). */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Width of the face between the two contour points 234 and 454 (image plane). */
export function faceWidth(landmarks: readonly Landmark[], aspect = 1): number {
  return distance(point(landmarks, MESH.cheekImageLeft), point(landmarks, MESH.cheekImageRight), aspect);
}

/** Axis-aligned bounding box of the landmarks, normalised. */
export function boundingBox(landmarks: readonly Landmark[]): { x: number; y: number; width: number; height: number } {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of landmarks) {
    if (p.x < minX) minX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.x > maxX) maxX = p.x;
    if (p.y > maxY) maxY = p.y;
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Points whose relative positions describe the face's shape (eyes, nose, mouth, contour, brows). */
export const SHAPE_POINTS = [
  1, 4, 10, 33, 61, 105, 133, 145, 152, 159, 234, 263, 291, 334, 362, 374, 386, 454, 13, 14,
] as const;

/**
 * The face's shape with position, scale and in-plane rotation removed: the {@link SHAPE_POINTS}
 * expressed in a frame whose origin is the midpoint of the outer eye corners, whose x axis runs
 * from eye corner 33 to 263 and whose unit is the distance between them. A rigid photo moved,
 * scaled or tilted in front of the camera keeps this vector (almost) constant; a live face does not.
 */
export function normalizedShape(landmarks: readonly Landmark[], aspect = 1): number[] {
  const a = point(landmarks, MESH.eyeA.outer);
  const b = point(landmarks, MESH.eyeB.outer);
  const ox = ((a.x + b.x) / 2) * aspect;
  const oy = (a.y + b.y) / 2;
  const ux = (b.x - a.x) * aspect;
  const uy = b.y - a.y;
  const len2 = ux * ux + uy * uy || 1;
  const out: number[] = [];
  for (const i of SHAPE_POINTS) {
    const p = point(landmarks, i);
    const dx = p.x * aspect - ox;
    const dy = p.y - oy;
    out.push((dx * ux + dy * uy) / len2, (dy * ux - dx * uy) / len2);
  }
  return out;
}
