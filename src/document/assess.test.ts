import { expect } from '@open-wc/testing';
import { assessReading, READ_GRACE_MS, type AssessInput } from './assess.js';
import { icaoToIso2 } from './icao-countries.js';

const passport = { source: 'mrz' as const, format: 'TD3' as const, expiry: '2034-04-15', check_digits_valid: true };
const card = { ...passport, format: 'TD1' as const };
const base: AssessInput = {
  reading: passport,
  readingCountry: 'FR',
  now: new Date('2026-12-01T12:00:00Z'),
  elapsedMs: 500,
};

describe('assessReading (what a reading means for the flow)', () => {
  it('a valid, current reading of the chosen type and country is the strongest capture signal', () => {
    expect(assessReading({ ...base, chosenType: 'passport', chosenCountry: 'FR' })).to.deep.equal({ kind: 'valid' });
    expect(assessReading({ ...base, reading: card, chosenType: 'id_card' })).to.deep.equal({ kind: 'valid' });
    expect(assessReading({ ...base, reading: card, chosenType: 'residence_permit' })).to.deep.equal({ kind: 'valid' });
    expect(assessReading(base)).to.deep.equal({ kind: 'valid' });
  });

  it('explains an expired document (by calendar date), the day after its expiry and not on it', () => {
    const expired = { ...passport, expiry: '2026-11-30' };
    expect(assessReading({ ...base, reading: expired })).to.deep.equal({ kind: 'explain', issue: 'document_expired' });
    const today = { ...passport, expiry: '2026-12-01' };
    expect(assessReading({ ...base, reading: today })).to.deep.equal({ kind: 'valid' });
  });

  it('explains a type or country that contradicts the choice', () => {
    expect(assessReading({ ...base, chosenType: 'id_card' })).to.deep.equal({
      kind: 'explain',
      issue: 'document_type_mismatch',
    });
    expect(assessReading({ ...base, reading: card, chosenType: 'passport' })).to.deep.equal({
      kind: 'explain',
      issue: 'document_type_mismatch',
    });
    expect(assessReading({ ...base, reading: card, chosenType: 'drivers_license' }).kind).to.equal('explain');
    expect(assessReading({ ...base, chosenCountry: 'DE' })).to.deep.equal({
      kind: 'explain',
      issue: 'document_country_mismatch',
    });
    // An unknown country (the ICAO specimens' Utopia) contradicts nothing.
    expect(assessReading({ ...base, readingCountry: null, chosenCountry: 'DE' })).to.deep.equal({ kind: 'valid' });
  });

  it('a driving licence barcode is a driving licence (or a state ID card)', () => {
    const aamva = {
      source: 'pdf417' as const,
      format: 'AAMVA' as const,
      expiry: '2030-01-01',
      check_digits_valid: true,
    };
    expect(assessReading({ ...base, reading: aamva, chosenType: 'drivers_license' }).kind).to.equal('valid');
    expect(assessReading({ ...base, reading: aamva, chosenType: 'passport' }).kind).to.equal('explain');
    const expired = { ...aamva, expiry: '2021-03-07' };
    expect(assessReading({ ...base, reading: expired, barcode: true })).to.deep.equal({
      kind: 'explain',
      issue: 'document_expired',
    });
  });

  it('a decoded barcode without complete document fields (a QR or Aztec code) still marks a good capture', () => {
    expect(assessReading({ ...base, reading: null, barcode: true })).to.deep.equal({ kind: 'valid' });
    const partial = { source: 'pdf417' as const, format: 'AAMVA' as const, expiry: null, check_digits_valid: false };
    expect(assessReading({ ...base, reading: partial, barcode: true, chosenType: 'passport' })).to.deep.equal({
      kind: 'valid',
    });
    expect(assessReading({ ...base, reading: null, barcode: false })).to.deep.equal({ kind: 'reading' });
  });

  it('nothing valid read: keep reading during the grace time, then the usual quality path (never a wall)', () => {
    expect(assessReading({ ...base, reading: null })).to.deep.equal({ kind: 'reading' });
    expect(assessReading({ ...base, reading: null, elapsedMs: READ_GRACE_MS })).to.deep.equal({ kind: 'quality' });
    const bad = { ...passport, check_digits_valid: false, expiry: '2001-01-01' };
    expect(assessReading({ ...base, reading: bad, chosenType: 'id_card' })).to.deep.equal({ kind: 'reading' });
    expect(assessReading({ ...base, reading: bad, elapsedMs: 10_000 })).to.deep.equal({ kind: 'quality' });
  });

  it('maps MRZ countries to ISO alpha-2, ICAO-only codes included', () => {
    expect(icaoToIso2('FRA')).to.equal('FR');
    expect(icaoToIso2('D<<')).to.equal('DE');
    expect(icaoToIso2('GBD')).to.equal('GB');
    expect(icaoToIso2('RKS')).to.equal('XK');
    expect(icaoToIso2('UTO')).to.equal(null);
    expect(icaoToIso2('12')).to.equal(null);
  });
});
