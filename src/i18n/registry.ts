/**
 * Locale registry: English is built in; other locales load lazily (only the one used). Integrators
 * can register their own locale or override single strings without copying a whole locale.
 */
import en from './locales/en.js';
import { resolveLocale } from './resolve.js';
import type { Translation, TranslationOverrides } from './translation.js';

type Loader = () => Promise<{ default: Translation }>;

const loaded = new Map<string, Translation>([['en', en]]);
const loaders = new Map<string, Loader>();

/** Locales the widget ships with (lazily loaded ones are registered by `locales/index.ts`). */
export function registerLocaleLoader(code: string, loader: Loader): void {
  loaders.set(code.toLowerCase(), loader);
}

/** Registers a complete translation, e.g. a locale of the integrator's own. */
export function registerTranslation(t: Translation): void {
  loaded.set(t.$code.toLowerCase(), t);
}

export function availableLocales(): string[] {
  return [...new Set([...loaded.keys(), ...loaders.keys()])];
}

/**
 * The best available locale (a registry key) for wanted language tags in priority order (`pt-BR`,
 * `fr-CA`, `zh-TW`…): see {@link resolveLocale} for the fallback chains; English when none fits.
 */
export function matchLocale(wanted: readonly string[]): string {
  return resolveLocale(wanted, availableLocales());
}

export function getLoadedTranslation(code: string): Translation | undefined {
  return loaded.get(code.toLowerCase());
}

export async function loadTranslation(code: string): Promise<Translation> {
  const key = code.toLowerCase();
  const have = loaded.get(key);
  if (have) return have;
  const loader = loaders.get(key);
  if (!loader) return en;
  const t = (await loader()).default;
  loaded.set(key, t);
  return t;
}

/** A translation with overrides applied (overrides win key by key; nested records merge). */
export function withOverrides(base: Translation, overrides: TranslationOverrides | undefined): Translation {
  if (!overrides) return base;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(overrides)) {
    const cur = out[k];
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object' && !Array.isArray(cur)
        ? { ...cur, ...v }
        : v;
  }
  return out as unknown as Translation;
}

export { en };
