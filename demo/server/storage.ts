/**
 * Capture images on disk: `<data dir>/captures/<sha256>.<ext>`, content-addressed and written
 * atomically (temporary file in the same directory, fsync, rename), so a crash never leaves a
 * half-written image under its final name.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

export const EXTENSIONS: Record<ImageType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/** The image type given by the first bytes, or null when they are not JPEG, PNG or WebP. */
export function sniffImage(bytes: Uint8Array): ImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (
    bytes.length >= 8 &&
    bytes[0] === 0x89 &&
    bytes[1] === 0x50 &&
    bytes[2] === 0x4e &&
    bytes[3] === 0x47 &&
    bytes[4] === 0x0d &&
    bytes[5] === 0x0a &&
    bytes[6] === 0x1a &&
    bytes[7] === 0x0a
  )
    return 'image/png';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  return null;
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

export class CaptureStore {
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'captures');
    mkdirSync(this.dir, { recursive: true });
  }

  pathFor(sha256: string, ext: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256) || !/^[a-z]+$/.test(ext)) throw new Error('bad capture file name');
    return join(this.dir, `${sha256}.${ext}`);
  }

  /** Writes the bytes under their hash unless that file already exists (same hash, same content). */
  write(sha256: string, ext: string, bytes: Uint8Array): string {
    const target = this.pathFor(sha256, ext);
    if (existsSync(target)) return target;
    const tmp = join(this.dir, `.${sha256}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const fd = openSync(tmp, 'wx', 0o600);
      try {
        let offset = 0;
        while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, target);
    } catch (err) {
      rmSync(tmp, { force: true });
      throw err;
    }
    return target;
  }
}
