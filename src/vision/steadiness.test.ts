import { expect } from '@open-wc/testing';
import { FaceGuidance, type FaceBox } from './face-guidance.js';
import { DEFAULT_STEADINESS, estimateShift, FrameMotionMeter, SteadinessJudge } from './steadiness.js';
import {
  applyPose,
  inMove,
  motionProfiles,
  texturedScene as scene,
  thumbOf,
  type MotionProfile,
  type Pose,
} from './testing/motion-profiles.js';
import { prng } from './testing/synthetic-face.js';

const FRAME = 1000 / 30;
const W = 640;
const H = 480;

const still: Pose = { dx: 0, dy: 0, angle: 0, scale: 1 };

describe('estimateShift', () => {
  it('measures a sub-pixel translation of a textured picture', () => {
    for (const [dx, dy] of [
      [0, 0],
      [3, 0],
      [0, -4.5],
      [6.3, 7.7],
      [-14, 9],
    ] as const) {
      const s = estimateShift(thumbOf(still), thumbOf({ ...still, dx, dy }));
      expect(s.dx * 10, `dx for ${dx},${dy}`).to.be.closeTo(dx, 1.5);
      expect(s.dy * 10, `dy for ${dx},${dy}`).to.be.closeTo(dy, 1.5);
      expect(s.shift).to.be.closeTo(Math.hypot(dx, dy) / 640, 0.003);
      expect(s.saturated).to.equal(false);
      expect(s.change).to.be.lessThan(2);
    }
  });

  it('ignores a change of exposure, reports no move on a flat picture, saturates on a big jump', () => {
    const brighter = estimateShift(
      thumbOf(still),
      thumbOf(still, (x, y) => scene(x, y) + 25),
    );
    expect(brighter.shift).to.be.lessThan(0.001);
    expect(brighter.change).to.be.lessThan(2);
    const flat = thumbOf(still, () => 90);
    expect(estimateShift(flat, flat)).to.include({ dx: 0, dy: 0, shift: 0, saturated: false });
    const jump = estimateShift(thumbOf(still), thumbOf({ ...still, dx: 120 }));
    expect(jump.saturated).to.equal(true);
    expect(jump.shift).to.be.at.least(4 / 64);
  });

  it('reports what the translation leaves unexplained (something entered the picture)', () => {
    // A dark hand over a third of the picture.
    const entered = (x: number, y: number) => (x > 200 && x < 420 && y > 100 && y < 480 ? 30 : scene(x, y));
    const s = estimateShift(thumbOf(still), thumbOf(still, entered));
    expect(s.change).to.be.greaterThan(DEFAULT_STEADINESS.maxFrameChange);
  });

  it('refuses thumbnails of different sizes', () => {
    const a = thumbOf(still);
    expect(() => estimateShift(a, { data: new Uint8Array(32 * 24), width: 32, height: 24 })).to.throw(RangeError);
  });
});

describe('FrameMotionMeter', () => {
  it('adds the frame-to-frame steps into a path (frame widths), restarting on reset', () => {
    const meter = new FrameMotionMeter();
    expect(meter.push(0, thumbOf(still))).to.equal(null);
    let last = null;
    for (let k = 1; k <= 10; k++) last = meter.push(k * FRAME, thumbOf({ ...still, dx: 2 * k }));
    expect(last!.x).to.be.closeTo(20 / 640, 0.004);
    expect(last!.y).to.be.closeTo(0, 0.003);
    meter.reset();
    expect(meter.push(400, thumbOf(still))).to.equal(null);
  });
});

