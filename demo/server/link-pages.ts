/**
 * The small server-rendered pages of the links we hand out, in the applicant's language (from
 * `Accept-Language`, with the widget's own locale strings): the "continue on this phone" page a
 * handoff link opens (a button that POSTs to redeem it), a handoff link that can't be used, and a
 * `/verify/<token>` link that isn't live. No script at all; styled by the hosted stylesheet.
 */
import { parseAccept } from 'hono/utils/accept';
import type { ErrorCopy, Translation } from '../../src/i18n/translation.js';
import '../../src/i18n/locales/index.js';
import en from '../../src/i18n/locales/en.js';
import { availableLocales, loadTranslation, matchLocale } from '../../src/i18n/registry.js';
import { escapeHtml, pageHead } from './html.js';

/** Every locale the widget ships, loaded once when the server starts (the pages are rendered synchronously). */
const BY_CODE = new Map<string, Translation>(
  await Promise.all(availableLocales().map(async (code) => [code, await loadTranslation(code)] as const)),
);

/**
 * The locale for an `Accept-Language` header: its ranges in order of preference, matched with the widget's
 * own resolution (`pt` → `pt-BR`, `zh-TW` → `zh-Hant`, `no` → `nb`, regions dropped); English otherwise.
 */
export function pageTranslation(acceptLanguage: string | undefined): Translation {
  if (!acceptLanguage || acceptLanguage.length > 1000) return en;
  let ranges: { type: string; q: number }[];
  try {
    ranges = parseAccept(acceptLanguage);
  } catch {
    return en;
  }
  const wanted = ranges.filter(({ type, q }) => q > 0 && type.trim() !== '*').map(({ type }) => type.trim());
  return BY_CODE.get(matchLocale(wanted)) ?? en;
}

/**
 * The locale a link's page speaks: `locale` (a stored, already checked tag: the session's, or the one chosen on
 * the device that made the link) when the widget ships it, else the one of `Accept-Language`.
 */
export function linkTranslation(locale: string | null, acceptLanguage: string | undefined): Translation {
  return (locale ? BY_CODE.get(locale.toLowerCase()) : undefined) ?? pageTranslation(acceptLanguage);
}

/** Headers every one of these pages carries besides its CSP. */
function commonHeaders(t: Translation): Record<string, string> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Language': t.$code,
    Vary: 'Accept-Language',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}

/**
 * Headers of the "continue on this phone" page: a strict CSP whose only allowance besides the
 * stylesheet is submitting its form to this origin; never framed.
 */
export function handoffOpenHeaders(t: Translation): Record<string, string> {
  return {
    ...commonHeaders(t),
    'Content-Security-Policy':
      "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; " +
      "frame-ancestors 'none'",
  };
}

/** The hosted page's headers (`base`, with the session's frame-ancestors) plus the language. */
export function messagePageHeaders(t: Translation, base: Record<string, string>): Record<string, string> {
  return { ...base, ...commonHeaders(t) };
}

function page(t: Translation, title: string, main: string): string {
  return `${pageHead(title, 'hosted.css', t.$code, t.$dir)}
</head>
<body>
${main}
</body>
</html>
`;
}

/**
 * The page a handoff link opens: what it is and one button. Only the POST the button sends redeems
 * the link (link previewers, mail scanners and prefetchers only ever GET or HEAD it).
 */
export function handoffOpenHtml(t: Translation): string {
  return page(
    t,
    t.handoffOpenTitle,
    `<main class="handoff-refused handoff-open">
<h1>${escapeHtml(t.handoffOpenTitle)}</h1>
<p>${escapeHtml(t.handoffOpenBody)}</p>
<form method="post">
<button type="submit">${escapeHtml(t.handoffOpenButton)}</button>
</form>
</main>`,
  );
}

/** A link that can't be used: a heading and what to do. */
export function messagePageHtml(t: Translation, copy: ErrorCopy): string {
  return page(
    t,
    copy.title,
    `<main class="handoff-refused" role="alert">
<h1>${escapeHtml(copy.title)}</h1>
<p>${escapeHtml(copy.instruction)}</p>
</main>`,
  );
}
