/**
 * Turns a video frame, an image or a chosen file into a clean JPEG: drawn through a canvas, so no
 * EXIF/GPS or other metadata survives, scaled to the target size and compressed under a byte limit.
 */

import { heifKind, namedHeif } from './heif-rules.js';
import { isPdfHeader, pdfPageFor } from './pdf-rules.js';

export interface EncodeOptions {
  /** Longest side of the output, in pixels (documents: 1600+, selfies: ~1280). */
  maxLongSide: number;
  /** Upper bound of the encoded size. Quality, then size, is lowered until it fits. */
  maxBytes: number;
  /** Mirror horizontally (never for documents; the preview of a front camera is mirrored, the capture is not). */
  mirror?: boolean;
}

export interface EncodedImage {
  blob: Blob;
  width: number;
  height: number;
}

/**
 * Why a chosen file is refused: not an image or PDF, over the size limit (a PDF over it has its own
 * message), unreadable, a PDF that is encrypted (asks for a password) or corrupt, or a HEIC photo that is
 * damaged or that the HEIC decoder cannot handle (or cannot run in this browser).
 */
export type FileProblem =
  | 'not_image'
  | 'too_large'
  | 'unreadable'
  | 'pdf_too_large'
  | 'pdf_encrypted'
  | 'pdf_corrupt'
  | 'heic_corrupt'
  | 'heic_unsupported';

export class FileRejected extends Error {
  constructor(readonly problem: FileProblem) {
    super(`file rejected: ${problem}`);
    this.name = 'FileRejected';
  }
}

const QUALITIES = [0.92, 0.85, 0.78, 0.7, 0.6, 0.5];

/** Output size keeping the aspect ratio, never upscaling. */
export function fitSize(width: number, height: number, maxLongSide: number): { width: number; height: number } {
  const long = Math.max(width, height);
  const scale = long > maxLongSide ? maxLongSide / long : 1;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

function canvasToBlob(canvas: HTMLCanvasElement | OffscreenCanvas, quality: number): Promise<Blob> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/jpeg', quality });
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encoding failed'))), 'image/jpeg', quality),
  );
}

function makeCanvas(width: number, height: number): HTMLCanvasElement | OffscreenCanvas {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const c = document.createElement('canvas');
  c.width = width;
  c.height = height;
  return c;
}

/** Encodes any drawable source (video, ImageBitmap, image, canvas) of the given pixel size. */
export async function encodeJpeg(
  source: CanvasImageSource,
  srcWidth: number,
  srcHeight: number,
  opts: EncodeOptions,
): Promise<EncodedImage> {
  let { width, height } = fitSize(srcWidth, srcHeight, opts.maxLongSide);
  for (let round = 0; round < 4; round++) {
    const canvas = makeCanvas(width, height);
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
    if (!ctx) throw new Error('2d canvas unavailable');
    ctx.imageSmoothingQuality = 'high';
    if (opts.mirror) {
      ctx.translate(width, 0);
      ctx.scale(-1, 1);
    }
    ctx.drawImage(source, 0, 0, width, height);
    for (const q of QUALITIES) {
      const blob = await canvasToBlob(canvas, q);
      if (blob.size <= opts.maxBytes) return { blob, width, height };
    }
    width = Math.round(width * 0.8);
    height = Math.round(height * 0.8);
  }
  throw new Error('could not encode the image under the size limit');
}

/** Grabs the current frame of a playing video. */
export function encodeVideoFrame(video: HTMLVideoElement, opts: EncodeOptions): Promise<EncodedImage> {
  if (!video.videoWidth || !video.videoHeight) return Promise.reject(new Error('no video frame yet'));
  return encodeJpeg(video, video.videoWidth, video.videoHeight, opts);
}

/**
 * Sniffs the first bytes of a file: the type a browser can decode, HEIC (HEVC-coded or generic HEIF, by
 * its `ftyp` brands; see {@link heifKind}), PDF, or unknown.
 */
export async function sniffImageType(
  file: Blob,
): Promise<'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif' | 'image/avif' | 'heic' | 'pdf' | null> {
  const b = new Uint8Array(await file.slice(0, 1024).arrayBuffer());
  const ascii = (from: number, to: number) => String.fromCharCode(...b.slice(from, to));
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b[0] === 0x89 && ascii(1, 4) === 'PNG') return 'image/png';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(0, 3) === 'GIF') return 'image/gif';
  const heif = heifKind(b);
  if (heif) return heif === 'avif' ? 'image/avif' : 'heic';
  if (isPdfHeader(b)) return 'pdf';
  return null;
}

