import { html, nothing, svg, type TemplateResult } from 'lit';
import type { ErrorCode } from '../../events/events.js';
import type { Translation } from '../../i18n/translation.js';

/** The cut-out of each camera overlay, in a 0–100 viewBox stretched over the preview. */
const CUTS = { document: 'M8,18 h84 v64 h-84 Z', face: 'M50,14 a28,36 0 1,0 0.01,0 Z' } as const;

/** The shade around the document frame or face oval (styled by camera.styles.ts); `good` turns it green. */
export function cameraOverlay(shape: keyof typeof CUTS, good = false): TemplateResult {
  const cut = CUTS[shape];
  return html`<svg
    class="overlay ${good ? 'good' : ''}"
    viewBox="0 0 100 100"
    preserveAspectRatio="none"
    aria-hidden="true"
  >
    ${svg`<path class="shade" fill-rule="evenodd" d="M0,0 h100 v100 h-100 Z ${cut}"></path>
    <path class="outline" d=${cut} vector-effect="non-scaling-stroke"></path>`}
  </svg>`;
}

/** The camera-problem panel of a camera step: what happened, what to do, retry (and optionally a way on). */
export function cameraProblem(
  t: Translation,
  code: ErrorCode,
  onRetry: () => void,
  extra: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const copy = t.errors[code];
  return html`<div class="problem" role="alert" part="camera-error">
    <h3>${copy.title}</h3>
    <p>${copy.instruction}</p>
    <button class="secondary" @click=${onRetry}>${t.retry}</button>
    ${extra}
  </div>`;
}
