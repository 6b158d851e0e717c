/**
 * Turns an RGBA image clockwise (on screen, as canvas `rotate()` does) by a small angle about its centre
 * (bilinear, same size; what leaves the frame is lost, what comes in is white). For the barcode reader: ZXing's PDF417 detector follows rows
 * that are level within about 2°, so a licence held a little askew is read again turned back.
 */
import type { RgbaImage } from '../vision/document-quality.js';

export function rotateRgba(image: RgbaImage, degrees: number): RgbaImage {
  const { width, height, data } = image;
  const out = new Uint8ClampedArray(width * height * 4).fill(255);
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    // Source of (x, y): the destination turned back by −degrees.
    let sx = -cx * cos + dy * sin + cx;
    let sy = cx * sin + dy * cos + cy;
    for (let x = 0, o = y * width * 4; x < width; x++, o += 4, sx += cos, sy -= sin) {
      if (sx < 0 || sy < 0 || sx > width - 1 || sy > height - 1) continue;
      const x0 = Math.min(Math.floor(sx), width - 2);
      const y0 = Math.min(Math.floor(sy), height - 2);
      const fx = sx - x0;
      const fy = sy - y0;
      const i = (y0 * width + x0) * 4;
      const j = i + width * 4;
      for (let c = 0; c < 3; c++) {
        const top = data[i + c]! + (data[i + 4 + c]! - data[i + c]!) * fx;
        const bottom = data[j + c]! + (data[j + 4 + c]! - data[j + c]!) * fx;
        out[o + c] = top + (bottom - top) * fy;
      }
      out[o + 3] = 255;
    }
  }
  return { data: out, width, height };
}
