/**
 * Renders one page of a PDF to a canvas with pdf.js (pdfjs-dist, Mozilla, Apache-2.0: the PDF renderer
 * browsers themselves ship, kept up to date and without `eval`). Imported only when the applicant chooses a
 * PDF file, so neither pdf.js nor its worker ever loads otherwise. The worker is our own module
 * (pdf.worker.ts), built beside the widget and served from its origin.
 */
import { getDocument, PDFWorker } from 'pdfjs-dist';
import type { PdfFailure } from './pdf-rules.js';
import { pdfFailureOf } from './pdf-rules.js';

export interface RenderedPage {
  canvas: HTMLCanvasElement;
  width: number;
  height: number;
  /** The page rendered (1-based) and how many pages the document has. */
  page: number;
  pages: number;
}

/** A PDF that could not be rendered: encrypted (a password is asked for) or corrupt. */
export class PdfFailed extends Error {
  constructor(readonly failure: PdfFailure) {
    super(`pdf failed: ${failure}`);
    this.name = 'PdfFailed';
  }
}

/**
 * Renders page `pickPage(pages)` of the PDF in `data` so its longer side is `longSide` pixels (a page is
 * vector art: it is rendered at the size it will be sent at, not scaled up from its size in points).
 */
export async function renderPdfPage(
  data: Uint8Array,
  pickPage: (pages: number) => number,
  longSide: number,
): Promise<RenderedPage> {
  const port = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module', name: 'verilock-pdf' });
  const worker = new PDFWorker({ port: port as never });
  const task = getDocument({
    data,
    worker,
    // Nothing is fetched: no CMaps, standard fonts or wasm decoders from elsewhere (fonts a PDF does not
    // embed fall back to the system's), no scripting, no XFA forms.
    useWorkerFetch: false,
    useWasm: false,
    enableXfa: false,
    stopAtErrors: true,
  });
  try {
    const doc = await task.promise.catch((err: unknown) => {
      throw new PdfFailed(pdfFailureOf(err));
    });
    const number = pickPage(doc.numPages);
    try {
      const page = await doc.getPage(number);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: longSide / Math.max(base.width, base.height) });
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(viewport.width));
      canvas.height = Math.max(1, Math.round(viewport.height));
      await page.render({ canvas, viewport }).promise;
      return { canvas, width: canvas.width, height: canvas.height, page: number, pages: doc.numPages };
    } catch {
      throw new PdfFailed('corrupt');
    }
  } finally {
    await task.destroy().catch(() => undefined);
    worker.destroy();
    port.terminate();
  }
}
