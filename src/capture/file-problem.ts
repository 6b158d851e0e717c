import type { Translation } from '../i18n/translation.js';
import type { FileProblem } from './encode.js';

/** What the applicant is told when a chosen file is refused. */
export function fileProblemText(t: Translation, problem: FileProblem, maxInputBytes: number): string {
  switch (problem) {
    case 'too_large':
      return t.fileTooLarge(Math.floor(maxInputBytes / (1024 * 1024)));
    case 'not_image':
      return t.fileNotImage;
    case 'unreadable':
      return t.fileUnreadable;
    case 'pdf_too_large':
      return t.filePdfTooLarge(Math.floor(maxInputBytes / (1024 * 1024)));
    case 'pdf_encrypted':
      return t.filePdfEncrypted;
    case 'pdf_corrupt':
      return t.filePdfCorrupt;
    case 'heic_corrupt':
      return t.fileHeicCorrupt;
    case 'heic_unsupported':
      return t.fileHeicUnsupported;
  }
}
