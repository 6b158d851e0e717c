import { expect } from '@open-wc/testing';
import {
  brightness,
  documentMetrics,
  downscale,
  glareFraction,
  laplacianVariance,
  qualityVerdict,
  toGrey,
  type GreyImage,
  type RgbaImage,
} from './document-quality.js';
import { QualityClient } from './quality-client.js';
import { prng } from './testing/synthetic-face.js';

/** A synthetic "document": black text-like strokes on light paper. */
function sharpDocument(w = 800, h = 600): RgbaImage {
  const data = new Uint8ClampedArray(w * h * 4);
  const rand = prng(3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 4;
      const line = y % 40 > 28 && y % 40 < 34 && (x * 7 + Math.floor(y / 40) * 13) % 23 < 15;
      const v = line ? 30 : 200 + Math.floor(rand() * 10);
      data[i] = v;
      data[i + 1] = v;
      data[i + 2] = v;
      data[i + 3] = 255;
    }
  }
  return { data, width: w, height: h };
}

/** Separable box blur of radius r, three passes (≈ Gaussian). */
function blurred(image: RgbaImage, r: number): RgbaImage {
  const grey = toGrey(image);
  let cur = Float32Array.from(grey.data);
  const { width: w, height: h } = grey;
  for (let pass = 0; pass < 6; pass++) {
    const horizontal = pass % 2 === 0;
    const next = new Float32Array(cur.length);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        let s = 0;
        let n = 0;
        for (let k = -r; k <= r; k++) {
          const xx = horizontal ? x + k : x;
          const yy = horizontal ? y : y + k;
          if (xx < 0 || yy < 0 || xx >= w || yy >= h) continue;
          s += cur[yy * w + xx]!;
          n++;
        }
        next[y * w + x] = s / n;
      }
    }
    cur = next;
  }
  const data = new Uint8ClampedArray(w * h * 4);
  cur.forEach((v, i) => {
    data[i * 4] = data[i * 4 + 1] = data[i * 4 + 2] = v;
    data[i * 4 + 3] = 255;
  });
  return { data, width: w, height: h };
}

async function loadImageData(src: string): Promise<ImageData> {
  const img = new Image();
  img.src = src;
  await img.decode();
  const c = document.createElement('canvas');
  c.width = img.naturalWidth;
  c.height = img.naturalHeight;
  const ctx = c.getContext('2d')!;
  ctx.drawImage(img, 0, 0);
  return ctx.getImageData(0, 0, c.width, c.height);
}

/** The photo blurred by the canvas filter; where canvas filters are missing (WebKitGTK), a box blur in JS. */
async function blurredImageData(src: string, px: number): Promise<ImageData | RgbaImage> {
  if (!('filter' in CanvasRenderingContext2D.prototype)) return blurred(await loadImageData(src), px);
  const img = new Image();
  img.src = src;
  await img.decode();
  const c = document.createElement('canvas');
  c.width = img.naturalWidth;
  c.height = img.naturalHeight;
  const ctx = c.getContext('2d')!;
  ctx.filter = `blur(${px}px)`;
  ctx.drawImage(img, 0, 0);
  return ctx.getImageData(0, 0, c.width, c.height);
}

describe('document quality metrics', () => {
  it('grey conversion, brightness and glare on flat images', () => {
    const flat = (v: number): GreyImage => ({ data: new Uint8Array(100).fill(v), width: 10, height: 10 });
    expect(brightness(flat(100))).to.equal(100);
    expect(glareFraction(flat(255))).to.equal(1);
    expect(glareFraction(flat(250))).to.equal(0);
    expect(glareFraction(flat(250), 250)).to.equal(1);
    const rgba: RgbaImage = { data: new Uint8ClampedArray([255, 0, 0, 255, 0, 255, 0, 255]), width: 2, height: 1 };
    expect([...toGrey(rgba).data]).to.deep.equal([76, 150]);
    expect(laplacianVariance(flat(80))).to.equal(0);
  });

  it('downscale averages blocks', () => {
    const img: GreyImage = { data: Uint8Array.from([0, 100, 0, 100, 200, 200, 0, 0]), width: 4, height: 2 };
    const small = downscale(img, 2);
    expect(small.width).to.equal(2);
    expect([...small.data]).to.deep.equal([125, 25]);
  });

  it('a sharp synthetic document scores far above its blurred copy', () => {
    const sharp = documentMetrics(sharpDocument());
    const soft = documentMetrics(blurred(sharpDocument(), 3));
    expect(sharp.sharpness).to.be.greaterThan(300);
    expect(soft.sharpness).to.be.lessThan(sharp.sharpness / 10);
    expect(qualityVerdict(sharp).ok).to.equal(true);
    expect(qualityVerdict(soft).issues).to.include('blurry');
  });

  it('the paper-form photo passes; blurred it is refused; darkened it is too dark', async () => {
    const sharp = documentMetrics(await loadImageData('/test/fixtures/jscanify_test10_form.jpg'));
    const soft = documentMetrics(await blurredImageData('/test/fixtures/jscanify_test10_form.jpg', 3));
    expect(qualityVerdict(sharp), JSON.stringify(sharp)).to.deep.equal({ ok: true, issues: [] });
    expect(qualityVerdict(soft).issues, JSON.stringify(soft)).to.include('blurry');
    const dark = { ...sharp, brightness: 30 };
    expect(qualityVerdict(dark).issues).to.deep.equal(['too_dark']);
  });

  it('glare: a burnt-out patch is flagged', () => {
    const doc = sharpDocument();
    for (let y = 100; y < 260; y++)
      for (let x = 200; x < 440; x++) doc.data.fill(255, (y * 800 + x) * 4, (y * 800 + x) * 4 + 3);
    const m = documentMetrics(doc);
    expect(m.glare).to.be.greaterThan(0.05);
    expect(qualityVerdict(m).issues).to.include('glare');
  });
});

describe('QualityClient (worker)', () => {
  it('measures off the main thread with the same results', async () => {
    const client = new QualityClient();
    try {
      const image = sharpDocument(400, 300);
      const expected = documentMetrics(image);
      const fromPixels = await client.measure(image);
      expect(fromPixels).to.deep.equal(expected);
      expect(image.data.length).to.equal(400 * 300 * 4); // copied, not transferred
      const c = new OffscreenCanvas(400, 300);
      c.getContext('2d')!.putImageData(new ImageData(image.data as Uint8ClampedArray<ArrayBuffer>, 400, 300), 0, 0);
      const fromBitmap = await client.measure(c.transferToImageBitmap());
      expect(fromBitmap.sharpness).to.be.closeTo(expected.sharpness, expected.sharpness * 0.01);
    } finally {
      client.close();
    }
  });
});
