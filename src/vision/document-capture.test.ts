import { expect } from '@open-wc/testing';
import { DocumentAutoCapture, DocumentBackAutoCapture, findPortrait } from './document-capture.js';
import { inMove, motionProfiles, thumbOf, type MotionProfile } from './testing/motion-profiles.js';

const box = (x: number, width: number, score = 0.9) => ({ x, y: 100, width, height: width * 1.2, score });

describe('document auto-capture', () => {
  it('a portrait is one face of a document portrait size', () => {
    expect(findPortrait([box(100, 60)], 640)).to.not.equal(null);
    expect(findPortrait([box(100, 20)], 640), 'too small to read the document').to.equal(null);
    expect(findPortrait([box(100, 300)], 640), "a person's face, not a card").to.equal(null);
    expect(findPortrait([box(100, 60), box(300, 60)], 640), 'two faces').to.equal(null);
    expect(findPortrait([box(100, 60, 0.5)], 640), 'weak detection').to.equal(null);
  });

  it('captures once the portrait has been steady and the quality good for the hold time', () => {
    const a = new DocumentAutoCapture();
    let fired = -1;
    for (let t = 0; t <= 3000; t += 33) {
      const r = a.update({ t, faces: [box(200 + (t % 2), 60)], width: 640, qualityOk: true });
      if (r.capture) {
        expect(fired, 'fires once').to.equal(-1);
        fired = t;
      }
    }
    expect(fired).to.be.within(900, 1700);
  });

  it('never captures without a portrait, with poor quality, or while moving', () => {
    const cases = [
      (t: number) => ({ t, faces: [], width: 640, qualityOk: true }),
      (t: number) => ({ t, faces: [box(200, 60)], width: 640, qualityOk: false }),
      (t: number) => ({ t, faces: [box(200, 60)], width: 640, qualityOk: null }),
      (t: number) => ({ t, faces: [box(100 + ((t / 10) % 200), 60)], width: 640, qualityOk: true }),
    ];
    for (const frame of cases) {
      const a = new DocumentAutoCapture();
      let any = false;
      for (let t = 0; t <= 4000; t += 33) any ||= a.update(frame(t)).capture;
      expect(any).to.equal(false);
    }
  });

  it('a lost portrait starts the hold again', () => {
    const a = new DocumentAutoCapture();
    let t = 0;
    for (; t < 800; t += 33)
      expect(a.update({ t, faces: [box(200, 60)], width: 640, qualityOk: true }).capture).to.equal(false);
    a.update({ t, faces: [], width: 640, qualityOk: true });
    let fired = -1;
    for (t += 33; t < 4000 && fired < 0; t += 33)
      if (a.update({ t, faces: [box(200, 60)], width: 640, qualityOk: true }).capture) fired = t;
    expect(fired).to.be.greaterThan(800 + 900);
  });
});

describe('document back auto-capture', () => {
  const still = { dx: 0, dy: 0, angle: 0, scale: 1 };
  /** Samples every 100 ms as the capture step does; returns the capture times. */
  const run = (ms: number, frame: (t: number) => Omit<Parameters<DocumentBackAutoCapture['update']>[0], 't'>) => {
    const a = new DocumentBackAutoCapture();
    const fired: number[] = [];
    for (let t = 0; t <= ms; t += 100) if (a.update({ t, ...frame(t) })) fired.push(t);
    return fired;
  };

  it('captures once after a good, steady frame held for the hold time, never with poor quality', () => {
    const good = run(5000, () => ({ qualityOk: true, thumb: thumbOf(still) }));
    expect(good).to.have.length(1);
    expect(good[0]).to.be.within(1000, 2000);
    expect(run(5000, () => ({ qualityOk: false, thumb: thumbOf(still) }))).to.deep.equal([]);
    expect(run(5000, () => ({ qualityOk: null, thumb: thumbOf(still) }))).to.deep.equal([]);
  });

  it('restarts the hold when something enters the picture', () => {
    const hand = (x: number, y: number) => (x > 200 && x < 440 && y > 100 && y < 420 ? 40 : thumbOfScene(x, y));
    const thumbOfScene = (x: number, y: number) => 128 + 60 * Math.sin(0.05 * x) * Math.cos(0.04 * y);
    const fired = run(4000, (t) => ({
      qualityOk: true,
      thumb: thumbOf(still, t >= 1200 && t < 1300 ? hand : thumbOfScene),
    }));
    expect(fired).to.have.length(1);
    expect(fired[0]).to.be.greaterThan(1300 + 1000);
  });

  const expectations = (profile: MotionProfile, fired: number[]) => {
    if (profile.expect === 'never') expect(fired, 'captured').to.deep.equal([]);
    else expect(fired, 'not captured').to.have.length(1);
    if (profile.expect === 'capture') expect(fired[0]).to.be.at.most(2500);
    if (profile.expect === 'capture_after_moves') {
      expect(inMove(profile, fired[0]!), 'captured during a move').to.equal(false);
      expect(fired[0]).to.be.at.least(Math.max(...profile.moves.map(([, b]) => b)) + 1000);
    }
  };
  for (const seed of [1, 2, 3])
    for (const profile of motionProfiles(seed))
      it(`the hand-held card, ${profile.name} (seed ${seed}): ${profile.expect}`, () => {
        // A back stays in view 1 s longer than a selfie clip: the hold is longer.
        const ms = profile.durationMs + (profile.expect === 'never' ? 0 : 1000);
        expectations(
          profile,
          run(ms, (t) => ({ qualityOk: true, thumb: thumbOf(profile.pose(t)) })),
        );
      });
});
