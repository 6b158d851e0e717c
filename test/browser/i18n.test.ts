import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { VerilockFlow } from '../../src/index.js';
import {
  availableLocales,
  en,
  getLoadedTranslation,
  loadTranslation,
  matchLocale,
  withOverrides,
} from '../../src/i18n/registry.js';
import type { Translation } from '../../src/i18n/translation.js';

/** Every shipped locale but English, as its `$code` (the registry keys are the same, lower-cased). */
const LOCALES = availableLocales()
  .filter((c) => c !== 'en')
  .map((c) =>
    c.replace(/-([a-z]+)$/, (_, r: string) =>
      r.length === 2 ? `-${r.toUpperCase()}` : `-${r[0]!.toUpperCase()}${r.slice(1)}`,
    ),
  );

/** Keys whose value may equal English in every locale (codes, not copy). */
const SAME_AS_ENGLISH_ALLOWED = new Set(['$dir']);

/** Sample arguments for the interpolating functions (numbers cover every Arabic plural form). */
const SAMPLE_ARGS: readonly (readonly unknown[])[] = [
  [1, 3],
  [2, 5],
  [3, 10],
  [11, 12],
  [100, 101],
  [0, 1],
  ['Ada', 2],
  [null, 2],
  ['token_invalid', 2],
];

interface Mismatch {
  path: string;
  problem: string;
}

/** Walks `en` and `t` together: same keys, same shapes, no value left in English. */
function compare(enValue: unknown, value: unknown, path: string, out: Mismatch[]): void {
  if (typeof enValue === 'function') {
    if (typeof value !== 'function') {
      out.push({ path, problem: `expected a function, got ${typeof value}` });
      return;
    }
    if (value.length !== enValue.length)
      out.push({ path, problem: `takes ${value.length} args, English ${enValue.length}` });
    for (const args of SAMPLE_ARGS) {
      let a: unknown;
      let b: unknown;
      try {
        a = (enValue as (...x: unknown[]) => unknown)(...args);
        b = (value as (...x: unknown[]) => unknown)(...args);
      } catch (e) {
        out.push({ path, problem: `threw for ${JSON.stringify(args)}: ${String(e)}` });
        continue;
      }
      if (typeof b !== 'string' || b.trim() === '') out.push({ path, problem: `empty for ${JSON.stringify(args)}` });
      else if (a === b) out.push({ path, problem: `same as English for ${JSON.stringify(args)}: "${b}"` });
      else if (/undefined|NaN|\[object/.test(b)) out.push({ path, problem: `bad interpolation: "${b}"` });
    }
    return;
  }
  if (Array.isArray(enValue)) {
    if (!Array.isArray(value) || value.length !== enValue.length) {
      out.push({ path, problem: `expected an array of ${enValue.length}` });
      return;
    }
    enValue.forEach((v, i) => compare(v, value[i], `${path}[${i}]`, out));
    return;
  }
  if (enValue && typeof enValue === 'object') {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      out.push({ path, problem: 'expected an object' });
      return;
    }
    const ek = Object.keys(enValue).sort();
    const tk = Object.keys(value).sort();
    for (const k of ek) {
      if (!(k in value)) out.push({ path: `${path}.${k}`, problem: 'missing' });
      else compare((enValue as Record<string, unknown>)[k], (value as Record<string, unknown>)[k], `${path}.${k}`, out);
    }
    for (const k of tk) if (!(k in enValue)) out.push({ path: `${path}.${k}`, problem: 'not in English' });
    return;
  }
  if (typeof value !== typeof enValue) {
    out.push({ path, problem: `expected ${typeof enValue}, got ${typeof value}` });
    return;
  }
  if (typeof value === 'string' && value.trim() === '') out.push({ path, problem: 'empty' });
  const key = path.split('.').pop() ?? '';
  if (value === enValue && !SAME_AS_ENGLISH_ALLOWED.has(key))
    out.push({ path, problem: `same as English: "${String(value)}"` });
}

