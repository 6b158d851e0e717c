import type { Translation } from '../translation.js';

const en: Translation = {
  $code: 'en',
  $dir: 'ltr',
  $name: 'English',

  widgetLabel: 'Identity verification',
  progress: (step, total) => `Step ${step} of ${total}`,
  continue: 'Continue',
  back: 'Back',
  cancel: 'Cancel',
  retry: 'Try again',
  loading: 'Loading your verification…',

  introTitle: (name) => (name ? `Hi ${name}, let’s verify your identity` : 'Let’s verify your identity'),
  introBody: 'It takes about two minutes. Here is what you will need:',
  introNeedDocument: 'A valid identity document',
  introNeedSelfie: 'A quick photo of your face',
  introNeedLiveness: 'A few simple head movements',
  introTime: (m) => `About ${m} ${m === 1 ? 'minute' : 'minutes'}`,
  introStart: 'Start',
  languageLabel: 'Language',
  inAppTitle: 'Open this page in your browser',
  inAppBody: (app) =>
    `The browser inside ${app} often cannot use the camera. Copy the link and open it in Safari, Chrome or another browser (or choose “Open in browser” in the app’s menu), or continue on your phone.`,
  inAppOpen: 'Open in my browser',

  consentTitle: 'Your consent',
  consentBody: 'To confirm that you are the owner of the document, we will take photos of your face.',
  consentPoints: [
    'Your face is analysed on this device to guide you; only the photos you confirm are sent.',
    'The photos are used only to verify your identity for this request.',
    'You can stop at any time.',
  ],
  consentAccept: 'I agree',
  consentDecline: 'I do not agree',

  documentSelectTitle: 'Choose your document',
  documentTypeLabel: 'Document type',
  countryLabel: 'Issuing country',
  countryPlaceholder: 'Select a country',
  documentTypes: {
    passport: 'Passport',
    id_card: 'Identity card',
    drivers_license: 'Driving licence',
    residence_permit: 'Residence permit',
  },

  captureTitle: {
    document_front: 'Front of your document',
    document_back: 'Back of your document',
    selfie: 'Take a selfie',
    liveness: 'Liveness check',
  },
  captureHint: {
    document_front: 'Place the front of your document inside the frame, on a dark surface, with no glare.',
    document_back: 'Turn your document over and place the back inside the frame.',
    selfie: 'Look straight at the camera and keep your face inside the oval.',
    liveness: 'Follow the instructions to show you are present.',
  },
  shutter: 'Take photo',
  switchCamera: 'Switch camera',
  useFile: 'Upload a photo instead',
  uploadInstead: 'Choose a file',
  cameraStarting: 'Starting the camera…',
  cameraPickerLabel: 'Camera',
  cameraBack: (n) => `Back camera ${n}`,
  cameraFront: (n) => `Front camera ${n}`,
  cameraNumbered: (n) => `Camera ${n}`,
  torch: 'Light',
  cameraPromptHelp:
    'Your browser is asking for permission to use the camera. Choose “Allow” in the prompt, usually near the address bar.',
  guidance: {
    starting: 'Getting ready…',
    no_face: 'We cannot see your face',
    multiple_faces: 'Only one person should be in the picture',
    too_far: 'Move closer',
    too_close: 'Move a little further away',
    off_centre: 'Centre your face in the oval',
    too_dark: 'It is too dark: find more light',
    too_blurry: 'Hold still: the picture is blurry',
    glare: 'Tilt the document to avoid glare',
    hold_still: 'Hold still…',
    good: 'Perfect, hold it there',
    capturing: 'Taking the photo…',
  },
  autoCaptureOn: 'The photo is taken automatically when the picture is good.',
  manualCaptureOnly: 'Automatic capture is not available on this device. Use the button to take the photo.',

  livenessTitle: 'Show you are present',
  livenessIntro: 'Keep your face in the oval and follow each instruction.',
  livenessChallenge: {
    blink: 'Blink slowly',
    turn_left: 'Turn your head to your left',
    turn_right: 'Turn your head to your right',
    smile: 'Smile',
  },
  livenessHoldStill: 'Look straight ahead and hold still',
  livenessTimeout: 'We did not see that. Let’s try again.',
  livenessPassed: 'Done',
  livenessStart: 'Start the check',
  livenessProgress: (done, total) => `${done} of ${total} done`,
  manualCaptureOrFile:
    'Automatic capture is not available on this device. Use the button to take the photo, or choose a file.',
  livenessCantDo: 'I can’t do these movements',
  livenessPhoto: 'Take one photo for review',
  livenessPhotoReview: {
    title: 'Check your photo',
    check: 'Make sure your whole face is visible, in focus and well lit. A person will review this photo.',
  },
  livenessFallback: {
    vision_unavailable: 'This device cannot run the movement check. Take one photo instead: a person will review it.',
    challenge_failed: 'The movements were not recognised. Take one photo instead: a person will review it.',
    no_baseline: 'We could not see your face straight on. Take one photo instead: a person will review it.',
    applicant_choice: 'No problem. Take one photo instead: a person will review it.',
  },

  reviewTitle: {
    document_front: 'Check the front',
    document_back: 'Check the back',
    selfie: 'Check your selfie',
    liveness: 'Check complete',
  },
  reviewCheck: {
    document_front: 'Make sure all the text is readable, with no blur or glare, and the whole document is visible.',
    document_back: 'Make sure all the text is readable, with no blur or glare, and the whole document is visible.',
    selfie: 'Make sure your whole face is visible, in focus and well lit.',
    liveness: 'The liveness check is recorded.',
  },
  reviewImageAlt: {
    document_front: 'Photo of the front of your document',
    document_back: 'Photo of the back of your document',
    selfie: 'Your selfie',
    liveness: 'A frame from your liveness check',
  },
  retake: 'Retake',
  confirm: 'Use this photo',

  fileTooLarge: (mb) => `This file is too large. Choose an image under ${mb} MB.`,
  fileNotImage: 'This file is not a photo or a PDF.',
  fileHeicCorrupt: 'This HEIC photo is damaged. Choose another.',
  fileHeicUnsupported: 'This HEIC photo cannot be opened here. Choose a JPEG or use the camera.',
  fileUnreadable: 'This image could not be read. Choose another photo.',
  filePdfTooLarge: (mb) => `This PDF is over ${mb} MB. Choose another.`,
  filePdfEncrypted: 'This PDF has a password. Choose another.',
  filePdfCorrupt: 'This PDF could not be read. Choose another.',
  documentReadIssue: {
    document_expired: {
      title: 'This document has expired',
      instruction: 'Its expiry date has passed. Use a valid document, or retake the photo if this one was misread.',
    },
    document_type_mismatch: {
      title: 'This is not the document you chose',
      instruction: 'It reads as another type of document. Choose the document you have, or retake the photo.',
    },
    document_country_mismatch: {
      title: 'This document is from another country',
      instruction: 'It does not match the country you chose. Choose the right country, or retake the photo.',
    },
  },
  documentChooseAgain: 'Choose again',

  uploadingTitle: 'Sending your photos',
  uploadingBody: 'Please keep this page open.',
  uploadProgress: (done, total) => `${done} of ${total} sent`,
  uploadWaitingOnline: 'You are offline. Sending will resume when the connection is back.',

  doneTitle: 'Thank you',
  doneBody: 'Your verification has been submitted.',
  doneRedirecting: 'Taking you back…',
  doneContinue: 'Continue',

  cancelledTitle: 'Verification stopped',
  cancelledBody: 'You can close this page. Nothing more will be sent.',
  cancelConfirm: 'Stop the verification? Photos you have not sent yet will be discarded.',

  errorTitle: 'Something went wrong',
  errors: {
    vision_unavailable: {
      title: 'Automatic checks are not available on this device',
      instruction:
        'You can still take each photo with the button. The liveness check then takes one photo that a person reviews.',
    },
    camera_not_allowed: {
      title: 'Camera access is blocked',
      instruction:
        'Allow camera access in your browser settings for this site, then try again. You can also upload photos instead.',
    },
    camera_blocked_by_embed: {
      title: 'The camera is not available in this window',
      instruction:
        'This page is embedded without camera access. Open the verification in its own window, or upload photos instead.',
    },
    camera_not_found: {
      title: 'No camera found',
      instruction: 'Connect a camera and try again, or upload photos instead.',
    },
    camera_in_use: {
      title: 'The camera is busy',
      instruction: 'Close other apps or tabs that use the camera, then try again.',
    },
    camera_black: {
      title: 'The camera shows only black',
      instruction:
        'Check that nothing covers the lens (some laptops have a privacy shutter or a camera key) and that there is some light, then try again. You can also choose another camera.',
    },
    camera_frozen: {
      title: 'The camera picture is frozen',
      instruction:
        'The camera started but its picture does not change. Try again, or choose another camera if you have one.',
    },
    constraints_unsatisfiable: {
      title: 'The camera cannot be used',
      instruction: 'Your camera does not support what this step needs. Try another camera, or upload photos instead.',
    },
    insecure_context: {
      title: 'The camera needs a secure connection',
      instruction: 'Open this page over https, or upload photos instead.',
    },
    token_invalid: {
      title: 'This link is not valid',
      instruction: 'Ask for a new verification link.',
    },
    token_expired: {
      title: 'This link has expired',
      instruction: 'Verification links are valid for a limited time. Ask for a new one.',
    },
    session_completed: {
      title: 'Already submitted',
      instruction: 'This verification has already been submitted. There is nothing more to do.',
    },
    network: {
      title: 'No connection',
      instruction: 'Check your internet connection. Nothing you did is lost: try again when you are back online.',
    },
    upload_rejected: {
      title: 'A photo was not accepted',
      instruction: 'Please take that photo again.',
    },
    server_error: {
      title: 'Our service is having trouble',
      instruction: 'Nothing you did is lost. Please try again in a moment.',
    },
    bad_response: {
      title: 'Unexpected reply',
      instruction: 'We received something we did not expect. Please try again in a moment.',
    },
  },
  errorCode: (code) => `Error code: ${code}`,
  handoffOffer: 'Continue on your phone',
  handoffTitle: 'Continue on your phone',
  handoffBody:
    'Scan this code with your phone’s camera, or open the link on your phone. Keep this page open: it finishes by itself when you are done on your phone.',
  handoffConnectedBody:
    'Carry on with the steps on your phone. Keep this page open: it finishes by itself when you are done.',
  handoffFinishedBody: 'Everything was sent from your phone. This page finishes now.',
  handoffQrLabel: 'QR code of the link for your phone',
  handoffLinkLabel: 'Link for your phone',
  handoffCopy: 'Copy link',
  handoffCopied: 'Link copied',
  handoffCopyManual: 'Select the link and copy it.',
  handoffCreating: 'Creating a link…',
  handoffValidFor: (minutes) => `The link works once, for ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  handoffExpired: 'This link has expired.',
  handoffStalled: 'Nothing has happened on your phone for a while.',
  handoffNewLink: 'Create a new link',
  handoffFailed: 'The link could not be created.',
  handoffWaiting: 'Waiting for your phone…',
  handoffConnected: 'Your phone is connected.',
  handoffPhoneStep: (step) => `On your phone: ${step}`,
  handoffStepNames: {
    intro: 'getting started',
    consent: 'consent',
    document_select: 'choosing the document',
    uploading: 'sending',
    done: 'finished',
  },
  handoffReceived: (done, total) => `Photos received: ${done} of ${total}`,
  handoffFinished: 'Your phone has finished.',
  handoffUseThisDevice: 'Use this device instead',
  phoneDoneTitle: 'Return to your computer',
  phoneDoneBody: 'Everything was sent. You can close this page and go back to your computer: it goes on by itself.',
  handoffOpenTitle: 'Continue on this phone',
  handoffOpenBody:
    'You opened a link to carry on with your identity verification on this phone. Continue only if you started it yourself on your computer.',
  handoffOpenButton: 'Continue on this phone',
  handoffRefused: {
    unknown: {
      title: 'This link is not valid',
      instruction: 'Check that you opened the whole link, or create a new one on your computer.',
    },
    used: {
      title: 'This link was already used',
      instruction: 'Each link works once. On your computer, choose “Create a new link” and scan the new code.',
    },
    expired: {
      title: 'This link has expired',
      instruction: 'Links work for 10 minutes. On your computer, choose “Create a new link” and scan the new code.',
    },
    closed: {
      title: 'This verification is closed',
      instruction: 'It was already submitted or has expired. There is nothing more to do on this phone.',
    },
  },
};

export default en;
