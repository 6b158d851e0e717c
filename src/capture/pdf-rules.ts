/** What the file fallback decides about a PDF, apart from rendering it (pure, unit-tested). */

/** Why a PDF could not be rendered. */
export type PdfFailure = 'encrypted' | 'corrupt';

/**
 * The page a document side is taken from: the front is page 1; the back is page 2 when the PDF has one (a
 * scan of both sides, the applicant chooses the same file again on the back step), else page 1 (the back
 * scanned on its own).
 */
export function pdfPageFor(side: 'front' | 'back', pages: number): number {
  return side === 'back' && pages >= 2 ? 2 : 1;
}

/** pdf.js refuses a document it needs a password for with a `PasswordException`; anything else is corrupt. */
export function pdfFailureOf(err: unknown): PdfFailure {
  return err instanceof Error && err.name === 'PasswordException' ? 'encrypted' : 'corrupt';
}

/** Whether the first KiB of a file carries the PDF header (`%PDF-`; readers accept leading bytes before it). */
export function isPdfHeader(head: Uint8Array): boolean {
  const text = String.fromCharCode(...head.subarray(0, 1024));
  return text.includes('%PDF-');
}