describe('SteadinessJudge', () => {
  const box = (cx: number, cy: number, w: number) => ({ x: cx - w / 2, y: cy - w / 2, width: w, height: w });

  it('fills its window before calling anything steady', () => {
    const j = new SteadinessJudge();
    expect(j.push({ t: 0, face: box(320, 240, 200) }).reason).to.equal('filling');
    expect(j.push({ t: 200, face: box(320, 240, 200) }).reason).to.equal('filling');
    let v = j.push({ t: 300, face: box(320, 240, 200) });
    for (let t = 333; t <= 500; t += FRAME) v = j.push({ t, face: box(320, 240, 200) });
    expect(v.steady).to.equal(true);
  });

  it('tells tremor and detector jitter from a sudden move, a zoom and a shaking face', () => {
    const run = (centre: (t: number) => [number, number, number]) => {
      const j = new SteadinessJudge();
      const rnd = prng(5);
      const verdicts = [];
      for (let t = 0; t <= 1200; t += FRAME) {
        const [cx, cy, w] = centre(t);
        verdicts.push(
          j.push({ t, face: box(cx + (rnd() - 0.5) * 4, cy + (rnd() - 0.5) * 4, w * (1 + (rnd() - 0.5) * 0.03)) }),
        );
      }
      return verdicts.slice(-12);
    };
    const tremor = run((t) => [320 + 4 * Math.sin(t / 20), 240 + 3 * Math.cos(t / 17), 200]);
    expect(tremor.every((v) => v.steady)).to.equal(true);
    const jump = run((t) => [t < 900 ? 320 : 400, 240, 200]);
    expect(jump.some((v) => v.reason === 'drift')).to.equal(true);
    const zoom = run((t) => [320, 240, 200 * (1 + t / 1000)]);
    expect(zoom.some((v) => v.reason === 'scale')).to.equal(true);
    const shaking = run((t) => [320 + 30 * Math.sin((t / 1000) * 2 * Math.PI * 4), 240, 200]);
    expect(shaking.some((v) => v.reason === 'jitter' || v.reason === 'drift')).to.equal(true);
  });

  it('goes back to filling after a reset and after time runs backwards', () => {
    const j = new SteadinessJudge();
    for (let t = 0; t <= 600; t += FRAME) j.push({ t, face: box(320, 240, 200) });
    j.reset();
    expect(j.push({ t: 700, face: box(320, 240, 200) }).reason).to.equal('filling');
    for (let t = 733; t <= 1400; t += FRAME) j.push({ t, face: box(320, 240, 200) });
    expect(j.push({ t: 100, face: box(320, 240, 200) }).reason).to.equal('filling');
  });
});

/** Detector-like face boxes for a profile: the pose applied to a centred face, plus detector noise. */
function faceAt(profile: MotionProfile, t: number, width: number, rnd: () => number): FaceBox {
  const pose = profile.pose(t);
  const [cx, cy] = applyPose(pose, W / 2, H / 2 - 10);
  const w = width * pose.scale * (1 + (rnd() - 0.5) * 0.03);
  return {
    x: cx - w / 2 + (rnd() - 0.5) * width * 0.02,
    y: cy - w / 2 + (rnd() - 0.5) * width * 0.02,
    width: w,
    height: w * 1.1,
    score: 0.9,
  };
}

/** Runs FaceGuidance over a profile; returns the capture time (or null) and the frames it took. */
function runGuidance(profile: MotionProfile, faceWidth: number, seed: number) {
  const g = new FaceGuidance();
  const rnd = prng(seed);
  for (let k = 0; k * FRAME <= profile.durationMs; k++) {
    const t = k * FRAME;
    const u = g.update({
      t,
      faces: [faceAt(profile, t, faceWidth, rnd)],
      width: W,
      height: H,
      brightness: 120,
      thumb: thumbOf(profile.pose(t)),
    });
    if (u.capture) return { t, frames: k + 1 };
  }
  return null;
}

describe('FaceGuidance steadiness over motion profiles (synthetic trajectories)', function () {
  this.timeout(60000);
  const hold = new FaceGuidance().config.captureAfterMs;
  for (const faceWidth of [130, 220, 330]) {
    for (const seed of [1, 2]) {
      for (const profile of motionProfiles(seed)) {
        it(`${profile.name}, face ${faceWidth} px, seed ${seed}: ${profile.expect}`, () => {
          const capture = runGuidance(profile, faceWidth, seed * 100 + faceWidth);
          if (profile.expect === 'never') expect(capture, 'captured').to.equal(null);
          else expect(capture, 'not captured').to.not.equal(null);
          if (profile.expect === 'capture') expect(capture!.frames).to.be.at.most(50);
          if (profile.expect === 'capture_after_moves') {
            expect(inMove(profile, capture!.t), 'captured during a move').to.equal(false);
            const lastEnd = Math.max(...profile.moves.map(([, b]) => b));
            expect(capture!.t).to.be.at.least(lastEnd + hold);
          }
        });
      }
    }
  }
});
