import { expect } from '@open-wc/testing';
import { halvingSteps, sourceSize, ThumbnailSampler } from './thumbnail.js';

/**
 * Fine print's worst case: a canvas of black and white pixels in a fixed pseudo-random pattern, moved
 * `offset` pixels to the right.
 */
function print(offset: number, width = 640, height = 480): HTMLCanvasElement {
  const canvas = Object.assign(document.createElement('canvas'), { width, height });
  const ctx = canvas.getContext('2d')!;
  const image = ctx.createImageData(width, height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const u = x - offset;
      const hash = Math.imul(u * 374761393 + y * 668265263, 1274126177) >>> 0;
      const v = (hash >>> 13) & 1 ? 255 : 0;
      const i = (y * width + x) * 4;
      image.data[i] = image.data[i + 1] = image.data[i + 2] = v;
      image.data[i + 3] = 255;
    }
  ctx.putImageData(image, 0, 0);
  return canvas;
}

const mean = (a: Uint8Array) => a.reduce((s, v) => s + v, 0) / a.length;
const meanAbsDiff = (a: Uint8Array, b: Uint8Array) => a.reduce((s, v, i) => s + Math.abs(v - b[i]!), 0) / a.length;

describe('thumbnails', () => {
  it('a camera frame is halved down to just above the thumbnail, then drawn at its size', () => {
    expect(halvingSteps({ width: 640, height: 480 }, { width: 64, height: 48 })).to.deep.equal([
      { width: 320, height: 240 },
      { width: 160, height: 120 },
      { width: 80, height: 60 },
    ]);
    // Both sides must stay at least the thumbnail's: 1080 stops the halving at 120×68.
    expect(halvingSteps({ width: 1920, height: 1080 }, { width: 64, height: 48 }).at(-1)).to.deep.equal({
      width: 120,
      height: 68,
    });
    expect(halvingSteps({ width: 100, height: 75 }, { width: 64, height: 48 })).to.deep.equal([]);
  });

  it('reduces a frame by the thumbnail’s own steps, and the thumbnail of the reduced frame is the same', () => {
    const sampler = new ThumbnailSampler();
    const frame = print(3);
    const half = sampler.reduce(frame, 320);
    expect([half.width, half.height]).to.deep.equal([320, 240]);
    expect(sourceSize(half.image)).to.deep.equal({ width: 320, height: 240 });
    const fromHalf = Uint8Array.from(sampler.sample(half.image)!.data);
    const fromFrame = Uint8Array.from(new ThumbnailSampler().sample(frame)!.data);
    expect(meanAbsDiff(fromHalf, fromFrame)).to.equal(0);
    // Not halved below the width asked for; a picture already that small is returned as it is.
    expect(sampler.reduce(frame, 321).image).to.equal(frame);
    // With copy, a frame not halved is drawn on a canvas of its own size, with the same thumbnail.
    const copy = sampler.reduce(frame, 640, true);
    expect(copy.image).to.not.equal(frame);
    expect(sourceSize(copy.image)).to.deep.equal({ width: 640, height: 480 });
    expect(meanAbsDiff(Uint8Array.from(sampler.sample(copy.image)!.data), fromFrame)).to.equal(0);
    const hd = Object.assign(document.createElement('canvas'), { width: 1920, height: 1080 });
    expect(sampler.reduce(hd, 320)).to.include({ width: 480, height: 270 });
  });

  it('knows the size of canvases and of a video before its first frame (none)', () => {
    expect(sourceSize(print(0, 32, 16))).to.deep.equal({ width: 32, height: 16 });
    expect(sourceSize(document.createElement('video'))).to.equal(null);
  });

  it('averages fine print to grey, in every engine (area-like, not aliased)', () => {
    const thumb = new ThumbnailSampler().sample(print(0))!;
    expect(thumb.width).to.equal(64);
    expect(thumb.height).to.equal(48);
    // Half black, half white at random: each thumbnail pixel averages about 100 of them, so all are grey
    // (a point-sampled reduction keeps single black or white pixels).
    expect(mean(thumb.data)).to.be.within(110, 145);
    expect(Math.max(...thumb.data) - Math.min(...thumb.data)).to.be.below(100);
  });

  it('a one-pixel move of fine print barely changes the thumbnail', () => {
    const sampler = new ThumbnailSampler();
    const a = Uint8Array.from(sampler.sample(print(0))!.data);
    const b = Uint8Array.from(sampler.sample(print(1))!.data);
    expect(meanAbsDiff(a, b)).to.be.below(12);
  });
});
