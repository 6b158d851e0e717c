import { expect } from '@open-wc/testing';
import { readMrz } from './read-mrz.js';

/** The committed test media (test/fixtures/documents/PROVENANCE.md) as ImageData. */
async function load(path: string): Promise<ImageData> {
  const blob = await (await fetch(path)).blob();
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

const DIR = '/test/fixtures/documents';
const NOW = new Date('2026-12-01');
let specimens: Record<string, string[]>;

before(async () => {
  specimens = (await (await fetch(`${DIR}/specimens.json`)).json()) as Record<string, string[]>;
});

/** Variants read exactly. The strongest noise on a TD1 is not (yet): it must then read as nothing valid. */
const VARIANTS = ['clean', 'blur', 'noise', 'rotated', 'perspective', 'light', 'jpeg', 'photo'];
const NOT_YET = new Set(['td1-noise']);

describe('MRZ reading (read-mrz.ts) on rendered specimen data pages', () => {
  for (const format of ['td3', 'td1', 'td2'])
    for (const variant of VARIANTS) {
      const name = `${format}-${variant}`;
      it(`${name}: ${NOT_YET.has(name) ? 'no false read' : 'reads the specimen exactly'}`, async () => {
        const result = readMrz(await load(`${DIR}/${name}.jpg`), NOW);
        if (NOT_YET.has(name)) {
          expect(result === null || !result.reading.check_digits_valid).to.equal(true);
          return;
        }
        expect(result, 'an MRZ is found').to.not.equal(null);
        expect(result!.lines).to.deep.equal(specimens[format]);
        expect(result!.reading.check_digits_valid).to.equal(true);
        expect(result!.reading.format).to.equal(format.toUpperCase());
        expect(result!.reading.names).to.deep.equal({ surname: 'ERIKSSON', given: 'ANNA MARIA' });
        expect(result!.reading.birth_date).to.equal('1974-08-12');
        expect(result!.reading.expiry).to.equal('2012-04-15');
      });
    }

  it('reads a passport valid until 2034', async () => {
    const result = readMrz(await load(`${DIR}/td3valid-clean.jpg`), NOW);
    expect(result!.lines).to.deep.equal(specimens.td3valid);
    expect(result!.reading).to.include({ expiry: '2034-04-15', check_digits_valid: true, number: 'L898902C3' });
  });

  it('rejects a wrong check digit (reads it as printed, not valid)', async () => {
    const result = readMrz(await load(`${DIR}/td3badcheck-clean.jpg`), NOW);
    expect(result!.lines).to.deep.equal(specimens.td3badcheck);
    expect(result!.reading.check_digits_valid).to.equal(false);
  });

  for (const path of [
    `${DIR}/nomrz-clean.jpg`,
    `${DIR}/nomrz-photo.jpg`,
    '/test/fixtures/jscanify_test10_form.jpg',
    '/test/fixtures/coffee.jpg',
    '/test/fixtures/astronaut.jpg',
  ])
    it(`reads nothing from ${path.split('/').pop()} (no MRZ)`, async () => {
      expect(readMrz(await load(path), NOW)).to.equal(null);
    });
});
