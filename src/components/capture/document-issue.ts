import { html, type TemplateResult } from 'lit';
import type { DocumentReadIssue } from '../../document/assess.js';
import type { Translation } from '../../i18n/translation.js';

/** A document that was read but cannot be used (expired, another type or country): why, retake, or choose again. */
export function documentIssue(
  t: Translation,
  issue: DocumentReadIssue,
  on: { retake(): void; chooseAgain(): void },
): TemplateResult {
  const copy = t.documentReadIssue[issue];
  return html`<div class="document-issue" part="document-issue" role="alert" data-issue=${issue}>
    <p><strong>${copy.title}</strong></p>
    <p>${copy.instruction}</p>
    <button @click=${on.retake}>${t.retake}</button>
    <button class="secondary" @click=${on.chooseAgain}>${t.documentChooseAgain}</button>
  </div>`;
}