export interface FileOptions extends EncodeOptions {
  /** Files larger than this are refused (`too_large`, or `pdf_too_large` for a PDF). */
  maxInputBytes: number;
  /** The document side the file is for: a PDF gives its page 1 to the front, its page 2 (when it has one) to the back. */
  side?: 'front' | 'back';
  /** Where the HEIC decoder is served (`assets-base`); without it a HEIC file is `heic_unsupported`. */
  assetsBase?: string | null;
}

/**
 * Reads a chosen file and re-encodes it like a camera capture: an image, a HEIC photo (decoded by libheif in
 * a worker, loaded only then) or a page of a PDF (rendered by pdf.js, loaded only then; see
 * {@link pdfPageFor} for the page). Refuses non-images, files over `maxInputBytes`, encrypted or corrupt
 * PDFs and damaged or undecodable HEIC files with a {@link FileRejected}.
 */
export async function encodeFile(file: File, opts: FileOptions): Promise<EncodedImage> {
  const kind = await sniffImageType(file);
  if (file.size > opts.maxInputBytes) throw new FileRejected(kind === 'pdf' ? 'pdf_too_large' : 'too_large');
  if (kind === 'pdf') return encodePdf(file, opts);
  if (kind === 'heic') return encodeHeic(file, opts);
  // Named HEIC but not starting like one: a damaged file (browsers give .heic files an empty type or image/heic).
  if (!kind) throw new FileRejected(namedHeif(file.name, file.type) ? 'heic_corrupt' : 'not_image');
  const image = await decodeUpright(file);
  try {
    return await encodeJpeg(image.source, image.width, image.height, opts);
  } finally {
    image.release();
  }
}

/** Renders the side's page of a PDF at the output size and encodes it (pdf.js is imported here, on first use). */
async function encodePdf(file: File, opts: FileOptions): Promise<EncodedImage> {
  const [{ renderPdfPage, PdfFailed }, data] = await Promise.all([
    import('./pdf-page.js'),
    file.arrayBuffer().then((b) => new Uint8Array(b)),
  ]);
  let rendered;
  try {
    rendered = await renderPdfPage(data, (pages) => pdfPageFor(opts.side ?? 'front', pages), opts.maxLongSide);
  } catch (err) {
    throw new FileRejected(err instanceof PdfFailed && err.failure === 'encrypted' ? 'pdf_encrypted' : 'pdf_corrupt');
  }
  return encodeJpeg(rendered.canvas, rendered.width, rendered.height, opts);
}

/** Decodes a HEIC file upright (libheif applies its rotation and mirroring) and encodes it like a photo. */
async function encodeHeic(file: File, opts: FileOptions): Promise<EncodedImage> {
  if (opts.assetsBase == null) throw new FileRejected('heic_unsupported');
  const [{ decodeHeif, HeifFailed }, data] = await Promise.all([import('./heif-decode.js'), file.arrayBuffer()]);
  let bitmap: ImageBitmap;
  try {
    bitmap = await decodeHeif(data, opts.assetsBase);
  } catch (err) {
    if (err instanceof HeifFailed) console.warn(err.message);
    throw new FileRejected(
      err instanceof HeifFailed && err.failure === 'corrupt' ? 'heic_corrupt' : 'heic_unsupported',
    );
  }
  try {
    return await encodeJpeg(bitmap, bitmap.width, bitmap.height, opts);
  } finally {
    bitmap.close();
  }
}

interface DecodedImage {
  source: CanvasImageSource;
  width: number;
  height: number;
  release: () => void;
}

/**
 * Decodes an image file upright (EXIF orientation applied). Firefox's `createImageBitmap` refuses a
 * JPEG whose EXIF segment it cannot parse, while its `<img>` decoder shows the picture: that is the
 * fallback (drawing an image element applies its orientation too). Neither decodes: `unreadable`.
 */
async function decodeUpright(file: Blob): Promise<DecodedImage> {
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    return { source: bitmap, width: bitmap.width, height: bitmap.height, release: () => bitmap.close() };
  } catch {
    if (typeof Image === 'undefined') throw new FileRejected('unreadable');
  }
  const url = URL.createObjectURL(file);
  const img = new Image();
  img.src = url;
  try {
    await img.decode();
  } catch {
    URL.revokeObjectURL(url);
    throw new FileRejected('unreadable');
  }
  return { source: img, width: img.naturalWidth, height: img.naturalHeight, release: () => URL.revokeObjectURL(url) };
}
