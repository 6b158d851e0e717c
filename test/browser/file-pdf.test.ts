// The file fallback's PDFs (test/fixtures/files/, made by scripts/fixtures/make-pdfs.mjs): a page rendered by
// pdf.js in its own worker and encoded like a document photo; encrypted, corrupt and oversized PDFs refused,
// each with its own reason.
import { expect } from '@open-wc/testing';
import { encodeFile, FileRejected, sniffImageType, type EncodedImage } from '../../src/capture/encode.js';
import { isPdfHeader, pdfFailureOf, pdfPageFor } from '../../src/capture/pdf-rules.js';

const OPTS = { maxLongSide: 2048, maxBytes: 500_000, maxInputBytes: 10 * 1024 * 1024 };

async function fixture(name: string): Promise<File> {
  const res = await fetch(`/test/fixtures/files/${name}`);
  if (!res.ok) throw new Error(`${name}: ${res.status}`);
  return new File([await res.blob()], name, { type: 'application/pdf' });
}

async function reason(file: File, opts = OPTS): Promise<string> {
  try {
    await encodeFile(file, opts);
    return 'accepted';
  } catch (e) {
    return e instanceof FileRejected ? e.problem : `other: ${String(e)}`;
  }
}

/** The colour at the middle of an encoded image: the card shape of the page rendered. */
async function middleColour(image: EncodedImage): Promise<'red' | 'blue' | 'other'> {
  const bitmap = await createImageBitmap(image.blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const [r, g, b] = ctx.getImageData(Math.floor(bitmap.width / 2), Math.floor(bitmap.height / 2), 1, 1).data;
  if (r! > 150 && g! < 80 && b! < 80) return 'red';
  if (b! > 150 && r! < 80 && g! < 100) return 'blue';
  return 'other';
}

describe('PDF rules', () => {
  it('gives the front page 1 and the back page 2 when there is one', () => {
    expect(pdfPageFor('front', 1)).to.equal(1);
    expect(pdfPageFor('front', 2)).to.equal(1);
    expect(pdfPageFor('back', 2)).to.equal(2);
    expect(pdfPageFor('back', 5)).to.equal(2);
    expect(pdfPageFor('back', 1)).to.equal(1);
  });
  it('tells a password request from a broken file', () => {
    const password = Object.assign(new Error('No password given'), { name: 'PasswordException' });
    expect(pdfFailureOf(password)).to.equal('encrypted');
    expect(pdfFailureOf(Object.assign(new Error('Invalid PDF structure.'), { name: 'InvalidPDFException' }))).to.equal(
      'corrupt',
    );
    expect(pdfFailureOf('anything')).to.equal('corrupt');
  });
  it('finds the PDF header, also after leading bytes', () => {
    const enc = new TextEncoder();
    expect(isPdfHeader(enc.encode('%PDF-1.7\n'))).to.equal(true);
    expect(isPdfHeader(enc.encode(`${' '.repeat(200)}%PDF-1.4`))).to.equal(true);
    expect(isPdfHeader(enc.encode('PDF-1.7'))).to.equal(false);
  });
});

describe('PDF files', () => {
  it('sniffs a PDF', async () => {
    expect(await sniffImageType(await fixture('one-page.pdf'))).to.equal('pdf');
  });

  it('renders page 1 of a PDF as a JPEG document photo at the full output size', async () => {
    const out = await encodeFile(await fixture('one-page.pdf'), OPTS);
    expect(out.blob.type).to.equal('image/jpeg');
    expect(out.blob.size).to.be.at.most(500_000);
    expect(Math.max(out.width, out.height)).to.equal(2048);
    expect(out.width).to.be.greaterThan(out.height); // the page's landscape shape
    expect(await middleColour(out)).to.equal('red');
  });

  it('gives a two-page PDF’s page 1 to the front and its page 2 to the back', async () => {
    const file = await fixture('two-pages.pdf');
    expect(await middleColour(await encodeFile(file, { ...OPTS, side: 'front' }))).to.equal('red');
    expect(await middleColour(await encodeFile(file, { ...OPTS, side: 'back' }))).to.equal('blue');
  });

  it('gives a one-page PDF’s only page to the back', async () => {
    expect(await middleColour(await encodeFile(await fixture('one-page.pdf'), { ...OPTS, side: 'back' }))).to.equal(
      'red',
    );
  });

  it('refuses a password-protected PDF as encrypted', async () => {
    expect(await reason(await fixture('encrypted.pdf'))).to.equal('pdf_encrypted');
  });

  it('refuses a truncated PDF as corrupt', async () => {
    expect(await reason(await fixture('truncated.pdf'))).to.equal('pdf_corrupt');
  });

  it('refuses a PDF over the size limit with the PDF’s own reason, without opening it', async () => {
    const file = await fixture('two-pages.pdf');
    expect(await reason(file, { ...OPTS, maxInputBytes: file.size - 1 })).to.equal('pdf_too_large');
    expect(await reason(new File([new Uint8Array(2000)], 'big.jpg'), { ...OPTS, maxInputBytes: 1000 })).to.equal(
      'too_large',
    );
  });
});
