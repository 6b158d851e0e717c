/**
 * Capture images on disk: `<data dir>/captures/<sha256>.<ext>`, content-addressed and written
 * atomically (temporary file in the same directory, fsync, rename), so a crash never leaves a
 * half-written image under its final name.
 *
 * An upload is staged first (written and synced off the event loop under a temporary name), and
 * takes its final name only inside the transaction that records it ({@link CaptureStore.commit}), so
 * a refused upload leaves no file behind. With a key (`VERILOCK_CAPTURE_KEY`) every file is written
 * encrypted (AES-256-GCM, see capture-crypto.ts); {@link CaptureStore.read} returns the plain image.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { decryptCapture, encryptCapture, isEncrypted } from './capture-crypto.js';

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

/** A file written under a temporary name, waiting for {@link CaptureStore.commit} or {@link CaptureStore.discard}. */
export interface StagedFile {
  sha256: string;
  ext: string;
  tmp: string;
}

export class CaptureStore {
  readonly dir: string;

  constructor(
    dataDir: string,
    private readonly key: Buffer | null = null,
  ) {
    this.dir = join(dataDir, 'captures');
    mkdirSync(this.dir, { recursive: true });
  }

  /** Whether new files are written encrypted. */
  get encrypts(): boolean {
    return this.key !== null;
  }

  pathFor(sha256: string, ext: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256) || !/^[a-z]+$/.test(ext)) throw new Error('bad capture file name');
    return join(this.dir, `${sha256}.${ext}`);
  }

  /** Writes (encrypted when there is a key) and syncs the bytes under a temporary name, off the event loop. */
  async stage(sha256: string, ext: string, plain: Uint8Array): Promise<StagedFile> {
    this.pathFor(sha256, ext);
    const bytes = this.key ? encryptCapture(this.key, plain) : plain;
    const tmp = join(this.dir, `.${sha256}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const handle = await open(tmp, 'wx', 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
    return { sha256, ext, tmp };
  }

  /**
   * Gives a staged file its final name (synchronous: call it inside the transaction that records the
   * capture, so no other request runs between the rename and the row). The same content may already be
   * there under that name: renaming over it replaces it with identical bytes.
   */
  commit(file: StagedFile): string {
    const target = this.pathFor(file.sha256, file.ext);
    renameSync(file.tmp, target);
    return target;
  }

  /** Removes a staged file that was not committed (no error when it is already gone). */
  async discard(file: StagedFile): Promise<void> {
    await rm(file.tmp, { force: true });
  }

  /** The plain image of a stored file (decrypted when it was written encrypted). */
  async read(sha256: string, ext: string): Promise<Buffer> {
    const data = await readFile(this.pathFor(sha256, ext));
    if (!isEncrypted(data)) return data;
    if (!this.key) throw new Error('the capture file is encrypted and VERILOCK_CAPTURE_KEY is not set');
    return decryptCapture(this.key, data);
  }

  /**
   * Removes a stored file (synchronous: call it in the same turn as the check that no row references
   * it, so no upload can commit a reference in between). No error when it is already gone.
   */
  remove(sha256: string, ext: string): void {
    rmSync(this.pathFor(sha256, ext), { force: true });
  }
}
