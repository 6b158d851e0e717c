// The file fallback's HEIC photos (test/fixtures/files/, made by scripts/fixtures/make-heic.mjs from our own
// passport specimen): sniffed by their ftyp brands, decoded by libheif in its own worker (its script and wasm
// from the assets folder, as copy-assets.mjs places them), turned upright by the file's `irot`, and encoded
// like a document photo; a truncated file, one the decoder cannot handle and a decoder that cannot load each get
// their own reason.
import { expect } from '@open-wc/testing';
import { encodeFile, FileRejected, sniffImageType, type EncodedImage } from '../../src/capture/encode.js';
import { ftypBrands, heifFailureOf, heifKind, namedHeif } from '../../src/capture/heif-rules.js';
import { readMrz } from '../../src/document/read-mrz.js';

const ASSETS = '/build/mediapipe/';
const OPTS = { maxLongSide: 2048, maxBytes: 500_000, maxInputBytes: 10 * 1024 * 1024, assetsBase: ASSETS };
const NOW = new Date('2026-12-01');

/** A fixture as the file input hands it over: browsers often give a .heic file no type at all. */
async function fixture(name: string, type = ''): Promise<File> {
  const res = await fetch(`/test/fixtures/files/${name}`);
  if (!res.ok) throw new Error(`${name}: ${res.status}`);
  return new File([await res.blob()], name, { type });
}

async function reason(file: File, opts: Parameters<typeof encodeFile>[1] = OPTS): Promise<string> {
  try {
    await encodeFile(file, opts);
    return 'accepted';
  } catch (e) {
    return e instanceof FileRejected ? e.problem : `other: ${String(e)}`;
  }
}

async function pixels(image: EncodedImage): Promise<ImageData> {
  const bitmap = await createImageBitmap(image.blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

/** An ftyp box with these brands (major first), followed by nothing. */
function ftyp(...brands: string[]): Uint8Array {
  const [major, ...compatible] = brands;
  const size = 16 + 4 * compatible.length;
  const text = new TextEncoder().encode(`ftyp${major}\0\0\0\0${compatible.join('')}`);
  return new Uint8Array([0, 0, 0, size, ...text]);
}

describe('HEIF rules', () => {
  it('reads the ftyp brands, major first', () => {
    expect(ftypBrands(ftyp('heic', 'mif1', 'heic', 'miaf'))).to.deep.equal(['heic', 'mif1', 'heic', 'miaf']);
    expect(ftypBrands(new TextEncoder().encode('RIFF....WEBPVP8 '))).to.equal(null);
    expect(ftypBrands(ftyp('heic').subarray(0, 12))).to.equal(null);
  });

  it('tells HEVC-coded and generic HEIF (ours to decode) from AVIF (the browser’s)', () => {
    for (const major of ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis'])
      expect(heifKind(ftyp(major, 'mif1')), major).to.equal('heic');
    expect(heifKind(ftyp('mif1', 'heic'))).to.equal('heic');
    expect(heifKind(ftyp('mif1', 'miaf'))).to.equal('heic');
    expect(heifKind(ftyp('msf1', 'iso8'))).to.equal('heic');
    expect(heifKind(ftyp('avif', 'mif1', 'miaf'))).to.equal('avif');
    expect(heifKind(ftyp('mif1', 'avif', 'miaf'))).to.equal('avif');
    expect(heifKind(ftyp('isom', 'mp41'))).to.equal(null); // an MP4 video
  });

  it('knows a HEIC by its name or type when its content says nothing', () => {
    expect(namedHeif('IMG_0001.HEIC', '')).to.equal(true);
    expect(namedHeif('scan.heif', '')).to.equal(true);
    expect(namedHeif('photo', 'image/heic')).to.equal(true);
    expect(namedHeif('photo', 'image/heif-sequence')).to.equal(true);
    expect(namedHeif('photo.jpg', 'image/jpeg')).to.equal(false);
  });

  it('tells a damaged file from one the decoder cannot handle by libheif’s error code', () => {
    expect(heifFailureOf(2)).to.equal('corrupt'); // invalid input (truncated, bad boxes)
    expect(heifFailureOf(7)).to.equal('corrupt'); // the HEVC decoder rejected the bitstream
    expect(heifFailureOf(3)).to.equal('unsupported'); // unsupported file type
    expect(heifFailureOf(4)).to.equal('unsupported'); // unsupported feature (another codec)
    expect(heifFailureOf(6)).to.equal('unsupported'); // out of memory
  });
});

describe('HEIC files', () => {
  it('sniffs a HEIC by its content, whatever its name and type', async () => {
    expect(await sniffImageType(await fixture('passport.heic'))).to.equal('heic');
    const renamed = new File([await fixture('passport.heic')], 'scan.jpg', { type: 'image/jpeg' });
    expect(await sniffImageType(renamed)).to.equal('heic');
  });

  it('decodes a HEIC photo into a JPEG document photo that reads like the specimen', async () => {
    const out = await encodeFile(await fixture('passport.heic'), OPTS);
    expect(out.blob.type).to.equal('image/jpeg');
    expect(out.blob.size).to.be.at.most(500_000);
    expect([out.width, out.height]).to.deep.equal([800, 600]); // its own size, never scaled up
    const text = new TextDecoder('latin1').decode(new Uint8Array(await out.blob.arrayBuffer()));
    expect(text).to.not.include('Exif');
    const read = readMrz(await pixels(out), NOW);
    expect(read?.reading).to.include({ check_digits_valid: true, number: 'L898902C3', expiry: '2034-04-15' });
  });

  it('turns a HEIC stored sideways upright by its irot property', async () => {
    const out = await encodeFile(await fixture('passport-rotated.heic', 'image/heic'), OPTS);
    expect([out.width, out.height]).to.deep.equal([800, 600]); // stored 600 × 800
    const read = readMrz(await pixels(out), NOW);
    expect(read?.reading).to.include({ check_digits_valid: true, number: 'L898902C3' });
  });

  it('refuses a truncated HEIC as corrupt', async () => {
    expect(await reason(await fixture('passport-truncated.heic'))).to.equal('heic_corrupt');
  });

  it('refuses a HEIC that needs what the decoder lacks (an essential property it does not know) as unsupported', async () => {
    expect(await reason(await fixture('passport-unsupported.heic'))).to.equal('heic_unsupported');
  });

  it('refuses a file named .heic that is not one as corrupt, and a non-image as not an image', async () => {
    expect(await reason(new File(['not a photo'], 'IMG_0002.HEIC'))).to.equal('heic_corrupt');
    expect(await reason(new File(['not a photo'], 'notes.txt'))).to.equal('not_image');
  });

  it('refuses a HEIC as unsupported when the decoder cannot load, or has nowhere to load from', async () => {
    const file = await fixture('passport.heic');
    expect(await reason(file, { ...OPTS, assetsBase: '/test/fixtures/no-such-folder/' })).to.equal('heic_unsupported');
    expect(await reason(file, { ...OPTS, assetsBase: null })).to.equal('heic_unsupported');
  });

  it('refuses a HEIC over the size limit without decoding it', async () => {
    const file = await fixture('passport.heic');
    expect(await reason(file, { ...OPTS, maxInputBytes: file.size - 1 })).to.equal('too_large');
  });
});
