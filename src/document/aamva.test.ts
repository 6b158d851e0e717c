import { expect } from '@open-wc/testing';
import { CaptureMeta } from '../api/schemas.js';
import { aamvaDate, parseAamva } from './aamva.js';

/** Builds an AAMVA payload as a licence's PDF417 carries it: header, subfile directory, subfile. */
function payload(version: string, subfile: 'DL' | 'ID', fields: [string, string][], iin = '636014'): string {
  const body = `${subfile}${fields.map(([k, v]) => `${k}${v}`).join('\n')}\r`;
  // Version 01 has no jurisdiction version; one directory entry of 10 characters.
  const head = `@\n\x1e\rANSI ${iin}${version}${version === '01' ? '' : '00'}01`;
  const offset = String(head.length + 10).padStart(4, '0');
  const length = String(body.length).padStart(4, '0');
  return `${head}${subfile}${offset}${length}${body}`;
}

// A made-up Californian licence (version 10 fields, US date order MMDDCCYY).
const CALIFORNIA = payload('10', 'DL', [
  ['DCA', 'C'],
  ['DCB', 'NONE'],
  ['DCD', 'NONE'],
  ['DBA', '08312030'],
  ['DCS', 'SAMPLE'],
  ['DAC', 'JANE'],
  ['DAD', 'Q'],
  ['DBD', '08312022'],
  ['DBB', '01151990'],
  ['DBC', '2'],
  ['DAY', 'BRO'],
  ['DAU', '065 IN'],
  ['DAG', '1234 MAIN STREET'],
  ['DAI', 'SACRAMENTO'],
  ['DAJ', 'CA'],
  ['DAK', '958140000'],
  ['DAQ', 'D1234567'],
  ['DCF', '00/00/0000NNNAN/ANFD/YY'],
  ['DCG', 'USA'],
  ['DDE', 'N'],
  ['DDF', 'N'],
  ['DDG', 'N'],
]);

// A made-up Ontario card (Canada: CCYYMMDD).
const ONTARIO = payload(
  '08',
  'ID',
  [
    ['DAQ', 'S1234-56789-01234'],
    ['DCS', 'TREMBLAY'],
    ['DAC', 'ÉLODIE'.normalize('NFD').replace(/\p{M}/gu, '')],
    ['DAD', 'NONE'],
    ['DBB', '19851203'],
    ['DBA', '20280101'],
    ['DAJ', 'ON'],
    ['DCG', 'CAN'],
  ],
  '636012',
);

// Version 1 (2000): given names in DCT, comma-separated; no DCG.
const VERSION1 = payload('01', 'DL', [
  ['DAQ', 'A9876543'],
  ['DCS', 'DOE'],
  ['DCT', 'JOHN,PAUL'],
  ['DBB', '07041976'],
  ['DBA', '07042026'],
  ['DAJ', 'TX'],
]);

describe('AAMVA barcode parser (aamva.ts)', () => {
  it('reads a US licence: number, names, dates (MMDDCCYY), country, jurisdiction, type', () => {
    expect(parseAamva(CALIFORNIA)).to.deep.equal({
      document: {
        source: 'pdf417',
        format: 'AAMVA',
        number: 'D1234567',
        country: 'USA',
        expiry: '2030-08-31',
        birth_date: '1990-01-15',
        names: { surname: 'SAMPLE', given: 'JANE Q' },
        check_digits_valid: true,
      },
      subfile: 'DL',
      jurisdiction: 'CA',
    });
  });

  it('reads a Canadian card (CCYYMMDD) and leaves out a middle name of NONE', () => {
    const result = parseAamva(ONTARIO)!;
    expect(result.document).to.include({ number: 'S1234-56789-01234', country: 'CAN', expiry: '2028-01-01' });
    expect(result.document.birth_date).to.equal('1985-12-03');
    expect(result.document.names).to.deep.equal({ surname: 'TREMBLAY', given: 'ELODIE' });
    expect(result.subfile).to.equal('ID');
  });

  it('reads version 1 given names (DCT, comma-separated)', () => {
    const result = parseAamva(VERSION1)!;
    expect(result.document.names).to.deep.equal({ surname: 'DOE', given: 'JOHN PAUL' });
    expect(result.document).to.include({ country: 'USA', expiry: '2026-07-04', birth_date: '1976-07-04' });
  });

  it('fits the capture meta schema', () => {
    const { document } = parseAamva(CALIFORNIA)!;
    expect(CaptureMeta.safeParse({ source: 'camera', document_type: 'drivers_license', document }).success).to.equal(
      true,
    );
  });

  it('is not valid without the fields the flow needs, and is nothing for other barcodes', () => {
    const noExpiry = CALIFORNIA.replace('DBA08312030', 'DBA99999999');
    expect(parseAamva(noExpiry)!.document.check_digits_valid).to.equal(false);
    expect(parseAamva(CALIFORNIA.replace('DAQD1234567', 'DXXD1234567'))).to.equal(null);
    expect(parseAamva('https://example.com/ticket/123')).to.equal(null);
    expect(parseAamva('')).to.equal(null);
    // A wrong directory offset (common in the field): the subfile is still found.
    const shifted = CALIFORNIA.replace(
      /DL(\d{4})(\d{4})DL/,
      (_, o: string, l: string) => `DL${String(Number(o) + 7).padStart(4, '0')}${l}DL`,
    );
    expect(shifted).to.not.equal(CALIFORNIA);
    expect(parseAamva(shifted)!.document.number).to.equal('D1234567');
  });

  it('converts dates in both orders and refuses impossible ones', () => {
    expect(aamvaDate('01151990', false)).to.equal('1990-01-15');
    expect(aamvaDate('19900115', false)).to.equal('1990-01-15');
    expect(aamvaDate('19900115', true)).to.equal('1990-01-15');
    expect(aamvaDate('13401990', false)).to.equal(null);
    expect(aamvaDate('1990011', false)).to.equal(null);
  });
});
