/**
 * The review step, loaded with the camera steps (see `flow/loading.ts`): its screen and the capture under
 * review, whose confirmation queues the upload.
 */
export { reviewScreen, type PendingCapture } from './review.screen.js';
export { CaptureReview, type CaptureReviewHooks } from './capture-review.js';
