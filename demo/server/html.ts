/** The HTML every page of the reference backend is written with: escaping, the shared `<head>`, inert JSON. */

/** `value` with every character that could open markup or end an attribute written as a character reference. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The `<head>` start every page of ours shares (the caller adds its own lines, then closes it). */
export function pageHead(title: string, css = 'hosted.css', lang = 'en', dir?: 'ltr' | 'rtl'): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}"${dir ? ` dir="${dir}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/sdk/${escapeHtml(css)}">`;
}

/**
 * `value` as JSON that can sit inside an HTML `<script type="application/json">` element: `<`, `>`, `&` and
 * the two JavaScript line separators are written as `\u` escapes, so nothing in it (`</script>`, `<!--`)
 * can end the element or change how it parses; `JSON.parse` gives the same value back.
 */
export function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
