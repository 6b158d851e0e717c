import { expect } from '@open-wc/testing';
import {
  AutoCaptureDecider,
  FaceGuidance,
  framingState,
  toFaceBoxes,
  type FaceBox,
  type GuidanceFrame,
} from './face-guidance.js';

const W = 640;
const H = 480;
const FRAME = 1000 / 30;
const centred = (width = 160, dx = 0, dy = 0, score = 0.9): FaceBox => ({
  x: W / 2 - width / 2 + dx,
  y: H / 2 - width / 2 + dy,
  width,
  height: width,
  score,
});
const frame = (t: number, faces: FaceBox[], brightness: number | null = 120): GuidanceFrame => ({
  t,
  faces,
  width: W,
  height: H,
  brightness,
});

describe('framingState', () => {
  const cases: [string, FaceBox[], number | null, string][] = [
    ['no face', [], 120, 'no_face'],
    ['a low-score face', [centred(160, 0, 0, 0.5)], 120, 'no_face'],
    ['two faces', [centred(), centred(120, 200)], 120, 'multiple_faces'],
    ['a dark frame', [centred()], 20, 'too_dark'],
    ['a small face', [centred(60)], 120, 'too_far'],
    ['a huge face', [centred(460)], 120, 'too_close'],
    ['a face at the edge', [centred(160, 220)], 120, 'off_centre'],
    ['a face too low', [centred(160, 0, 150)], 120, 'off_centre'],
    ['a well framed face', [centred()], 120, 'good'],
    ['a well framed face, brightness unknown', [centred()], null, 'good'],
  ];
  for (const [name, faces, brightness, expected] of cases) {
    it(`${name} → ${expected}`, () => {
      expect(framingState({ faces, width: W, height: H, brightness })).to.equal(expected);
    });
  }
});

describe('toFaceBoxes', () => {
  it('reads MediaPipe detections', () => {
    expect(
      toFaceBoxes([
        { boundingBox: { originX: 10, originY: 20, width: 30, height: 40 }, categories: [{ score: 0.9 }] },
        { categories: [{ score: 0.8 }] },
      ]),
    ).to.deep.equal([{ x: 10, y: 20, width: 30, height: 40, score: 0.9 }]);
  });

  it('gives boxes in the frame’s pixels when the detector was given a smaller picture', () => {
    const detection = {
      boundingBox: { originX: 110, originY: 50, width: 60, height: 61 },
      categories: [{ score: 0.9 }],
    };
    expect(toFaceBoxes([detection], 2)).to.deep.equal([{ x: 220, y: 100, width: 120, height: 122, score: 0.9 }]);
  });
});

describe('AutoCaptureDecider', () => {
  it('fires once after the hold time, resets on interruption, re-arms on reset()', () => {
    const d = new AutoCaptureDecider(700);
    expect(d.update(0, true)).to.equal(false);
    expect(d.update(500, true)).to.equal(false);
    expect(d.update(600, false)).to.equal(false);
    expect(d.update(700, true)).to.equal(false);
    expect(d.update(1399, true)).to.equal(false);
    expect(d.update(1400, true)).to.equal(true);
    expect(d.update(2000, true)).to.equal(false);
    d.reset();
    expect(d.update(2100, true)).to.equal(false);
    expect(d.update(2800, true)).to.equal(true);
  });
});

describe('FaceGuidance', () => {
  function feed(g: FaceGuidance, ms: number, facesAt: (t: number) => FaceBox[], start = 0) {
    const out = [];
    for (let t = start; t < start + ms; t += FRAME) out.push({ t, ...g.update(frame(t, facesAt(t))) });
    return out;
  }

  it('auto-captures a steady, well framed face within ~1.2 s, once', () => {
    const g = new FaceGuidance();
    const updates = feed(g, 3000, (t) => [centred(160, Math.sin(t / 90) * 3)]);
    const captures = updates.filter((u) => u.capture);
    expect(captures).to.have.length(1);
    expect(captures[0]!.t).to.be.within(700, 1300);
    expect(updates[0]!.state).to.equal('hold_still');
    const announced = updates.filter((u) => u.changed).map((u) => u.state);
    expect(announced).to.deep.equal(['hold_still', 'good']);
  });

  it('never captures with no face or with two faces', () => {
    const g = new FaceGuidance();
    expect(feed(g, 3000, () => []).some((u) => u.capture)).to.equal(false);
    expect(feed(g, 3000, () => [centred(), centred(120, 200)], 3000).some((u) => u.capture)).to.equal(false);
  });

  it('restarts the hold when the face leaves, and guides back', () => {
    const g = new FaceGuidance();
    const updates = feed(g, 3000, (t) => (t > 500 && t < 900 ? [] : t < 1500 ? [centred(60)] : [centred()]));
    const states = updates.filter((u) => u.changed).map((u) => u.state);
    expect(states).to.deep.equal(['too_far', 'no_face', 'too_far', 'hold_still', 'good']);
    const capture = updates.find((u) => u.capture);
    expect(capture!.t).to.be.greaterThan(1500 + 700);
  });

  it('does not capture a face that keeps moving', () => {
    const g = new FaceGuidance();
    const updates = feed(g, 4000, (t) => [centred(160, 80 * Math.sin(t / 200))]);
    expect(updates.some((u) => u.capture)).to.equal(false);
  });
});
