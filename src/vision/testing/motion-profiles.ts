/**
 * Test support only: how a hand-held camera (or a hand-held card) moves, as deterministic profiles of
 * the picture's pose over time. The same profiles drive the synthetic trajectories of the unit tests
 * and the clips rendered from real photos for the detector (test/browser/steadiness-clips.test.ts).
 *
 * A pose moves the picture: rotated by `angle` and scaled by `scale` about the frame centre, then
 * shifted by (`dx`, `dy`) pixels of a 640×480 frame.
 */
import type { GreyImage } from '../document-quality.js';
import { prng } from './synthetic-face.js';

export interface Pose {
  dx: number;
  dy: number;
  angle: number;
  scale: number;
}

/** What a steadiness judge must do with a profile. */
export type Expectation =
  /** Auto-capture within the clip (tremor, sway, a still hand). */
  | 'capture'
  /** Never capture during a move; capture once it has settled for the hold time. */
  | 'capture_after_moves'
  /** Never capture (moves too often, or a shaking camera). */
  | 'never';

export interface MotionProfile {
  name: string;
  durationMs: number;
  expect: Expectation;
  /** Sudden moves: [start, end] in ms. */
  moves: readonly (readonly [number, number])[];
  pose(t: number): Pose;
}

const TAU = 2 * Math.PI;

/** Physiological tremor: a few components between 6 and 12 Hz, 3–4 px peak, plus per-frame noise. */
function tremor(seed: number): (t: number) => Pose {
  const rnd = prng(seed);
  const comps = (spec: [number, number][]) => spec.map(([hz, amp]) => ({ hz, amp, phase: rnd() * TAU }));
  const xs = comps([
    [7.3, 1.6],
    [9.4, 1.2],
    [11.8, 0.8],
  ]);
  const ys = comps([
    [6.8, 1.3],
    [8.9, 1.1],
    [12.3, 0.6],
  ]);
  const rot = rnd() * TAU;
  const wave = (cs: typeof xs, s: number) => cs.reduce((sum, c) => sum + c.amp * Math.sin(TAU * c.hz * s + c.phase), 0);
  return (t) => {
    const s = t / 1000;
    const frame = prng(seed * 7919 + Math.round(t / (1000 / 30)));
    return {
      dx: wave(xs, s) + (frame() - 0.5),
      dy: wave(ys, s) + (frame() - 0.5),
      angle: 0.003 * Math.sin(TAU * 8.2 * s + rot),
      scale: 1,
    };
  };
}

const smoothstep = (x: number) => (x <= 0 ? 0 : x >= 1 ? 1 : x * x * (3 - 2 * x));

/** Sudden moves: each [start, end, dx, dy] shifts the picture smoothly within its interval and stays. */
function moves(
  list: readonly (readonly [number, number, number, number])[],
): (t: number) => { dx: number; dy: number } {
  return (t) => {
    let dx = 0;
    let dy = 0;
    for (const [a, b, mx, my] of list) {
      const k = smoothstep((t - a) / (b - a));
      dx += mx * k;
      dy += my * k;
    }
    return { dx, dy };
  };
}

function compose(seed: number, extra: (t: number) => Partial<Pose>): (t: number) => Pose {
  const base = tremor(seed);
  return (t) => {
    const p = base(t);
    const e = extra(t);
    return {
      dx: p.dx + (e.dx ?? 0),
      dy: p.dy + (e.dy ?? 0),
      angle: p.angle + (e.angle ?? 0),
      scale: p.scale * (e.scale ?? 1),
    };
  };
}

