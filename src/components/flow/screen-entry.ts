import type { FlowState } from '../../flow/machine.js';
import type { FlowParts } from './flow-parts.js';
import { loadCompletion } from './loading.js';

/** Whether `next` is another screen than `prev` (or the same screen for another capture kind). */
export function enteredScreen(prev: FlowState, next: FlowState): boolean {
  return prev.screen !== next.screen || prev.kind !== next.kind;
}

/**
 * Side effects of entering `next` from `prev`: load the code it needs, start its work (the session's
 * load, the uploads' finish), forget the last screen's (its announcements, the capture under review).
 */
export function enterScreen(
  prev: FlowState,
  next: FlowState,
  assetsBase: string,
  p: Pick<FlowParts, 'session' | 'steps' | 'later' | 'announcer' | 'state'>,
): void {
  const screen = next.screen;
  p.announcer.reset();
  p.steps.enter(prev, next, assetsBase);
  if (prev.screen === 'review' && screen !== 'review') p.later.drop();
  if (screen === 'loading') void p.session.load();
  if (screen === 'uploading')
    void loadCompletion().then(
      () => p.session.finish(() => p.state().screen === 'uploading'),
      (e: unknown) => p.session.fail(e),
    );
}

/** A new screen's heading takes the focus (a screen reader reads where the applicant now is). */
export function focusHeading(root: ParentNode): void {
  root.querySelector<HTMLElement>('h2')?.focus({ preventScroll: false });
}
