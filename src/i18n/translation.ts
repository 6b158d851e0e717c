/**
 * The typed translation contract. Every locale implements {@link Translation}; a missing key is a type
 * error. Strings that interpolate are functions, so plurals and word order stay the locale's business.
 */
import type { CaptureKind, CaptureMeta, DocumentType, LivenessChallenge } from '../api/schemas.js';
import type { DocumentReadIssue } from '../document/assess.js';
import type { ErrorCode } from '../events/events.js';

export type GuidanceState =
  | 'starting'
  | 'no_face'
  | 'multiple_faces'
  | 'too_far'
  | 'too_close'
  | 'off_centre'
  | 'too_dark'
  | 'too_blurry'
  | 'glare'
  | 'hold_still'
  | 'good'
  | 'capturing';

export interface ErrorCopy {
  title: string;
  instruction: string;
}

export interface Translation {
  $code: string;
  $dir: 'ltr' | 'rtl';
  $name: string;

  widgetLabel: string;
  progress: (step: number, total: number) => string;
  continue: string;
  back: string;
  cancel: string;
  retry: string;
  loading: string;

  introTitle: (firstName: string | null) => string;
  introBody: string;
  introNeedDocument: string;
  introNeedSelfie: string;
  introNeedLiveness: string;
  introTime: (minutes: number) => string;
  introStart: string;
  /** The intro's language switcher: its label. */
  languageLabel: string;
  /** In-app browsers (Instagram, Facebook…): shown on the intro before any camera error. */
  inAppTitle: string;
  inAppBody: (app: string) => string;
  inAppOpen: string;

  consentTitle: string;
  consentBody: string;
  consentPoints: readonly string[];
  consentAccept: string;
  consentDecline: string;

  documentSelectTitle: string;
  documentTypeLabel: string;
  countryLabel: string;
  countryPlaceholder: string;
  documentTypes: Record<DocumentType, string>;

  captureTitle: Record<CaptureKind, string>;
  captureHint: Record<CaptureKind, string>;
  shutter: string;
  switchCamera: string;
  useFile: string;
  uploadInstead: string;
  cameraStarting: string;
  cameraPromptHelp: string;
  /** The camera picker (when more than one camera fits the step). */
  cameraPickerLabel: string;
  /** Names for cameras whose label says only a number (Android) or nothing. */
  cameraBack: (n: number) => string;
  cameraFront: (n: number) => string;
  cameraNumbered: (n: number) => string;
  /** The torch toggle (documents, where the camera has a torch). */
  torch: string;
  guidance: Record<GuidanceState, string>;
  autoCaptureOn: string;
  manualCaptureOnly: string;

  livenessTitle: string;
  livenessIntro: string;
  livenessChallenge: Record<LivenessChallenge, string>;
  livenessHoldStill: string;
  livenessTimeout: string;
  livenessPassed: string;
  livenessStart: string;
  livenessProgress: (done: number, total: number) => string;
  /** Documents without on-device vision: the shutter and a file still work. */
  manualCaptureOrFile: string;
  /** Liveness: the applicant says they cannot do the movements (the way to the one-photo fallback). */
  livenessCantDo: string;
  /** Liveness fallback: the button that takes the one photo sent for manual review. */
  livenessPhoto: string;
  /** The review screen after the one-photo liveness fallback: its heading and what to check. */
  livenessPhotoReview: { title: string; check: string };
  /** Liveness fallback: why one photo is offered instead, and that a person reviews it. */
  livenessFallback: Record<NonNullable<CaptureMeta['fallback_reason']>, string>;

  reviewTitle: Record<CaptureKind, string>;
  reviewCheck: Record<CaptureKind, string>;
  reviewImageAlt: Record<CaptureKind, string>;
  retake: string;
  confirm: string;

  fileTooLarge: (maxMegabytes: number) => string;
  fileNotImage: string;
  fileUnreadable: string;
  /** A chosen HEIC/HEIF photo that is damaged (truncated, invalid), or that the HEIC decoder cannot handle or run here. */
  fileHeicCorrupt: string;
  fileHeicUnsupported: string;
  /** A chosen PDF over the size limit (in whole megabytes), password-protected, or that cannot be opened. */
  filePdfTooLarge: (maxMegabytes: number) => string;
  filePdfEncrypted: string;
  filePdfCorrupt: string;
  /** A document read on the device, before upload: why it may not be accepted (the applicant may retake or choose again). */
  documentReadIssue: Record<DocumentReadIssue, ErrorCopy>;
  /** Back to the document choice, after a reading that contradicts it. */
  documentChooseAgain: string;

  uploadingTitle: string;
  uploadingBody: string;
  uploadProgress: (done: number, total: number) => string;
  uploadWaitingOnline: string;

  doneTitle: string;
  doneBody: string;
  doneRedirecting: string;
  doneContinue: string;

  cancelledTitle: string;
  cancelledBody: string;
  cancelConfirm: string;

  errorTitle: string;
  errors: Record<ErrorCode, ErrorCopy>;
  errorCode: (code: string) => string;

  /** Cross-device handoff: the offer on the intro and on camera errors, the QR screen, the phone's end. */
  handoffOffer: string;
  handoffTitle: string;
  /** What to do while the link waits to be opened (scan the code or open the link). */
  handoffBody: string;
  /** What to do once the phone has opened the link (the code is gone). */
  handoffConnectedBody: string;
  /** The phone has finished: this page ends by itself. */
  handoffFinishedBody: string;
  handoffQrLabel: string;
  handoffLinkLabel: string;
  handoffCopy: string;
  handoffCopied: string;
  handoffCopyManual: string;
  handoffCreating: string;
  handoffValidFor: (minutes: number) => string;
  handoffExpired: string;
  handoffStalled: string;
  handoffNewLink: string;
  handoffFailed: string;
  handoffWaiting: string;
  handoffConnected: string;
  handoffPhoneStep: (step: string) => string;
  handoffStepNames: Record<HandoffStepName, string>;
  handoffReceived: (done: number, total: number) => string;
  handoffFinished: string;
  handoffUseThisDevice: string;
  phoneDoneTitle: string;
  phoneDoneBody: string;
  /** The page a handoff link opens on the phone (served by the backend): a button redeems the link. */
  handoffOpenTitle: string;
  handoffOpenBody: string;
  handoffOpenButton: string;
  /** The page of a handoff link that can't be used, by reason. */
  handoffRefused: Record<'unknown' | 'used' | 'expired' | 'closed', ErrorCopy>;
}

/** Steps the phone reports that are not a capture (captures are named by `captureTitle`). */
export type HandoffStepName = 'intro' | 'consent' | 'document_select' | 'uploading' | 'done';

/**
 * Overrides an integrator may pass (`strings` property): any key, and for the keyed records (error
 * copy, document types, guidance…) any single entry.
 */
export type TranslationOverrides = {
  [K in keyof Translation]?: Translation[K] extends (...args: never[]) => unknown
    ? Translation[K]
    : Translation[K] extends readonly unknown[]
      ? Translation[K]
      : Translation[K] extends Record<string, unknown>
        ? {
            [P in keyof Translation[K]]?: Translation[K][P] extends Record<string, unknown>
              ? Partial<Translation[K][P]>
              : Translation[K][P];
          }
        : Translation[K];
};
