import { html, nothing, type TemplateResult } from 'lit';
import { DEFAULT_MAX_UPLOAD_BYTES, type FlowSession } from '../../api/schemas.js';
import { canHandoff } from '../../flow/machine.js';
import { CAPTURE_PARTS, LIVENESS_PARTS, exportParts } from '../parts.js';
export { cameraStatusEvent, stepErrorEvent } from './camera-events.js';
export { stopWarmStream } from '../../camera/warm-stream.js';
import { backButton, handoffOffer, heading, type ScreenContext } from './screen.js';

/** What a camera step is drawn with, beside the screen context. */
export interface CameraStepProps {
  session: FlowSession | null;
  theme: string | undefined;
  assetsBase: string;
  /** The cameras chosen in this session, shared by its camera steps (in memory only). */
  cameraMemory: Map<'user' | 'environment', string>;
  /** The camera of this step failed (the liveness step then offers the phone below it). */
  cameraFailed: boolean;
}

/**
 * A document side, the selfie (`<verilock-capture>`) or liveness (`<verilock-liveness>`). Their internal
 * events (captured, camera status and error, guidance, vision error, handoff, choose another document)
 * bubble to the shell, which listens to them once for every screen. Loaded with the camera steps' code
 * (see `loading.ts`), so it is not among the first screen's scripts.
 */
export function cameraStep(ctx: ScreenContext, p: CameraStepProps): TemplateResult {
  const { t, state } = ctx;
  const kind = state.kind!;
  if (kind === 'liveness')
    return html`${heading(t.livenessTitle)}
      <verilock-liveness
        exportparts=${exportParts(LIVENESS_PARTS)}
        theme=${p.theme ?? nothing}
        .t=${t}
        .challenges=${p.session?.requirements.liveness_challenges ?? []}
        .cameraMemory=${p.cameraMemory}
        .assetsBase=${p.assetsBase}
        .handoff=${canHandoff(state)}
      ></verilock-liveness>
      <div class="actions">${p.cameraFailed ? handoffOffer(ctx) : nothing} ${backButton(ctx)}</div>`;
  return html`${heading(t.captureTitle[kind])}
    <p>${t.captureHint[kind]}</p>
    <verilock-capture
      exportparts=${exportParts(CAPTURE_PARTS)}
      theme=${p.theme ?? nothing}
      .kind=${kind}
      .t=${t}
      .cameraMemory=${p.cameraMemory}
      .maxInputBytes=${p.session?.requirements.max_upload_bytes ?? DEFAULT_MAX_UPLOAD_BYTES}
      .assetsBase=${p.assetsBase}
      .handoff=${canHandoff(state)}
      .documentType=${state.documentType}
      .country=${state.country}
    ></verilock-capture>
    <div class="actions">${backButton(ctx)}</div>`;
}
