import { html, nothing, type TemplateResult } from 'lit';
import type { SessionController } from '../../session/session-controller.js';
import type { DocumentChoice } from '../chooser/chooser.screen.js';
import { consentScreen } from '../consent/consent.screen.js';
import { doneScreen } from '../done/done.screen.js';
import { errorScreen } from '../error/error.screen.js';
import type { HandoffView } from '../../handoff/handoff-state.js';
import type { InAppNoticeController } from '../intro/in-app-notice.js';
import { introScreen } from '../intro/intro.screen.js';
import type { LanguageSwitcherController } from '../intro/language-switcher.js';
import { uploadingScreen } from '../uploading/uploading.screen.js';
import { flowHeader, type CancelControls } from './header.js';
import type { VerilockFlow } from './flow.component.js';
import type { LaterParts } from './later-parts.js';
import { cameraStep, chooserStep, handoffStepModule, reviewStep } from './loading.js';
import { loadingStep, type ScreenContext } from './screen.js';
import type { CameraView } from './step-loader.js';

/** Everything the flow's screens are drawn from, gathered by `<verilock-flow>` for one render. */
export interface FlowView {
  ctx: ScreenContext;
  lang: string;
  /** A token was given (the loading screen spins only then). */
  hasToken: boolean;
  session: Pick<SessionController, 'session' | 'uploads' | 'rejectedKind'>;
  online: boolean;
  /** The intro's in-app browser notice and language switcher (the switcher only when `switcher`). */
  intro: {
    inApp: Pick<InAppNoticeController, 'render'>;
    language: Pick<LanguageSwitcherController, 'render'>;
    switcher: boolean;
  };
  choice: DocumentChoice;
  camera: CameraView;
  /** The capture under review and its confirmation; the redirect under way. */
  later: Pick<LaterParts, 'pending' | 'confirm' | 'redirectUrl'>;
  /** The phone handoff's link and progress (null until its code has loaded). */
  handoff: HandoffView | null;
  /** Takes again the kind the server refused (the error screen offers it). */
  retake(): void;
  /** The cancel button's confirmation, open or not, and the cancel it confirms. */
  canceller: Pick<VerilockFlow, 'confirmingCancel' | 'cancel'>;
  liveText: string;
}

/** The intro's notices: the in-app browser's, and the language switcher. */
function introExtras({ ctx: { t }, lang, intro }: FlowView): TemplateResult {
  return html`${intro.inApp.render(t)}${intro.language.render(t, lang, intro.switcher)}`;
}

function screen(v: FlowView): TemplateResult {
  const { ctx } = v;
  const { t, state: s } = ctx;
  switch (s.screen) {
    case 'loading':
      return html`${v.hasToken ? html`<div class="spinner" role="presentation"></div>` : nothing}
        <p role="status" class="muted">${t.loading}</p>`;
    case 'intro':
      return introScreen(ctx, v.session.session?.applicant.first_name ?? null, introExtras(v));
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
      return (
        reviewStep()?.reviewScreen(ctx, v.later.pending, v.later.confirm) ??
        loadingStep(t.reviewTitle[s.kind!], t.loading)
      );
    case 'uploading':
      return uploadingScreen(ctx, v.session.uploads, v.online);
    case 'handoff':
      return (
        (v.handoff && handoffStepModule()?.handoffScreen(ctx, v.handoff)) ||
        loadingStep(t.handoffTitle, t.handoffCreating)
      );
    case 'done':
    case 'cancelled':
      return doneScreen(ctx, v.later.redirectUrl);
    case 'error':
      return errorScreen(ctx, s.error?.code === 'upload_rejected' && v.session.rejectedKind ? v.retake : null);
  }
}

function cancelControls(el: FlowView['canceller']): CancelControls {
  return { confirming: el.confirmingCancel, toggle: (open) => (el.confirmingCancel = open), cancel: () => el.cancel() };
}

/** The whole flow: its header, the current screen, and the polite live region. */
export function renderFlow(v: FlowView): TemplateResult {
  // lang: the shown locale's, however it was chosen (screen readers' voice, CJK glyphs, hyphenation).
  return html`<div class="base" part="base" role="region" lang=${v.lang} aria-label=${v.ctx.t.widgetLabel}>
    ${flowHeader(v.ctx, cancelControls(v.canceller))} ${screen(v)}
    <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${v.liveText}</div>
  </div>`;
}
