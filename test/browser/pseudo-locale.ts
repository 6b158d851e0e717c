/**
 * A pseudo-locale for layout tests only (never shipped): every English string accented, each word made
 * about 40 % longer and the whole wrapped in brackets, so clipped text, concatenated strings and
 * hard-coded copy stand out. Registered as `en-XA`.
 */
import { en } from '../../src/i18n/registry.js';
import type { Translation } from '../../src/i18n/translation.js';

const ACCENTS: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ľ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ľ', M: 'Ṁ',
  N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẍ', Y: 'Ý', Z: 'Ž',
}; // prettier-ignore

/** Accents a word and lengthens it by 40 % (its last letter repeated), as long compounds do. */
function word(w: string): string {
  const accented = [...w].map((c) => ACCENTS[c] ?? c).join('');
  const letters = [...w].filter((c) => /\p{L}/u.test(c)).length;
  const last = [...accented].reverse().find((c) => /\p{L}/u.test(c));
  return last ? accented + last.repeat(Math.ceil(letters * 0.4)) : accented;
}

export function pseudo(s: string): string {
  return `[${s.split(' ').map(word).join(' ')}]`;
}

function transform(value: unknown): unknown {
  if (typeof value === 'string') return pseudo(value);
  if (typeof value === 'function')
    return (...args: unknown[]) => pseudo((value as (...a: unknown[]) => string)(...args));
  if (Array.isArray(value)) return value.map(transform);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, transform(v)]));
  return value;
}

export const pseudoLocale: Translation = {
  ...(transform(en) as Translation),
  $code: 'en-XA',
  $dir: 'ltr',
  $name: 'Pseudo',
};
