import { html, nothing, type TemplateResult } from 'lit';
import type { CapturedImage } from '../capture/capture.component.js';
import { qualityVerdict, type DocumentMetrics } from '../../vision/document-quality.js';
import { guidanceFor } from '../../vision/quality-guidance.js';
import { heading, type ScreenContext } from '../flow/screen.js';

/** A capture under review, with the object URL of its preview. */
export interface PendingCapture extends CapturedImage {
  url: string;
}

/**
 * Check the capture: the preview, a warning when the document looked poor when it was taken (the
 * applicant decides), confirm or retake. The one-photo liveness fallback says a person will look at it.
 */
export function reviewScreen(
  { t, state, dispatch }: ScreenContext,
  p: PendingCapture | null,
  confirm: () => void,
): TemplateResult {
  const kind = state.kind!;
  const issue =
    p?.quality && 'sharpness' in p.quality
      ? qualityVerdict(p.quality as unknown as DocumentMetrics).issues[0]
      : undefined;
  const warning = issue ? t.guidance[guidanceFor(issue)] : null;
  const photoFallback = kind === 'liveness' && p?.livenessMode === 'photo';
  const title = photoFallback ? t.livenessPhotoReview.title : t.reviewTitle[kind];
  const check = photoFallback ? t.livenessPhotoReview.check : t.reviewCheck[kind];
  return html`${heading(title)}
    ${p ? html`<img class="preview" part="preview" src=${p.url} alt=${t.reviewImageAlt[kind]} />` : nothing}
    ${warning ? html`<p class="warning" role="status">${warning}</p>` : nothing}
    <p>${check}</p>
    <div class="actions">
      <button part="primary-button" ?disabled=${!p} @click=${confirm}>${t.confirm}</button>
      <button class="secondary" part="secondary-button" @click=${() => dispatch({ type: 'RETAKE' })}>
        ${t.retake}
      </button>
    </div>`;
}
