import type { CaptureKind } from '../api/schemas.js';
import type { HandoffStepName, Translation } from '../i18n/translation.js';
import type { HandoffNews } from './handoff-state.js';

/** The name of the phone's step, as the desktop says it. */
export function phoneStepLabel(t: Translation, step: string): string {
  if (step in t.captureTitle) return t.captureTitle[step as CaptureKind];
  if (step in t.handoffStepNames) return t.handoffStepNames[step as HandoffStepName];
  return t.handoffStepNames.intro;
}

/** "2 of 3 received": the total is what the session needs, or more when the phone sent more. */
export function receivedTotal(needed: number, received: number): number {
  return Math.max(needed, received);
}

/** What the live region says of a change; `needed`: the captures the session needs. */
export function newsText(t: Translation, news: HandoffNews, needed: number): string {
  switch (news.kind) {
    case 'finished':
      return t.handoffFinished;
    case 'connected':
      return t.handoffConnectedBody;
    case 'received':
      return t.handoffReceived(news.count, receivedTotal(needed, news.count));
    case 'phone-step':
      return t.handoffPhoneStep(phoneStepLabel(t, news.step));
    case 'stalled':
      return t.handoffStalled;
  }
}
