import type { GuidanceState } from '../i18n/translation.js';
import type { QualityIssue } from './document-quality.js';

/**
 * The guidance line for a document-quality issue (the first of a verdict's issues): one mapping for the
 * live capture hint and the review screen's warning. `too_bright` reads as glare; no issue is `good`.
 */
export function guidanceFor(
  issue: QualityIssue | undefined,
): Extract<GuidanceState, 'good' | 'too_dark' | 'too_blurry' | 'glare'> {
  switch (issue) {
    case undefined:
      return 'good';
    case 'too_dark':
      return 'too_dark';
    case 'blurry':
      return 'too_blurry';
    case 'glare':
    case 'too_bright':
      return 'glare';
  }
}
