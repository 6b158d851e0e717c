import { html, nothing, type TemplateResult } from 'lit';
import type { CaptureKind } from '../../api/schemas.js';
import type { SessionController } from '../../session/session-controller.js';
import type { DocumentChoice } from '../chooser/chooser.screen.js';
import { consentScreen } from '../consent/consent.screen.js';
import { doneScreen } from '../done/done.screen.js';
import { errorScreen } from '../error/error.screen.js';
import type { HandoffView } from '../../handoff/handoff-state.js';
import { introScreen } from '../intro/intro.screen.js';
import type { PendingCapture } from '../review/review.screen.js';
import { uploadingScreen } from '../uploading/uploading.screen.js';
import { flowHeader, type CancelControls } from './header.js';
import { cameraStep, chooserStep, handoffStepModule, reviewStep } from './loading.js';
import { loadingStep, type ScreenContext } from './screen.js';
import type { CameraView } from './step-loader.js';

/** Everything the flow's screens are drawn from, gathered by `<verilock-flow>` for one render. */
export interface FlowView {
  ctx: ScreenContext;
  lang: string;
  /** A token was given (the loading screen spins only then). */
  hasToken: boolean;
  session: Pick<SessionController, 'session' | 'uploads'>;
  online: boolean;
  inAppNotice: TemplateResult | typeof nothing;
  choice: DocumentChoice;
  camera: CameraView;
  pending: PendingCapture | null;
  confirm(): void;
  /** The phone handoff's link and progress (null until its code has loaded). */
  handoff: HandoffView | null;
  redirectUrl: string | null;
  /** The kind the server refused, and the retake of it (the error screen offers it). */
  rejected: { kind: CaptureKind | null; retake(): void };
  cancel: CancelControls;
  liveText: string;
}

function screen(v: FlowView): TemplateResult {
  const { ctx } = v;
  const { t, state: s } = ctx;
  switch (s.screen) {
    case 'loading':
      return html`${v.hasToken ? html`<div class="spinner" role="presentation"></div>` : nothing}
        <p role="status" class="muted">${t.loading}</p>`;
    case 'intro':
      return introScreen(ctx, v.session.session?.applicant.first_name ?? null, v.inAppNotice);
    case 'consent':
      return consentScreen(ctx);
    case 'document_select':
      return chooserStep()?.chooserScreen(ctx, v.lang, v.choice) ?? loadingStep(t.documentSelectTitle, t.loading);
    case 'capture':
      return (
        (v.camera.ready && cameraStep()?.cameraStep(ctx, v.camera)) ||
        loadingStep(s.kind === 'liveness' ? t.livenessTitle : t.captureTitle[s.kind!], t.cameraStarting)
      );
    case 'review':
      return reviewStep()?.reviewScreen(ctx, v.pending, v.confirm) ?? loadingStep(t.reviewTitle[s.kind!], t.loading);
    case 'uploading':
      return uploadingScreen(ctx, v.session.uploads, v.online);
    case 'handoff':
      return (
        (v.handoff && handoffStepModule()?.handoffScreen(ctx, v.handoff)) ||
        loadingStep(t.handoffTitle, t.handoffCreating)
      );
    case 'done':
    case 'cancelled':
      return doneScreen(ctx, v.redirectUrl);
    case 'error':
      return errorScreen(ctx, s.error?.code === 'upload_rejected' && v.rejected.kind ? v.rejected.retake : null);
  }
}

/** The whole flow: its header, the current screen, and the polite live region. */
export function renderFlow(v: FlowView): TemplateResult {
  // lang: the shown locale's, however it was chosen (screen readers' voice, CJK glyphs, hyphenation).
  return html`<div class="base" part="base" role="region" lang=${v.lang} aria-label=${v.ctx.t.widgetLabel}>
    ${flowHeader(v.ctx, v.cancel)} ${screen(v)}
    <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${v.liveText}</div>
  </div>`;
}
