import { expect } from '@open-wc/testing';
import type { RgbaImage } from '../vision/document-quality.js';
import { rotateRgba } from './rotate.js';

/** A w×h image whose pixel (x, y) is red = x, green = y. */
function ramp(width: number, height: number) {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set([x, y, 7, 255], (y * width + x) * 4);
  return { data, width, height };
}
const at = (img: RgbaImage, x: number, y: number) => [
  ...img.data.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 4),
];

describe('rotateRgba', () => {
  it('turns by 0° into a copy, and by 90° about the centre (clockwise on screen)', () => {
    const img = ramp(5, 5);
    const same = rotateRgba(img, 0);
    expect([...same.data]).to.deep.equal([...img.data]);
    expect(same.data).not.to.equal(img.data);
    const turned = rotateRgba(img, 90);
    expect(at(turned, 2, 2)).to.deep.equal([2, 2, 7, 255]); // the centre stays
    expect(at(turned, 4, 2)).to.deep.equal([2, 0, 7, 255]); // the top middle comes to the right
    expect(at(turned, 2, 0)).to.deep.equal([0, 2, 7, 255]); // the left middle comes to the top
  });

  it('keeps the size and fills what comes into the frame with white', () => {
    const turned = rotateRgba(ramp(8, 2), 45);
    expect([turned.width, turned.height]).to.deep.equal([8, 2]);
    expect(at(turned, 0, 0)).to.deep.equal([255, 255, 255, 255]);
  });
});
