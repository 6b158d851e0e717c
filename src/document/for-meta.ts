/**
 * What of a reading goes into a capture's `meta.document`: a reading with every check digit valid, in
 * the shape `DocumentRead` accepts (the country as printed without its `<` fillers, `D` for Germany).
 * A reading with a failed check digit is mostly misread characters: it is not sent (null).
 */
import { DocumentRead } from '../api/schemas.js';

export function documentForMeta(reading: DocumentRead | null | undefined): DocumentRead | null {
  if (!reading?.check_digits_valid) return null;
  const parsed = DocumentRead.safeParse({ ...reading, country: reading.country.replace(/<+$/, '') });
  return parsed.success ? parsed.data : null;
}
