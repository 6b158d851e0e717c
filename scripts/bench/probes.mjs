// What the bench reads from a page: the widget's milestones, shutter photos, the JS heap, every response's bytes
// on the wire by kind, and the time from a camera step shown to its first vision result.
import { basename } from 'node:path';

/** What a response is, for the byte table. */
export function kindOf(url, contentType) {
  const path = new URL(url).pathname;
  const name = basename(path);
  if (path.endsWith('.wasm')) return 'wasm';
  if (/\.(tflite|task|binarypb)$/.test(path)) return 'models';
  if (/\.m?js$/.test(path) || /javascript/.test(contentType)) {
    return /^(fr|es|de|pt-BR|ar)-[\w-]+\.js$/.test(name) ? 'locales' : 'js';
  }
  return 'other';
}

/** Installed before any script of the hosted page: timestamps of the widget's milestones. */
export function pageProbe() {
  const marks = (window.__bench = { events: [] });
  customElements.whenDefined('verilock-flow').then(() => (marks.definedAt = performance.now()));
  document.addEventListener('verilock-ready', () => {
    performance.mark('verilock-ready');
    marks.readyAt = performance.now();
    marks.resourcesAtReady = performance
      .getEntriesByType('resource')
      .map((e) => ({ name: e.name, startTime: e.startTime, responseEnd: e.responseEnd }));
    requestAnimationFrame(() => requestAnimationFrame(() => (marks.paintedAt = performance.now())));
  });
  // When each camera step was first shown (a capture element of that kind, or the liveness element).
  marks.shown = {};
  const watch = () => {
    const root = document.querySelector('verilock-flow')?.shadowRoot;
    const key =
      root?.querySelector('verilock-capture')?.kind ?? (root?.querySelector('verilock-liveness') ? 'liveness' : null);
    if (key && marks.shown[key] === undefined) marks.shown[key] = performance.now();
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  for (const n of ['error', 'complete', 'redirect'])
    document.addEventListener(`verilock-${n}`, (e) => marks.events.push({ name: n, detail: e.detail }));
  document.addEventListener('verilock-redirect', (e) => e.preventDefault()); // stay: the bench reads the page after
}

export async function shoot(flow, reviewHeading, timeoutMs = 30_000) {
  const shutter = flow.getByRole('button', { name: 'Take photo' });
  const review = flow.getByRole('heading', { name: reviewHeading });
  const until = Date.now() + timeoutMs;
  while (!(await review.isVisible())) {
    if (Date.now() > until) throw new Error(`no review screen (${reviewHeading})`);
    if (await shutter.isEnabled({ timeout: 100 }).catch(() => false)) {
      const handle = await shutter.elementHandle({ timeout: 200 }).catch(() => null);
      await handle?.click({ timeout: 2000 }).catch(() => {});
    }
    await review.waitFor({ timeout: 500 }).catch(() => {});
  }
}

export async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

export async function heapNow(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

/**
 * Records every GET of the context that came over the network (not /api/): its bytes on the wire (the
 * body as the server encoded it), its decoded size and its Content-Encoding.
 */
export function recordResponses(context) {
  const responses = [];
  const pending = [];
  context.on('response', (res) => {
    const req = res.request();
    if (req.method() !== 'GET' || res.status() < 200 || res.status() >= 300) return;
    const url = new URL(res.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return; // blob: previews, data: URLs
    if (url.pathname.startsWith('/api/')) return;
    pending.push(
      res
        .finished()
        .then(() => req.sizes())
        // Only bodies that came over the network: a copy from the HTTP cache (or revalidated, 304) has none.
        .then((sizes) =>
          sizes.responseBodySize > 0
            ? res.body().then((body) =>
                responses.push({
                  url: res.url(),
                  kind: kindOf(res.url(), res.headers()['content-type'] ?? ''),
                  raw: body.length,
                  wire: sizes.responseBodySize,
                  encoding: res.headers()['content-encoding'] ?? 'identity',
                }),
              )
            : undefined,
        )
        .catch(() => {}),
    );
  });
  return { responses, settle: () => Promise.all(pending) };
}

/** Bytes on the wire by kind, and by kind and encoding. */
export function wireByKind(responses) {
  const byKind = {};
  for (const r of responses) {
    byKind[r.kind] ??= { raw: 0, wire: 0, files: 0, encodings: {} };
    const k = byKind[r.kind];
    k.raw += r.raw;
    k.wire += r.wire;
    k.files += 1;
    k.encodings[r.encoding] = (k.encodings[r.encoding] ?? 0) + r.wire;
  }
  return byKind;
}

/** JS fetched before the first screen was interactive: resources started before `verilock-ready`. */
export function criticalJs(marks, responses) {
  const early = new Set(marks.resourcesAtReady.filter((r) => r.startTime <= marks.readyAt).map((r) => r.name));
  return responses.filter((r) => r.kind === 'js' && early.has(r.url));
}

/** Milliseconds from the step of `kind` being shown to its first vision result (in the page), or NaN. */
export function visionAfterShown(page, kind, timeoutMs) {
  return page.evaluate(
    ({ kind, timeoutMs }) =>
      new Promise((resolve) => {
        const started = performance.now();
        const tick = () => {
          const shown = window.__bench.shown[kind];
          const mark =
            shown === undefined
              ? undefined
              : performance
                  .getEntriesByName('verilock-vision-result')
                  .find((m) => m.detail === kind && m.startTime >= shown);
          if (mark) resolve({ shownAt: shown, resultAt: mark.startTime });
          else if (performance.now() - started > timeoutMs) resolve({ shownAt: shown, resultAt: Number.NaN });
          else setTimeout(tick, 20);
        };
        tick();
      }),
    { kind, timeoutMs },
  );
}
