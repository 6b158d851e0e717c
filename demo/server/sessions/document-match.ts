/**
 * The document as read on the device, compared with the applicant the business declared: surname, given
 * names and date of birth each `match`, `mismatch` or `not_provided` (the applicant or the reading lacks
 * the field). Pure: no database, no clock. Only the API-key detail reply shows the result; the widget
 * never sees it.
 *
 * Names are folded before they are compared: upper case (`ß` → `SS`), the ICAO 9303 transliterations of
 * letters that do not decompose or that the MRZ spells out (`Ä` → `AE`, `Ö` → `OE`, `Ü` → `UE`, `Å` → `AA`,
 * `Æ` → `AE`, `Ø` → `OE`, `Œ` → `OE`, `Þ` → `TH`, `Ð`/`Đ` → `D`, `Ł` → `L`), or their plain letter (`A`,
 * `O`, `U`, `A`, `O`) since some issuers write it so, then Unicode NFD with combining marks removed
 * (`é` → `E`, `ñ` → `N`); apostrophes vanish (`O'Neil` → `ONEIL`), the MRZ filler `<`, hyphens, commas,
 * dots and spaces separate words. Either spelling of the applicant's name may match.
 *
 * - Surname: every word, in order (`García Márquez` matches `GARCIA<MARQUEZ`, not `GARCIA` alone).
 * - Given names: the applicant's words are the first words of the document's (`Jean` matches `JEAN PIERRE`,
 *   `Jean Pierre` matches `JEAN PIERRE MARIE`, `Pierre` does not).
 * - Truncated MRZ: when the MRZ name field is full to its width (TD1 30, TD2 31, TD3 39 characters) the
 *   issuer cut the name, so its last word (of the given names, or of the surname when there are none) may
 *   be the start of the applicant's word and the applicant may have more words after it.
 * - Date of birth: the same date; for an MRZ, whose year has two digits (the century is the reader's
 *   guess), the same year within the century counts too.
 */
import type { DocumentRead } from '../../../src/api/schemas.js';

export type FieldMatch = 'match' | 'mismatch' | 'not_provided';

export interface ApplicantMatch {
  surname: FieldMatch;
  given_names: FieldMatch;
  birth_date: FieldMatch;
}

/** What the applicant is compared on (the session's applicant as stored). */
export interface ApplicantFields {
  first_name: string | null;
  last_name: string | null;
  date_of_birth: string | null;
}

/** Width of the MRZ name field, per format (ICAO 9303 parts 4–6). */
const NAME_FIELD_WIDTH: Partial<Record<DocumentRead['format'], number>> = { TD1: 30, TD2: 31, TD3: 39 };

const ICAO: Record<string, string> = {
  Ä: 'AE',
  Ö: 'OE',
  Ü: 'UE',
  Å: 'AA',
  Æ: 'AE',
  Ø: 'OE',
  Œ: 'OE',
  Þ: 'TH',
  Ð: 'D',
  Đ: 'D',
  Ł: 'L',
};
const PLAIN: Record<string, string> = { ...ICAO, Ä: 'A', Ö: 'O', Ü: 'U', Å: 'A', Ø: 'O' };
const SPECIAL = /[ÄÖÜÅÆØŒÞÐĐŁ]/g;

function fold(name: string, table: Record<string, string>): string[] {
  return name
    .toUpperCase()
    .replace(SPECIAL, (c) => table[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’`ʼ]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** The applicant's name folded both ways (ICAO spelling first), without repeats. */
function spellings(name: string): string[][] {
  const icao = fold(name, ICAO);
  const plain = fold(name, PLAIN);
  return icao.join(' ') === plain.join(' ') ? [icao] : [icao, plain];
}

/**
 * Whether the applicant's words agree with the document's: `leading` lets the applicant name only the
 * first words, `cut` lets the document's last word be the start of the applicant's (and drop what follows).
 */
function wordsAgree(applicant: string[], document: string[], leading: boolean, cut: boolean): boolean {
  if (applicant.length === 0 || document.length === 0) return false;
  const last = document.length - 1;
  for (let i = 0; i < Math.min(applicant.length, document.length); i++) {
    const a = applicant[i]!;
    const d = document[i]!;
    if (a === d) continue;
    if (cut && i === last && a.startsWith(d)) return true;
    return false;
  }
  if (applicant.length === document.length) return true;
  if (applicant.length < document.length) return leading;
  return cut;
}

function compareName(applicant: string | null, read: string, leading: boolean, cut: boolean): FieldMatch {
  const document = fold(read.replace(/</g, ' '), ICAO);
  if (!applicant?.trim() || document.length === 0) return 'not_provided';
  return spellings(applicant).some((a) => wordsAgree(a, document, leading, cut)) ? 'match' : 'mismatch';
}

/** Whether the MRZ name field was full, so its last name part may be cut short. */
export function nameTruncated(read: DocumentRead): boolean {
  const width = NAME_FIELD_WIDTH[read.format];
  if (read.source !== 'mrz' || width === undefined) return false;
  const surname = read.names.surname.trim();
  const given = read.names.given.trim();
  const used = given ? surname.length + 2 + given.length : surname.length;
  return used >= width;
}

function compareBirthDate(applicant: string | null, read: DocumentRead): FieldMatch {
  if (!applicant || !read.birth_date) return 'not_provided';
  if (applicant === read.birth_date) return 'match';
  // An MRZ year has two digits: the reader guessed the century.
  return read.source === 'mrz' && applicant.slice(2) === read.birth_date.slice(2) ? 'match' : 'mismatch';
}

/** The reading compared with the applicant, field by field. */
export function matchApplicant(applicant: ApplicantFields, read: DocumentRead): ApplicantMatch {
  const truncated = nameTruncated(read);
  const givenRead = read.names.given.trim();
  return {
    surname: compareName(applicant.last_name, read.names.surname, false, truncated && givenRead === ''),
    given_names: compareName(applicant.first_name, read.names.given, true, truncated),
    birth_date: compareBirthDate(applicant.date_of_birth, read),
  };
}
