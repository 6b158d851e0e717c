import type { ReactiveControllerHost } from 'lit';
import type { SessionController } from '../../session/session-controller.js';
import type { CaptureReview } from '../review/capture-review.js';
import type { CompletionHooks, FlowCompletion } from './completion.js';
import { completionStep, reviewStep } from './loading.js';

/** What the later parts need of the flow. */
export interface LaterPartsHooks extends Omit<CompletionHooks, 'session'> {
  session: SessionController;
}

/**
 * The flow's parts whose code loads after the first screen, with what leads to them (see `loading.ts`):
 * the capture under review (with the camera steps, whose captures it takes) and the end of the session
 * (with the camera steps and the handoff, and always before the uploads are submitted). Each is made on
 * its first use.
 */
export class LaterParts {
  #review: CaptureReview | null = null;
  #completion: FlowCompletion | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: LaterPartsHooks,
  ) {}

  /** The capture under review, once its code has loaded. */
  get review(): CaptureReview | null {
    const m = reviewStep();
    const { session, state, emit, dispatch } = this.hooks;
    this.#review ??= m
      ? new m.CaptureReview(this.host, session, {
          state,
          confirmed: (event) => {
            emit('verilock-capture', event);
            dispatch({ type: 'CONFIRM' });
          },
        })
      : null;
    return this.#review;
  }

  /** The end of the session (events and redirect), once its code has loaded. */
  get completion(): FlowCompletion | null {
    const m = completionStep();
    this.#completion ??= m ? new m.FlowCompletion(this.host, this.hooks) : null;
    return this.#completion;
  }

  /** The capture under review, if any (loads nothing). */
  get pending(): CaptureReview['pending'] {
    return this.#review?.pending ?? null;
  }

  /** Where the applicant is being sent at the end, if a redirect is under way. */
  get redirectUrl(): string | null {
    return this.#completion?.redirectUrl ?? null;
  }

  /** Forgets the capture under review. */
  drop(): void {
    this.#review?.drop();
  }

  /** Confirms the capture under review (queues its upload). */
  confirm = (): void => this.#review?.confirm();
}
