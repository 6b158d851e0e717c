import { html, nothing, svg, type TemplateResult } from 'lit';
import { cameraNames, type CameraName } from '../../camera/choose-camera.js';
import type { CameraController } from '../../controllers/camera-controller.js';
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

function cameraName(t: Translation, n: CameraName): string {
  if (n.label) return n.label;
  return n.facing === 'environment'
    ? t.cameraBack(n.n)
    : n.facing === 'user'
      ? t.cameraFront(n.n)
      : t.cameraNumbered(n.n);
}

/**
 * The camera picker, when more than one camera fits the step (a laptop with an external webcam, a phone
 * with several rear cameras): a labelled native `<select>`, so keyboards and screen readers know it.
 */
export function cameraPicker(t: Translation, cam: CameraController): TemplateResult | typeof nothing {
  if (cam.cameras.length < 2) return nothing;
  const onChange = (e: Event) => void cam.selectCamera((e.target as HTMLSelectElement).value);
  return html`<div class="picker" part="camera-picker">
    <label for="camera-picker">${t.cameraPickerLabel}</label>
    <select id="camera-picker" ?disabled=${cam.status === 'requesting'} @change=${onChange}>
      ${cameraNames(cam.cameras).map(
        (n) => html`<option value=${n.deviceId} ?selected=${n.deviceId === cam.deviceId}>${cameraName(t, n)}</option>`,
      )}
    </select>
  </div>`;
}

/** The torch toggle (a pressed/not pressed button), where the camera has a torch. */
export function torchToggle(t: Translation, cam: CameraController): TemplateResult | typeof nothing {
  if (cam.torch === null || cam.status !== 'live') return nothing;
  return html`<button
    class="secondary"
    part="torch-button"
    aria-pressed=${cam.torch ? 'true' : 'false'}
    @click=${() => void cam.setTorch(!cam.torch)}
  >
    ${t.torch}
  </button>`;
}

/** "Continue on your phone" inside a camera step (offered with a camera problem when the session allows it). */
export function handoffButton(t: Translation, onClick: () => void): TemplateResult {
  return html`<button class="secondary" part="handoff-button" @click=${onClick}>${t.handoffOffer}</button>`;
}
