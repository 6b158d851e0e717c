import { expect } from '@open-wc/testing';
import { CaptureMeta } from '../api/schemas.js';
import { checkDigit, correctMrz, formatOf } from './correct.js';
import type { Recognition } from './recognise.js';
import { mrzDate, parseMrzLines } from './read-mrz.js';

const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
const TD1 = ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'];
const TD2 = ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6'];

/**
 * A recognition as the recogniser would give it: each cell ranks `read` first (0.9) and the true
 * character second (`runnerUp`), then the rest of the alphabet.
 */
function recognition(read: string[], truth: string[] = read, runnerUp = 0.85): Recognition {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<';
  return read.map((line, l) =>
    [...line].map((c, i) => {
      const t = truth[l]![i]!;
      const ranked = [{ char: c, score: 0.9 }];
      if (t !== c) ranked.push({ char: t, score: runnerUp });
      for (const a of alphabet) if (a !== c && a !== t) ranked.push({ char: a, score: 0.2 });
      return ranked;
    }),
  );
}

const replaceAt = (s: string, i: number, c: string) => s.slice(0, i) + c + s.slice(i + 1);

describe('MRZ correction (correct.ts)', () => {
  it('computes ICAO 9303 check digits (the specimen fields)', () => {
    expect(checkDigit('L898902C3')).to.equal('6');
    expect(checkDigit('740812')).to.equal('2');
    expect(checkDigit('120415')).to.equal('9');
    expect(checkDigit('ZE184226B<<<<<')).to.equal('1');
    expect(checkDigit('D23145890')).to.equal('7');
  });

  it('tells the format from the line lengths', () => {
    expect(formatOf(recognition(TD3))).to.equal('TD3');
    expect(formatOf(recognition(TD1))).to.equal('TD1');
    expect(formatOf(recognition(TD2))).to.equal('TD2');
    expect(formatOf(recognition(['ABC', 'DEF']))).to.equal(null);
  });

  it('keeps a clean reading as it is', () => {
    expect(correctMrz(recognition(TD3), 'TD3')).to.deep.equal(TD3);
    expect(correctMrz(recognition(TD1), 'TD1')).to.deep.equal(TD1);
    expect(correctMrz(recognition(TD2), 'TD2')).to.deep.equal(TD2);
  });

  it('puts digits in numeric fields and letters in alphabetic ones (0/O, 1/I, 8/B, 5/S, 2/Z)', () => {
    // Birth date 740812 read as 74O8I2, expiry 120415 as I2O4IS, nationality UTO as UT0, name ANNA as ANNA.
    let line2 = TD3[1]!;
    line2 = replaceAt(line2, 15, 'O');
    line2 = replaceAt(line2, 17, 'I');
    line2 = replaceAt(line2, 21, 'I');
    line2 = replaceAt(line2, 26, 'S');
    line2 = replaceAt(line2, 12, '0');
    const line1 = replaceAt(replaceAt(TD3[0]!, 5, '8'), 9, '5'); // ERIKSSON → 8RIK5SON
    expect(correctMrz(recognition([line1, line2], TD3), 'TD3')).to.deep.equal(TD3);
  });

  it('uses the check digit to settle a look-alike in an alphanumeric field', () => {
    // The document number L898902C3 holds letters and digits: read as L898902C3 with 8 → B, only the
    // check digit can tell.
    const read = [TD3[0]!, replaceAt(TD3[1]!, 1, 'B')];
    expect(correctMrz(recognition(read, TD3), 'TD3')).to.deep.equal(TD3);
    const td1 = [replaceAt(TD1[0]!, 13, 'O'), TD1[1]!, TD1[2]!];
    expect(correctMrz(recognition(td1, TD1), 'TD1')).to.deep.equal(TD1);
  });

  it('does not invent a reading: a wrong check digit printed on the document stays wrong', () => {
    const forged = [TD3[0]!, replaceAt(TD3[1]!, 27, '8')]; // expiry check digit 9 → 8
    const lines = correctMrz(recognition(forged), 'TD3');
    expect(lines).to.deep.equal(forged);
    expect(parseMrzLines(lines, new Date('2026-01-01'))!.check_digits_valid).to.equal(false);
  });

  it('parses the specimens into the capture meta shape', () => {
    const now = new Date('2026-01-01');
    expect(parseMrzLines(TD3, now)).to.deep.equal({
      source: 'mrz',
      format: 'TD3',
      number: 'L898902C3',
      country: 'UTO',
      expiry: '2012-04-15',
      birth_date: '1974-08-12',
      names: { surname: 'ERIKSSON', given: 'ANNA MARIA' },
      check_digits_valid: true,
    });
    expect(parseMrzLines(TD1, now)).to.include({ format: 'TD1', number: 'D23145890', check_digits_valid: true });
    expect(parseMrzLines(TD2, now)).to.include({ format: 'TD2', number: 'D23145890', check_digits_valid: true });
    expect(parseMrzLines(['NOT AN MRZ'], now)).to.equal(null);
  });

  it('fits the capture meta schema the server validates', () => {
    const document = parseMrzLines(TD3, new Date('2026-01-01'))!;
    expect(CaptureMeta.safeParse({ source: 'camera', document_type: 'passport', document }).success).to.equal(true);
    const badDate = { ...document, expiry: '15/04/2012' };
    expect(CaptureMeta.safeParse({ source: 'camera', document: badDate }).success).to.equal(false);
    const extra = { ...document, photo: 'x' };
    expect(CaptureMeta.safeParse({ source: 'camera', document: extra }).success).to.equal(false);
  });

  it('puts two-digit years in the right century', () => {
    const now = new Date('2026-06-01');
    expect(mrzDate('740812', now, false)).to.equal('1974-08-12');
    expect(mrzDate('100101', now, false)).to.equal('2010-01-01');
    expect(mrzDate('340415', now, true)).to.equal('2034-04-15');
    expect(mrzDate('120415', now, true)).to.equal('2012-04-15');
    expect(mrzDate('741312', now, false)).to.equal(null);
    expect(mrzDate('<<<<<<', now, false)).to.equal(null);
  });
});