/** The functions that interpolate text (a name, an app, a code, a step), with the values to try. */
const TEXT_ARGS: Partial<Record<keyof Translation, readonly (readonly (string | null)[])[]>> = {
  introTitle: [['Ada'], [null]],
  inAppBody: [['Instagram']],
  errorCode: [['token_invalid']],
  handoffPhoneStep: [['step-name']],
};
/** Counts for the other (numeric) functions: every plural category of every shipped language. */
const COUNTS: readonly (readonly number[])[] = [
  [7, 12],
  [25, 101],
  [3, 4],
  [22, 105],
  [21, 11],
  [1, 2],
];

/** Digits of other numbering systems written as ASCII digits. */
const asciiDigits = (s: string): string =>
  s.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u0e50-\u0e59]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c - [0x0e50, 0x0966, 0x06f0, 0x0660].find((zero) => c >= zero)!);
  });

/**
 * The placeholders of every function: each text argument appears verbatim; each count appears in
 * ASCII digits or in the locale's own (Arabic-Indic, Persian, Devanagari, Thai), except 1 and 2, which a
 * language may spell out ("دقيقتين", "שתי דקות").
 */
function placeholderProblems(t: Translation): string[] {
  const out: string[] = [];
  for (const [key, enFn] of Object.entries(en)) {
    if (typeof enFn !== 'function') continue;
    const fn = (t as unknown as Record<string, (...a: unknown[]) => string>)[key]!;
    const texts = TEXT_ARGS[key as keyof Translation];
    const samples: readonly (readonly unknown[])[] = texts ?? COUNTS;
    for (const args of samples) {
      const used = args.slice(0, enFn.length);
      const got = fn(...used);
      const digits = asciiDigits(got);
      for (const a of used) {
        if (a === null) continue;
        if (typeof a === 'string') {
          if (!got.includes(a)) out.push(`${t.$code}.${key}(${JSON.stringify(a)}): "${got}" lacks "${a}"`);
        } else if (typeof a === 'number' && a > 2 && !digits.includes(String(a))) {
          out.push(`${t.$code}.${key}(${used.join(', ')}): "${got}" lacks ${a}`);
        }
      }
    }
  }
  return out;
}

const resourceLoaded = (file: string): boolean =>
  performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith(`/src/i18n/locales/${file}`));

