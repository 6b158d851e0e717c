import { html, nothing, type TemplateResult } from 'lit';
import { DEFAULT_MAX_UPLOAD_BYTES, type FlowSession } from '../../api/schemas.js';
import type { CameraStatus } from '../../controllers/camera-controller.js';
import type { CameraState } from '../../events/events.js';
import { canHandoff } from '../../flow/machine.js';
import { CAPTURE_PARTS, LIVENESS_PARTS, exportParts } from '../parts.js';
import { backButton, handoffOffer, heading, loadingStep, type ScreenContext } from './screen.js';

/** What a camera step is drawn with, beside the screen context. */
export interface CameraStepProps {
  /** The camera steps' code has loaded. */
  ready: boolean;
  session: FlowSession | null;
  theme: string | undefined;
  assetsBase: string;
  /** The cameras chosen in this session, shared by its camera steps (in memory only). */
  cameraMemory: Map<'user' | 'environment', string>;
  /** The camera of this step failed (the liveness step then offers the phone below it). */
  cameraFailed: boolean;
}

/** The public camera state (`verilock-camera-status`) of a capture step's camera status. */
export function publicCameraState(status: CameraStatus): CameraState {
  const map = { idle: 'stopped', requesting: 'requesting', live: 'live', paused: 'stopped', error: 'error' } as const;
  return map[status] ?? 'stopped';
}

/**
 * A document side, the selfie (`<verilock-capture>`) or liveness (`<verilock-liveness>`). Their internal
 * events (captured, camera status and error, guidance, vision error, handoff, choose another document)
 * bubble to the shell, which listens to them once for every screen.
 */
export function cameraStep(ctx: ScreenContext, p: CameraStepProps): TemplateResult {
  const { t, state } = ctx;
  const kind = state.kind!;
  if (!p.ready) return loadingStep(kind === 'liveness' ? t.livenessTitle : t.captureTitle[kind], t.cameraStarting);
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
