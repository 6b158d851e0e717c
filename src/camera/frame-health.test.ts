import { expect } from '@open-wc/testing';
import { FrameHealth, meanAbsDifference, meanLuminance, toGrey, type FrameVerdict } from './frame-health.js';

const SIZE = 32 * 24;

/** A deterministic pseudo-random generator (tests must not depend on Math.random). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A thumbnail of a scene with a given mean and per-pixel sensor noise (±noise levels). */
function scene(mean: number, noise: number, random: () => number): Uint8Array {
  const g = new Uint8Array(SIZE);
  for (let i = 0; i < SIZE; i++) {
    const base = mean + ((i % 32) - 16) * 0.5; // a gentle gradient, like a wall under a lamp
    g[i] = Math.max(0, Math.min(255, Math.round(base + (random() * 2 - 1) * noise)));
  }
  return g;
}

/** Feeds samples every 300 ms for `ms`, returns the verdicts and the time of the first non-ok one. */
function run(frames: (i: number) => Uint8Array | null, ms = 6000, health = new FrameHealth()) {
  const verdicts: FrameVerdict[] = [];
  let firstBad: number | null = null;
  for (let t = 0, i = 0; t <= ms; t += 300, i++) {
    const v = health.push({ t, grey: frames(i) });
    verdicts.push(v);
    if (v !== 'ok' && firstBad === null) firstBad = t;
  }
  return { verdicts, firstBad, last: verdicts[verdicts.length - 1] };
}

describe('frame health', () => {
  it('grey levels, mean luminance and frame difference', () => {
    const rgba = new Uint8ClampedArray([255, 255, 255, 255, 0, 0, 0, 255, 255, 0, 0, 255]);
    const g = toGrey(rgba);
    expect([...g]).to.deep.equal([255, 0, 76]);
    expect(meanLuminance(g)).to.be.closeTo(110.33, 0.01);
    expect(meanAbsDifference(g, new Uint8Array([255, 0, 76]))).to.equal(0);
    expect(meanAbsDifference(g, new Uint8Array([250, 5, 76]))).to.be.closeTo(10 / 3, 1e-9);
    expect(meanAbsDifference(g, new Uint8Array(2)), 'different sizes').to.equal(Infinity);
  });

  it('a live camera on a still scene is healthy: its sensor noise changes every sample', () => {
    const random = rng(1);
    expect(run(() => scene(120, 2, random)).firstBad).to.equal(null);
  });

  it('a live camera in dim light is healthy (dark is a hint for the applicant, not a camera problem)', () => {
    const random = rng(2);
    expect(run(() => scene(20, 3, random)).firstBad).to.equal(null);
  });

  it('black frames for the whole window: black, not before the window is over', () => {
    const random = rng(3);
    const r = run(() => scene(3, 2, random));
    expect(r.last).to.equal('black');
    expect(r.firstBad).to.be.at.least(3000);
    expect(
      r.verdicts.filter((v) => v === 'frozen'),
      'noisy black is black, not frozen',
    ).to.have.length(0);
  });

  it('black and identical frames (a closed privacy shutter): black', () => {
    const black = new Uint8Array(SIZE);
    expect(run(() => black).last).to.equal('black');
  });

  it('identical frames of a lit scene: frozen', () => {
    const still = scene(120, 10, rng(4));
    const r = run(() => still);
    expect(r.last).to.equal('frozen');
    expect(r.firstBad).to.be.at.least(3000);
  });

  it('no frame at all (the video never got a picture): frozen', () => {
    expect(run(() => null).last).to.equal('frozen');
  });

  it('dark while the camera adjusts, then a picture: healthy', () => {
    const random = rng(5);
    const r = run((i) => (i < 6 ? scene(2, 1, random) : scene(110, 2, random)));
    expect(r.firstBad).to.equal(null);
  });

  it('a picture that freezes mid-step is caught; one that moves again is forgiven before the window', () => {
    const random = rng(6);
    const stuck = scene(100, 5, random);
    expect(run((i) => (i < 5 ? scene(100, 5, random) : stuck)).last).to.equal('frozen');
    // Frozen for 2.4 s, then live again, then frozen for 2.4 s: never 3 s in a row.
    const pattern = (i: number) => (i % 16 < 8 ? stuck : scene(100, 5, random));
    expect(run(pattern, 9000).firstBad).to.equal(null);
  });

  it('reset forgets the run so far (a new stream, or the page was hidden)', () => {
    const h = new FrameHealth();
    const black = new Uint8Array(SIZE);
    for (let t = 0; t <= 2700; t += 300) expect(h.push({ t, grey: black })).to.equal('ok');
    h.reset();
    for (let t = 3000; t < 6000; t += 300) expect(h.push({ t, grey: black }), `${t}`).to.equal('ok');
    expect(h.push({ t: 6000, grey: black })).to.equal('black');
  });

  it('a page too busy to sample often cannot judge: long gaps between samples start the run again', () => {
    // Timers starved to one tick every 1.5 s: the preview is not repainted either, so it looks frozen.
    const still = scene(120, 10, rng(7));
    const starved = new FrameHealth();
    for (let t = 0; t <= 30_000; t += 1500) expect(starved.push({ t, grey: still })).to.equal('ok');
    // Two samples 3 s apart are not enough either, even without a long gap rule.
    const sparse = new FrameHealth({ maxGapMs: 10_000 });
    expect(sparse.push({ t: 0, grey: still })).to.equal('ok');
    expect(sparse.push({ t: 3000, grey: still })).to.equal('ok');
  });

  it('the window and the sample count can be shortened (tests)', () => {
    const h = new FrameHealth({ windowMs: 600, minSamples: 2 });
    const black = new Uint8Array(SIZE);
    expect(h.push({ t: 0, grey: black })).to.equal('ok');
    expect(h.push({ t: 600, grey: black })).to.equal('black');
  });
});
