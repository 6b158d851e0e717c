import { expect } from '@open-wc/testing';
import { DocumentAutoCapture, DocumentBackAutoCapture, findPortrait, frameMotion } from './document-capture.js';

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
  it('frame motion is the mean absolute difference', () => {
    expect(frameMotion(new Uint8Array([0, 10, 20]), new Uint8Array([0, 10, 20]))).to.equal(0);
    expect(frameMotion(new Uint8Array([0, 0]), new Uint8Array([10, 30]))).to.equal(20);
    expect(frameMotion(new Uint8Array([0]), new Uint8Array([0, 1]))).to.equal(Infinity);
  });

  it('captures once after a good, still frame held for the hold time, never while moving or poor', () => {
    const run = (frame: (t: number) => { qualityOk: boolean | null; motion: number }) => {
      const a = new DocumentBackAutoCapture();
      const fired: number[] = [];
      for (let t = 0; t <= 5000; t += 700) if (a.update({ t, ...frame(t) })) fired.push(t);
      return fired;
    };
    const good = run(() => ({ qualityOk: true, motion: 2 }));
    expect(good).to.have.length(1);
    expect(good[0]).to.be.within(1400, 2200);
    expect(run(() => ({ qualityOk: true, motion: 20 }))).to.deep.equal([]);
    expect(run(() => ({ qualityOk: false, motion: 1 }))).to.deep.equal([]);
    expect(run(() => ({ qualityOk: null, motion: 1 }))).to.deep.equal([]);
    expect(run((t) => ({ qualityOk: true, motion: t % 1400 === 0 ? 30 : 1 }))).to.deep.equal([]);
  });
});
