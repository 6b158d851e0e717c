import type { ReactiveControllerHost } from 'lit';
import type { VerilockEventDetails } from '../../events/events.js';
import { captureUpload } from '../../flow/capture-upload.js';
import type { FlowState } from '../../flow/machine.js';
import type { SessionController } from '../../session/session-controller.js';
import type { CapturedImage } from '../capture/capture.component.js';
import type { PendingCapture } from './review.screen.js';

/** What the review needs of the flow, and tells it. */
export interface CaptureReviewHooks {
  state(): FlowState;
  /** The capture is queued for upload (the flow sends `verilock-capture` and moves on). */
  confirmed(event: VerilockEventDetails['verilock-capture']): void;
}

/**
 * The capture under review: its preview URL (revoked when it is dropped), and its confirmation, which
 * queues the upload (waiting for the queue's code when it has not arrived yet). Loaded with the camera
 * steps, whose captures it takes (see `flow/loading.ts`).
 */
export class CaptureReview {
  pending: PendingCapture | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly session: SessionController,
    private readonly hooks: CaptureReviewHooks,
  ) {}

  /** A capture step took an image: it is now the one under review. */
  take(image: CapturedImage): void {
    this.drop();
    this.pending = { ...image, url: URL.createObjectURL(image.blob) };
    this.host.requestUpdate();
  }

  /** Forgets the capture under review (retaken, confirmed and left, or the session stopped). */
  drop(): void {
    if (this.pending) URL.revokeObjectURL(this.pending.url);
    if (this.pending) this.host.requestUpdate();
    this.pending = null;
  }

  confirm = (): void => {
    const upload = this.pending && captureUpload(this.pending, this.hooks.state());
    if (!upload) return;
    if (!this.session.enqueue(upload.kind, upload.files, upload.meta))
      return void this.session.queueReady().then(
        (q) => q && this.confirm(),
        (e: unknown) => this.session.fail(e),
      );
    this.hooks.confirmed(upload.event);
  };
}
