/**
 * Parses the AAMVA payload of the PDF417 barcode on the back of US and Canadian driving licences and
 * identification cards (AAMVA DL/ID Card Design Standard, versions 1–10): document number, names,
 * birth and expiry dates, country. Pure: the decoded barcode text in, the capture meta's `document`
 * field and the subfile type and jurisdiction out (null when the text is not an AAMVA payload).
 *
 * The barcode has no check digits: `check_digits_valid` is true when the payload has its header and
 * every field the flow needs (number, surname, birth and expiry dates) in a valid form.
 */
import type { DocumentRead } from '../api/schemas.js';

export interface AamvaReading {
  /** The capture meta's `document` field. */
  document: DocumentRead;
  /** `DL` (driving licence) or `ID` (identification card), from the subfile designator. */
  subfile: 'DL' | 'ID';
  /** The issuing jurisdiction (state or province), e.g. `CA`, `ON`. */
  jurisdiction: string | null;
}

/** Element ID → value, the first occurrence of each (a data element is `D` + two letters). */
function elements(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of text.split(/[\n\r\x1e\x1c]+/)) {
    const m = /^(D[A-Z]{2})(.*)$/.exec(raw.trim());
    if (m && !out.has(m[1]!)) out.set(m[1]!, m[2]!.trim());
  }
  return out;
}

/** An AAMVA date as ISO: MMDDCCYY in the USA, CCYYMMDD in Canada (either accepted when unambiguous). */
export function aamvaDate(value: string | undefined, canadian: boolean): string | null {
  if (!value || !/^\d{8}$/.test(value)) return null;
  const yearFirst = canadian || Number(value.slice(0, 4)) > 1231;
  const [y, m, d] = yearFirst
    ? [value.slice(0, 4), value.slice(4, 6), value.slice(6, 8)]
    : [value.slice(4, 8), value.slice(0, 2), value.slice(2, 4)];
  const mm = Number(m);
  const dd = Number(d);
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return null;
  return `${y}-${m}-${d}`;
}

/**
 * The DL or ID subfile: located by the header's directory (type, offset from the `@`, length; the
 * subfile itself starts with its type), else found after the header; null when there is none.
 */
function subfileOf(text: string): { type: 'DL' | 'ID'; body: string } | null {
  const header = /^@[\s\x1e]*(?:ANSI |AAMVA)(\d{6})(\d{2})/.exec(text);
  if (!header) return null;
  const version = Number(header[2]);
  let pos = header[0].length + (version >= 2 ? 2 : 0);
  const entries = Number(text.slice(pos, pos + 2));
  pos += 2;
  for (let i = 0; i < entries && Number.isFinite(entries); i++, pos += 10) {
    const type = text.slice(pos, pos + 2);
    const offset = Number(text.slice(pos + 2, pos + 6));
    const length = Number(text.slice(pos + 6, pos + 10));
    if ((type === 'DL' || type === 'ID') && text.slice(offset, offset + 2) === type)
      return { type, body: text.slice(offset + 2, offset + length) };
  }
  // Offsets are often wrong in the field: look for the subfile after the directory instead.
  const found = /(DL|ID)(?=D[A-Z]{2})/.exec(text.slice(pos));
  if (!found) return null;
  return { type: found[1] as 'DL' | 'ID', body: text.slice(pos + found.index + 2) };
}

export function parseAamva(text: string): AamvaReading | null {
  const subfile = subfileOf(text.replace(/^\s+/, ''));
  if (!subfile) return null;
  const el = elements(subfile.body);
  const number = el.get('DAQ');
  if (number === undefined) return null;
  const country = (el.get('DCG') ?? '').toUpperCase();
  const canadian = country === 'CAN';
  const given = [el.get('DAC') ?? el.get('DCT')?.replace(/,/g, ' ') ?? '', el.get('DAD') ?? '']
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s && s !== 'NONE')
    .join(' ');
  const surname = (el.get('DCS') ?? el.get('DAB') ?? '').trim();
  const birth = aamvaDate(el.get('DBB'), canadian);
  const expiry = aamvaDate(el.get('DBA'), canadian);
  return {
    document: {
      source: 'pdf417',
      format: 'AAMVA',
      number: number.slice(0, 40),
      country: /^[A-Z]{3}$/.test(country) ? country : 'USA',
      expiry,
      birth_date: birth,
      names: { surname: surname.slice(0, 100), given: given.slice(0, 100) },
      check_digits_valid: number.length > 0 && surname.length > 0 && birth !== null && expiry !== null,
    },
    subfile: subfile.type,
    jurisdiction: el.get('DAJ') ?? null,
  };
}
