/**
 * Reads the MRZ of a document photo: locate (locate.ts), recognise (recognise.ts), correct with the
 * field types and check digits (correct.ts), then parse and validate every check digit with the
 * `mrz` package. Pure and synchronous: meant for a worker (see reader.worker.ts).
 */
import { parse } from 'mrz';
import type { DocumentRead } from '../api/schemas.js';
import { toGrey, type GreyImage, type RgbaImage } from '../vision/document-quality.js';
import { correctMrz, formatOf, type MrzFormatName } from './correct.js';
import { icaoToIso2 } from './icao-countries.js';
import { locateMrz } from './locate.js';
import { recogniseLines } from './recognise.js';

/** What was read from a document's MRZ: the capture meta's `document` field (DocumentRead in schemas.ts). */
export interface DocumentReading extends DocumentRead {
  source: 'mrz';
  format: MrzFormatName;
  /** Document number, without fillers. */
  number: string;
  /** Issuing state (ICAO 3-letter code, e.g. `UTO`, `D<<` for Germany). */
  country: string;
  /** ISO dates (YYYY-MM-DD), or null when unreadable. */
  expiry: string | null;
  birth_date: string | null;
  /** Surname and given names as printed (A–Z, spaces). */
  names: { surname: string; given: string };
  /** Every check digit holds. */
  check_digits_valid: boolean;
}

/** The MRZ text as read and the parsed document (null when no MRZ was found). */
export interface MrzResult {
  source: 'mrz';
  lines: string[];
  reading: DocumentReading;
  /** ISO alpha-2 code of the issuing country (null: not a country, e.g. the specimens' Utopia). */
  countryIso2: string | null;
}

/** YYMMDD → YYYY-MM-DD; `future` picks the century for expiry dates, else the past (birth dates). */
export function mrzDate(yymmdd: string | null | undefined, now: Date, future: boolean): string | null {
  if (!yymmdd || !/^\d{6}$/.test(yymmdd)) return null;
  const yy = Number(yymmdd.slice(0, 2));
  const thisYY = now.getUTCFullYear() % 100;
  const century = Math.floor(now.getUTCFullYear() / 100) * 100;
  let year = century + yy;
  if (future) {
    if (yy < thisYY - 50) year += 100;
    else if (yy > thisYY + 50) year -= 100;
  } else if (yy > thisYY) year -= 100;
  const mm = Number(yymmdd.slice(2, 4));
  const dd = Number(yymmdd.slice(4, 6));
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return null;
  return `${year}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
}

const isGrey = (img: RgbaImage | GreyImage): img is GreyImage => img.data.length === img.width * img.height;

/** Parses MRZ lines (already read) into a reading; null when they fit no supported format. */
export function parseMrzLines(lines: string[], now = new Date()): DocumentReading | null {
  let result;
  try {
    result = parse(lines);
  } catch {
    return null;
  }
  if (result.format !== 'TD1' && result.format !== 'TD2' && result.format !== 'TD3') return null;
  const fields = result.fields;
  return {
    source: 'mrz',
    format: result.format,
    number: (fields.documentNumber ?? '').replace(/</g, ''),
    country: fields.issuingState ?? lines[0]!.slice(2, 5),
    expiry: mrzDate(fields.expirationDate, now, true),
    birth_date: mrzDate(fields.birthDate, now, false),
    names: { surname: fields.lastName ?? '', given: fields.firstName ?? '' },
    // Every check digit (the parser's overall `valid` also requires a real state code, and the ICAO
    // specimens' Utopia is none).
    check_digits_valid: result.details.every((d) => !d.field?.endsWith('CheckDigit') || d.valid),
  };
}

/** Reads the MRZ of an image; null when none is found or it fits no format. */
export function readMrz(image: RgbaImage | GreyImage, now = new Date()): MrzResult | null {
  const grey = isGrey(image) ? (image as GreyImage) : toGrey(image);
  const location = locateMrz(grey);
  if (!location) return null;
  const recognition = recogniseLines(grey, location.lines);
  const format = formatOf(recognition);
  if (!format) return null;
  const lines = correctMrz(recognition, format);
  const reading = parseMrzLines(lines, now);
  return reading ? { source: 'mrz', lines, reading, countryIso2: icaoToIso2(reading.country) } : null;
}