/** The profiles, with a seed so every face gets its own tremor phases. */
export function motionProfiles(seed = 1): MotionProfile[] {
  const suddenMoves = [
    [300, 500, 80, 30],
    [1300, 1500, -110, -20],
  ] as const;
  const jerkyMoves = [
    [300, 500, 70, 25],
    [1100, 1300, -70, -25],
    [1900, 2100, 70, 25],
    [2700, 2900, -70, -25],
  ] as const;
  const sudden = moves(suddenMoves);
  const jerky = moves(jerkyMoves);
  const still = prng(seed * 31);
  const stillNoise = Array.from({ length: 200 }, () => [still() - 0.5, still() - 0.5] as const);
  return [
    {
      name: 'still',
      durationMs: 2500,
      expect: 'capture',
      moves: [],
      pose: (t) => {
        const [nx, ny] = stillNoise[Math.round(t / (1000 / 30)) % stillNoise.length]!;
        return { dx: nx * 0.6, dy: ny * 0.6, angle: 0, scale: 1 };
      },
    },
    { name: 'tremor', durationMs: 2500, expect: 'capture', moves: [], pose: tremor(seed) },
    {
      name: 'sway',
      durationMs: 3000,
      expect: 'capture',
      moves: [],
      pose: compose(seed + 1, (t) => {
        const s = t / 1000;
        return {
          dx: 14 * Math.sin(TAU * 0.3 * s + seed),
          dy: 8 * Math.sin(TAU * 0.45 * s + 2 * seed),
          angle: 0.01 * Math.sin(TAU * 0.25 * s),
          scale: 1 + 0.02 * Math.sin(TAU * 0.22 * s + seed),
        };
      }),
    },
    {
      name: 'sudden',
      durationMs: 3600,
      expect: 'capture_after_moves',
      moves: suddenMoves.map(([a, b]) => [a, b] as const),
      pose: compose(seed + 2, sudden),
    },
    {
      name: 'jerky',
      durationMs: 3400,
      expect: 'never',
      moves: jerkyMoves.map(([a, b]) => [a, b] as const),
      pose: compose(seed + 3, jerky),
    },
    {
      name: 'shake',
      durationMs: 3000,
      expect: 'never',
      moves: [],
      pose: (t) => {
        const s = t / 1000;
        return {
          dx: 14 * Math.sin(TAU * 3.5 * s + seed),
          dy: 10 * Math.sin(TAU * 4.6 * s),
          angle: 0.025 * Math.sin(TAU * 3.1 * s),
          scale: 1,
        };
      },
    },
  ];
}

/** Maps a point of the still picture (frame pixels) to where the pose puts it. */
export function applyPose(p: Pose, x: number, y: number, width = 640, height = 480): [number, number] {
  const cx = width / 2;
  const cy = height / 2;
  const c = Math.cos(p.angle) * p.scale;
  const s = Math.sin(p.angle) * p.scale;
  const ux = x - cx;
  const uy = y - cy;
  return [cx + c * ux - s * uy + p.dx, cy + s * ux + c * uy + p.dy];
}

/** Where the pose's picture point at frame pixel (x, y) comes from in the still picture. */
export function unapplyPose(p: Pose, x: number, y: number, width = 640, height = 480): [number, number] {
  const cx = width / 2;
  const cy = height / 2;
  const c = Math.cos(-p.angle) / p.scale;
  const s = Math.sin(-p.angle) / p.scale;
  const ux = x - cx - p.dx;
  const uy = y - cy - p.dy;
  return [cx + c * ux - s * uy, cy + s * ux + c * uy];
}

/** Whether `t` falls in a sudden move of the profile. */
export function inMove(profile: MotionProfile, t: number): boolean {
  return profile.moves.some(([a, b]) => t >= a && t <= b);
}

/** A smooth textured scene: grey level at pixel (x, y) of a 640×480 frame. */
export const texturedScene = (x: number, y: number): number =>
  128 +
  35 * Math.sin(0.045 * x + 0.02 * y) +
  30 * Math.sin(0.03 * x - 0.05 * y + 1) +
  20 * Math.sin(0.07 * x + 0.06 * y + 2);

/** A 64×48 thumbnail of a scene seen through a pose (each pixel averages 4 points of its 10×10 cell). */
export function thumbOf(pose: Pose, paint: (x: number, y: number) => number = texturedScene): GreyImage {
  const w = 64;
  const h = 48;
  const data = new Uint8Array(w * h);
  const offsets = [2.5, 7.5];
  for (let v = 0; v < h; v++)
    for (let u = 0; u < w; u++) {
      let sum = 0;
      for (const ox of offsets)
        for (const oy of offsets) {
          const [x, y] = unapplyPose(pose, u * 10 + ox, v * 10 + oy);
          sum += paint(x, y);
        }
      data[v * w + u] = Math.max(0, Math.min(255, Math.round(sum / 4)));
    }
  return { data, width: w, height: h };
}
