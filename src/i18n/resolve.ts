/**
 * Language resolution, as a pure function: which shipped locale to show for the language tags the
 * applicant's context offers, in priority order — the element's `lang` attribute, the session's
 * `locale`, the applicant's choice in the intro's switcher, then `navigator.languages` — else English. Tags the widget does not ship are skipped, so a
 * `lang="sw"` falls through to the session and the browser.
 *
 * For one tag, the first available of: the exact tag; a fallback chain for languages whose variants
 * are not found by dropping the region (`pt` → `pt-BR` unless `pt-PT`; `zh-TW`/`zh-HK`/`zh-MO`/`zh-Hant`
 * → `zh-Hant`; `zh`/`zh-CN`/`zh-SG`/`zh-Hans` → `zh-Hans`; `no`/`nn` → `nb`; the legacy `iw` → `he`,
 * `in` → `id`); the language without its region (`fr-CA` → `fr`); any shipped variant of the language.
 */

/** Where the wanted languages come from, highest priority first. */
export interface LanguageSources {
  /** The element's `lang` attribute. */
  lang?: string | null | undefined;
  /** The flow session's `locale` (set when the session was created). */
  sessionLocale?: string | null | undefined;
  /** The applicant's choice in the intro's language switcher (shown only while the two above are unset). */
  chosen?: string | null | undefined;
  /** `navigator.languages` (or `[navigator.language]`). */
  navigatorLanguages?: readonly string[] | null | undefined;
}

/** The wanted tags in priority order, empty ones dropped. */
export function wantedLanguages(s: LanguageSources): string[] {
  return [s.lang, s.sessionLocale, s.chosen, ...(s.navigatorLanguages ?? [])].filter(
    (x): x is string => typeof x === 'string' && x.trim() !== '',
  );
}

const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);
const LEGACY: Readonly<Record<string, string>> = { iw: 'he', in: 'id', ji: 'yi', no: 'nb', nn: 'nb' };

/** The registry keys (lower case) worth trying for one tag, best first. */
export function localeCandidates(tag: string): string[] {
  const t = tag.trim().toLowerCase().replace(/_/g, '-');
  const [rawPrimary = '', ...rest] = t.split('-');
  const primary = LEGACY[rawPrimary] ?? rawPrimary;
  const script = rest.find((p) => p.length === 4);
  const region = rest.find((p) => p.length === 2 || /^\d{3}$/.test(p));
  const out = [t];
  if (primary === 'zh') {
    const traditional = script === 'hant' || (script !== 'hans' && !!region && TRADITIONAL_REGIONS.has(region));
    out.push(traditional ? 'zh-hant' : 'zh-hans');
  } else if (primary === 'pt') {
    out.push(region === 'pt' ? 'pt-pt' : 'pt-br');
  }
  if (script && region) out.push(`${primary}-${script}`);
  out.push(primary);
  return [...new Set(out)];
}

/**
 * The shipped locale (a registry key, lower case) for wanted tags in priority order, given the
 * available registry keys; `'en'` when none fits.
 */
export function resolveLocale(wanted: readonly string[], available: readonly string[]): string {
  const known = new Set(available.map((a) => a.toLowerCase()));
  for (const tag of wanted) {
    for (const c of localeCandidates(tag)) if (known.has(c)) return c;
    const primary = localeCandidates(tag).at(-1)!;
    const sameLanguage = [...known].find((k) => k.split('-')[0] === primary);
    if (sameLanguage) return sameLanguage;
  }
  return 'en';
}
