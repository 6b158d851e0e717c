/** The review step, loaded with the camera steps (see `flow/loading.ts`): its screen and the upload it confirms. */
export { reviewScreen, type PendingCapture } from './review.screen.js';
export { captureUpload } from '../../flow/capture-upload.js';