describe('localisation', () => {
  // First, before any other test requests a locale: nothing but English is loaded up front.
  it('loads a locale lazily: only the one an element asks for', async () => {
    for (const code of ['fr', 'es', 'de', 'pt-br', 'ar']) {
      expect(getLoadedTranslation(code), `${code} loaded before use`).to.equal(undefined);
      expect(availableLocales(), `${code} registered`).to.include(code);
    }
    expect(resourceLoaded('de.ts')).to.equal(false);
    const el = await fixture<VerilockFlow>(html`<verilock-flow lang="de"></verilock-flow>`);
    await waitUntil(() => el.localize.lang === 'de', 'German arrives', { timeout: 5000 });
    expect(getLoadedTranslation('de')?.$code).to.equal('de');
    expect(resourceLoaded('de.ts'), 'de module fetched').to.equal(true);
    for (const code of ['fr', 'es', 'pt-br', 'ar']) expect(getLoadedTranslation(code), code).to.equal(undefined);
    for (const file of ['fr.ts', 'es.ts', 'pt-BR.ts', 'ar.ts']) expect(resourceLoaded(file), file).to.equal(false);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.include('Ihre Prüfung wird geladen');
  });

  for (const code of LOCALES) {
    it(`${code}: every English key, same shapes, nothing left in English`, async () => {
      const t = await loadTranslation(code);
      expect(t.$code).to.equal(code);
      expect(t).to.not.equal(en);
      const problems: Mismatch[] = [];
      compare(en, t, code, problems);
      expect(problems.map((p) => `${p.path}: ${p.problem}`)).to.deep.equal([]);
      expect(placeholderProblems(t), 'placeholders').to.deep.equal([]);
    });
  }

  it('the checker itself flags English left behind and missing keys', () => {
    const problems: Mismatch[] = [];
    const broken = { ...en, errors: { ...en.errors, network: { title: 'Sin conexión' } } } as unknown as Translation;
    compare(en, broken, 'xx', problems);
    const paths = problems.map((p) => p.path);
    expect(paths).to.include('xx.widgetLabel');
    expect(paths).to.include('xx.progress');
    expect(paths).to.include('xx.consentPoints[0]');
    expect(paths).to.include('xx.errors.network.instruction');
    expect(paths).to.not.include('xx.$dir');
  });

  it('the placeholder check covers every function and flags a dropped or wrong value', () => {
    expect(placeholderProblems(en)).to.deep.equal([]);
    const broken = {
      ...en,
      $code: 'xx',
      errorCode: () => 'Error',
      uploadProgress: (done: number) => `${done} sent`,
      introTitle: () => 'Hello',
    } as unknown as Translation;
    const found = placeholderProblems(broken).join('\n');
    expect(found).to.include('xx.errorCode("token_invalid")');
    expect(found).to.include('xx.uploadProgress(7, 12)');
    expect(found).to.include('xx.introTitle("Ada")');
    expect(found).to.not.include('xx.progress');
  });

  it('Arabic and Persian write every count in their own digits, through Intl.NumberFormat', async () => {
    for (const code of ['ar', 'fa'].filter((c) => availableLocales().includes(c))) {
      const t = await loadTranslation(code);
      for (const [key, fn] of Object.entries(t)) {
        if (typeof fn !== 'function' || key in TEXT_ARGS) continue;
        const got = (fn as (...a: number[]) => string)(7, 12);
        expect(got, `${code}.${key}`).to.not.match(/[0-9]/);
      }
    }
  });

  it('Arabic, Hebrew and Persian are right-to-left, every other locale left-to-right', async () => {
    for (const code of LOCALES) {
      const t = await loadTranslation(code);
      expect(t.$dir, code).to.equal(['ar', 'he', 'fa'].includes(code) ? 'rtl' : 'ltr');
    }
  });

  it('plural forms: Polish, Czech, Russian and Ukrainian tell one, few and many apart; Hebrew one, two, other', async () => {
    const cases: Record<string, [number, string][]> = {
      pl: [[1, 'minutę'], [3, 'minuty'], [5, 'minut'], [22, 'minuty'], [25, 'minut']],
      cs: [[1, 'minuta'], [3, 'minuty'], [5, 'minut']],
      ru: [[1, 'минута'], [3, 'минуты'], [5, 'минут'], [21, 'минута'], [11, 'минут']],
      uk: [[1, 'хвилина'], [3, 'хвилини'], [5, 'хвилин'], [21, 'хвилина']],
      hr: [[1, 'minuta'], [3, 'minute'], [5, 'minuta']],
      ro: [[1, 'minut'], [3, 'minute'], [20, 'de minute']],
      he: [[1, 'דקה אחת'], [2, 'שתי דקות'], [5, '5 דקות']],
    }; // prettier-ignore
    for (const [code, forms] of Object.entries(cases)) {
      const t = await loadTranslation(code);
      // Polish "about N" takes the genitive; its handoff line ("przez N …") shows the three forms.
      const say = code === 'pl' ? t.handoffValidFor : t.introTime;
      for (const [m, word] of forms)
        expect(say(m), `${code} ${m}`).to.match(new RegExp(`(^|[^\\p{L}])${word}\\.?$`, 'u'));
    }
  });

  it('Arabic uses every plural form', async () => {
    const ar = await loadTranslation('ar');
    const forms = [1, 2, 3, 11, 100].map((m) => ar.introTime(m));
    expect(new Set(forms).size).to.equal(5);
    expect(forms[0]).to.include('دقيقة واحدة');
    expect(forms[1]).to.include('دقيقتين');
    expect(forms[2]).to.include('دقائق');
    expect(forms[3]).to.match(/دقيقة$/);
    for (const code of ['fr', 'es', 'de', 'pt-BR'] as const)
      expect((await loadTranslation(code)).$dir, code).to.equal('ltr');
  });

  it('singular and plural minutes', async () => {
    const expectations: Record<string, [string, string]> = {
      fr: ['1 minute', '3 minutes'],
      es: ['1 minuto', '3 minutos'],
      de: ['1 Minute', '3 Minuten'],
      'pt-BR': ['1 minuto', '3 minutos'],
    };
    for (const [code, [one, many]] of Object.entries(expectations)) {
      const t: Translation = await loadTranslation(code);
      expect(t.introTime(1), code).to.include(one);
      expect(t.introTime(3), code).to.include(many);
    }
  });

  it('matchLocale: exact, primary language, same language, else English', () => {
    expect(matchLocale(['pt-BR'])).to.equal('pt-br');
    expect(matchLocale(['pt'])).to.equal('pt-br');
    expect(matchLocale(['pt-PT'])).to.equal('pt-pt');
    expect(matchLocale(['ar-EG'])).to.equal('ar');
    expect(matchLocale(['fr-CA'])).to.equal('fr');
    expect(matchLocale(['de-AT', 'en'])).to.equal('de');
    expect(matchLocale(['sw', 'es-MX'])).to.equal('es');
    expect(matchLocale(['sw'])).to.equal('en');
    expect(matchLocale([])).to.equal('en');
  });

  it('lang="ar" sets dir="rtl" on the element, and back to ltr', async () => {
    const el = await fixture<VerilockFlow>(html`<verilock-flow lang="ar"></verilock-flow>`);
    await waitUntil(() => el.getAttribute('dir') === 'rtl', 'dir=rtl', { timeout: 5000 });
    expect(el.localize.lang).to.equal('ar');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.base')!).direction).to.equal('rtl');
    expect(el.shadowRoot!.textContent).to.include('جارٍ تحميل');
    el.lang = 'pt-BR';
    await waitUntil(() => el.getAttribute('dir') === 'ltr' && el.localize.lang === 'pt-BR', 'pt-BR ltr', {
      timeout: 5000,
    });
    expect(el.shadowRoot!.textContent).to.include('Carregando sua verificação');
  });

  it('two elements keep their own locale (not page-global)', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div><verilock-flow lang="es"></verilock-flow><verilock-flow lang="ar"></verilock-flow></div>`,
    );
    const [a, b] = [...wrap.querySelectorAll('verilock-flow')] as VerilockFlow[];
    await waitUntil(() => a!.localize.lang === 'es' && b!.localize.lang === 'ar', 'both loaded', { timeout: 5000 });
    await a!.updateComplete;
    await b!.updateComplete;
    expect(a!.dir).to.equal('ltr');
    expect(b!.dir).to.equal('rtl');
    expect(a!.shadowRoot!.textContent).to.include('Cargando su verificación');
    expect(b!.shadowRoot!.textContent).to.include('جارٍ تحميل');
  });

  it('the strings property overrides one key without losing the others', async () => {
    const el = await fixture<VerilockFlow>(html`<verilock-flow lang="fr"></verilock-flow>`);
    await waitUntil(() => el.localize.lang === 'fr', 'French arrives', { timeout: 5000 });
    el.strings = { loading: 'Un instant…' };
    await el.updateComplete;
    expect(el.localize.t.loading).to.equal('Un instant…');
    expect(el.localize.t.widgetLabel).to.equal('Vérification d’identité');
    expect(el.localize.t.errors.network.title).to.equal('Pas de connexion');
    expect(el.shadowRoot!.textContent).to.include('Un instant…');
    expect(el.shadowRoot!.querySelector('.base')!.getAttribute('aria-label')).to.equal('Vérification d’identité');
    // The override survives a change of language.
    el.lang = 'es';
    await waitUntil(() => el.localize.lang === 'es', 'Spanish arrives', { timeout: 5000 });
    expect(el.localize.t.loading).to.equal('Un instant…');
    expect(el.localize.t.widgetLabel).to.equal('Verificación de identidad');
  });

  it('withOverrides merges nested records key by key', async () => {
    const de = await loadTranslation('de');
    const t = withOverrides(de, {
      errors: { ...de.errors, network: { title: 'Offline', instruction: 'Bitte später erneut versuchen.' } },
      documentTypes: { ...de.documentTypes, id_card: 'Ausweis' },
    });
    expect(t.errors.network.title).to.equal('Offline');
    expect(t.errors.server_error.title).to.equal(de.errors.server_error.title);
    expect(t.documentTypes.id_card).to.equal('Ausweis');
    expect(t.documentTypes.passport).to.equal('Reisepass');
    expect(de.documentTypes.id_card, 'the base translation is not mutated').to.equal('Personalausweis');
  });
});
