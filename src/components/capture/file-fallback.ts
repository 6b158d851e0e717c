import { html, type TemplateResult } from 'lit';
import { encodeFile, FileRejected, type EncodedImage } from '../../capture/encode.js';
import { fileProblemText } from '../../capture/file-problem.js';
import { ENCODING } from '../../capture/types.js';
import type { Translation } from '../../i18n/translation.js';

/** The outcome of a chosen file: the image encoded like a document photo, or what to tell the applicant. */
export type ChosenFile = { image: EncodedImage } | { problem: string };

/** The file chosen in a file input, clearing the input so the same file can be chosen again (`null`: none). */
export function takeChosenFile(e: Event): File | null {
  const input = e.target as HTMLInputElement;
  const file = input.files?.[0] ?? null;
  input.value = '';
  return file;
}

/**
 * Encodes a chosen file like a document photo (a PDF gives the front its page 1, the back its page 2 when it
 * has one; a HEIC photo is decoded with the decoder under `assetsBase`), or says why it is refused.
 */
export async function encodeChosenFile(
  file: File,
  t: Translation,
  maxInputBytes: number,
  side: 'front' | 'back' = 'front',
  assetsBase: string | null = null,
): Promise<ChosenFile> {
  try {
    return { image: await encodeFile(file, { ...ENCODING.document, maxInputBytes, side, assetsBase }) };
  } catch (err) {
    return { problem: fileProblemText(t, err instanceof FileRejected ? err.problem : 'unreadable', maxInputBytes) };
  }
}

/** The "use a file" button of a document step (a label over a hidden file input). */
export function fileButton(t: Translation, disabled: boolean, onChange: (e: Event) => void): TemplateResult {
  return html`<label class="button secondary" part="file-button">
    ${t.useFile}
    <input
      class="file-input"
      type="file"
      accept="image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif,application/pdf,.pdf,image/*"
      ?disabled=${disabled}
      @change=${onChange}
    />
  </label>`;
}
