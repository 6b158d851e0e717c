/**
 * Hebrew (he; right-to-left). Machine-assisted translation by the team; not yet reviewed by a native
 * speaker. Terms kept consistent: identity document = "מסמך מזהה", selfie = "סלפי",
 * liveness = "בדיקת נוכחות", consent = "הסכמה". Numbers stay in Latin digits, as Hebrew writes them.
 */
import type { Translation } from '../translation.js';

const plural = new Intl.PluralRules('he');
/** Keeps a left-to-right run (a Latin name, an error code) from reordering the sentence around it. */
const isolate = (s: string): string => `\u2068${s}\u2069`;
/** דקה אחת, שתי דקות, N דקות. */
function minutes(m: number): string {
  switch (plural.select(m)) {
    case 'one':
      return 'דקה אחת';
    case 'two':
      return 'שתי דקות';
    default:
      return `${m} דקות`;
  }
}

const he: Translation = {
  $code: 'he',
  $dir: 'rtl',
  $name: 'עברית',

  widgetLabel: 'אימות זהות',
  progress: (step, total) => `שלב ${step} מתוך ${total}`,
  continue: 'המשך',
  back: 'חזרה',
  cancel: 'ביטול',
  retry: 'ניסיון נוסף',
  loading: 'האימות נטען…',

  introTitle: (name) => (name ? `שלום ${isolate(name)}, בואו נאמת את זהותך` : 'בואו נאמת את זהותך'),
  introBody: 'זה לוקח כשתי דקות. מה שצריך:',
  introNeedDocument: 'מסמך מזהה בתוקף',
  introNeedSelfie: 'תמונה מהירה של הפנים',
  introNeedLiveness: 'כמה תנועות ראש פשוטות',
  introTime: (m) => `כ־${minutes(m)}`,
  introStart: 'התחלה',
  languageLabel: 'שפה',
  inAppTitle: 'יש לפתוח את הדף בדפדפן',
  inAppBody: (app) =>
    `הדפדפן שבתוך ${isolate(app)} לרוב לא יכול להשתמש במצלמה. יש להעתיק את הקישור ולפתוח אותו ב־Safari, ב־Chrome או בדפדפן אחר (או לבחור "פתיחה בדפדפן" בתפריט האפליקציה), או להמשיך בטלפון.`,
  inAppOpen: 'פתיחה בדפדפן שלי',

  consentTitle: 'ההסכמה שלך',
  consentBody: 'כדי לוודא שהמסמך שייך לך, נצלם את פניך.',
  consentPoints: [
    'הפנים שלך מנותחות במכשיר הזה כדי להנחות אותך; נשלחות רק התמונות שאישרת.',
    'התמונות משמשות רק לאימות זהותך עבור הבקשה הזו.',
    'אפשר להפסיק בכל רגע.',
  ],
  consentAccept: 'אני מסכים/ה',
  consentDecline: 'אני לא מסכים/ה',

  documentSelectTitle: 'בחירת מסמך',
  documentTypeLabel: 'סוג המסמך',
  countryLabel: 'המדינה המנפיקה',
  countryPlaceholder: 'בחירת מדינה',
  documentTypes: {
    passport: 'דרכון',
    id_card: 'תעודת זהות',
    drivers_license: 'רישיון נהיגה',
    residence_permit: 'היתר שהייה',
  },

  captureTitle: {
    document_front: 'הצד הקדמי של המסמך',
    document_back: 'הצד האחורי של המסמך',
    selfie: 'צילום סלפי',
    liveness: 'בדיקת נוכחות',
  },
  captureHint: {
    document_front: 'יש להניח את הצד הקדמי של המסמך בתוך המסגרת, על משטח כהה, בלי השתקפויות.',
    document_back: 'יש להפוך את המסמך ולהניח את הצד האחורי בתוך המסגרת.',
    selfie: 'יש להסתכל ישר למצלמה ולהשאיר את הפנים בתוך האליפסה.',
    liveness: 'יש לפעול לפי ההוראות כדי להראות שנמצאים כאן.',
  },
  shutter: 'צילום',
  switchCamera: 'החלפת מצלמה',
  useFile: 'העלאת תמונה במקום',
  uploadInstead: 'בחירת קובץ',
  cameraStarting: 'המצלמה מופעלת…',
  cameraPickerLabel: 'מצלמה',
  cameraBack: (n) => `מצלמה אחורית ${n}`,
  cameraFront: (n) => `מצלמה קדמית ${n}`,
  cameraNumbered: (n) => `מצלמה ${n}`,
  torch: 'פנס',
  cameraPromptHelp: 'הדפדפן מבקש הרשאה להשתמש במצלמה. יש לבחור "אישור" בחלון הבקשה, בדרך כלל ליד שורת הכתובת.',
  guidance: {
    starting: 'מתכוננים…',
    no_face: 'הפנים שלך לא נראות',
    multiple_faces: 'רק אדם אחד צריך להופיע בתמונה',
    too_far: 'יש להתקרב',
    too_close: 'יש להתרחק מעט',
    off_centre: 'יש למרכז את הפנים באליפסה',
    too_dark: 'חשוך מדי: כדאי למצוא יותר אור',
    too_blurry: 'לא לזוז: התמונה מטושטשת',
    glare: 'יש להטות את המסמך כדי להימנע מהשתקפות',
    hold_still: 'לא לזוז…',
    good: 'מצוין, להישאר כך',
    capturing: 'מצלמים…',
  },
  autoCaptureOn: 'התמונה מצולמת אוטומטית כשהיא טובה.',
  manualCaptureOnly: 'צילום אוטומטי לא זמין במכשיר הזה. יש לצלם בעזרת הכפתור.',

  livenessTitle: 'הראו שאתם כאן',
  livenessIntro: 'יש להשאיר את הפנים באליפסה ולפעול לפי כל הוראה.',
  livenessChallenge: {
    blink: 'למצמץ לאט',
    turn_left: 'לסובב את הראש שמאלה',
    turn_right: 'לסובב את הראש ימינה',
    smile: 'לחייך',
  },
  livenessHoldStill: 'להסתכל ישר קדימה ולא לזוז',
  livenessTimeout: 'לא ראינו את זה. ננסה שוב.',
  livenessPassed: 'בוצע',
  livenessStart: 'התחלת הבדיקה',
  livenessProgress: (done, total) => `בוצעו ${done} מתוך ${total}`,
  manualCaptureOrFile: 'צילום אוטומטי לא זמין במכשיר הזה. יש לצלם בעזרת הכפתור או לבחור קובץ.',
  livenessCantDo: 'אני לא יכול/ה לבצע את התנועות האלה',
  livenessPhoto: 'צילום תמונה אחת לבדיקה',
  livenessPhotoReview: {
    title: 'בדיקת התמונה',
    check: 'יש לוודא שכל הפנים נראות, חדות ומוארות היטב. אדם יבדוק את התמונה הזו.',
  },
  livenessFallback: {
    vision_unavailable: 'המכשיר הזה לא יכול לבצע את בדיקת התנועות. במקום זאת יש לצלם תמונה אחת: אדם יבדוק אותה.',
    challenge_failed: 'התנועות לא זוהו. במקום זאת יש לצלם תמונה אחת: אדם יבדוק אותה.',
    no_baseline: 'לא הצלחנו לראות את הפנים שלך מלפנים. במקום זאת יש לצלם תמונה אחת: אדם יבדוק אותה.',
    applicant_choice: 'אין בעיה. במקום זאת יש לצלם תמונה אחת: אדם יבדוק אותה.',
  },

  reviewTitle: {
    document_front: 'בדיקת הצד הקדמי',
    document_back: 'בדיקת הצד האחורי',
    selfie: 'בדיקת הסלפי',
    liveness: 'הבדיקה הושלמה',
  },
  reviewCheck: {
    document_front: 'יש לוודא שכל הטקסט קריא, בלי טשטוש או השתקפות, ושהמסמך כולו נראה.',
    document_back: 'יש לוודא שכל הטקסט קריא, בלי טשטוש או השתקפות, ושהמסמך כולו נראה.',
    selfie: 'יש לוודא שכל הפנים נראות, חדות ומוארות היטב.',
    liveness: 'בדיקת הנוכחות נרשמה.',
  },
  reviewImageAlt: {
    document_front: 'תמונה של הצד הקדמי של המסמך',
    document_back: 'תמונה של הצד האחורי של המסמך',
    selfie: 'הסלפי שלך',
    liveness: 'פריים מבדיקת הנוכחות',
  },
  retake: 'צילום חוזר',
  confirm: 'שימוש בתמונה הזו',

  fileTooLarge: (mb) => `הקובץ גדול מדי. יש לבחור תמונה קטנה מ־${mb} MB.`,
  fileNotImage: 'הקובץ הזה אינו תמונה או PDF.',
  fileHeicCorrupt: 'לא ניתן לפתוח את תמונת ה־HEIC; ייתכן שהיא פגומה. יש לבחור קובץ אחר או לצלם במצלמה.',
  fileHeicUnsupported: 'לא ניתן לפתוח כאן את תמונת ה־HEIC. יש לבחור JPEG או PNG, או לצלם במצלמה.',
  fileUnreadable: 'לא ניתן היה לקרוא את התמונה. יש לבחור תמונה אחרת.',
  filePdfTooLarge: (mb) => `קובץ ה־PDF גדול מדי. יש לבחור PDF קטן מ־${mb} MB או תמונה של המסמך.`,
  filePdfEncrypted: 'קובץ ה־PDF מוגן בסיסמה. יש לבחור PDF ללא סיסמה או תמונה של המסמך.',
  filePdfCorrupt: 'לא ניתן לפתוח את קובץ ה־PDF; ייתכן שהוא פגום. יש לבחור קובץ אחר או לצלם במצלמה.',
  documentReadIssue: {
    document_expired: {
      title: 'תוקף המסמך הזה פג',
      instruction: 'תאריך התפוגה שלו עבר. יש להשתמש במסמך בתוקף, או לצלם שוב אם הוא נקרא בטעות.',
    },
    document_type_mismatch: {
      title: 'זה לא המסמך שבחרת',
      instruction: 'הוא נקרא כסוג מסמך אחר. יש לבחור את המסמך שברשותך, או לצלם שוב.',
    },
    document_country_mismatch: {
      title: 'המסמך הזה ממדינה אחרת',
      instruction: 'הוא לא תואם למדינה שבחרת. יש לבחור את המדינה הנכונה, או לצלם שוב.',
    },
  },
  documentChooseAgain: 'בחירה מחדש',

  uploadingTitle: 'התמונות נשלחות',
  uploadingBody: 'נא להשאיר את הדף פתוח.',
  uploadProgress: (done, total) => `נשלחו ${done} מתוך ${total}`,
  uploadWaitingOnline: 'אין חיבור לרשת. השליחה תימשך כשהחיבור יחזור.',

  doneTitle: 'תודה',
  doneBody: 'האימות שלך נשלח.',
  doneRedirecting: 'מחזירים אותך…',
  doneContinue: 'המשך',

  cancelledTitle: 'האימות הופסק',
  cancelledBody: 'אפשר לסגור את הדף. שום דבר נוסף לא יישלח.',
  cancelConfirm: 'להפסיק את האימות? תמונות שעוד לא נשלחו יימחקו.',

  errorTitle: 'משהו השתבש',
  errors: {
    vision_unavailable: {
      title: 'בדיקות אוטומטיות לא זמינות במכשיר הזה',
      instruction: 'עדיין אפשר לצלם כל תמונה בעזרת הכפתור. בדיקת הנוכחות תצלם אז תמונה אחת שאדם יבדוק.',
    },
    camera_not_allowed: {
      title: 'הגישה למצלמה חסומה',
      instruction: 'יש לאשר גישה למצלמה לאתר הזה בהגדרות הדפדפן ולנסות שוב. אפשר גם להעלות תמונות.',
    },
    camera_blocked_by_embed: {
      title: 'המצלמה לא זמינה בחלון הזה',
      instruction: 'הדף הזה מוטמע ללא גישה למצלמה. יש לפתוח את האימות בחלון נפרד, או להעלות תמונות.',
    },
    camera_not_found: {
      title: 'לא נמצאה מצלמה',
      instruction: 'יש לחבר מצלמה ולנסות שוב, או להעלות תמונות.',
    },
    camera_in_use: {
      title: 'המצלמה תפוסה',
      instruction: 'יש לסגור אפליקציות או כרטיסיות אחרות שמשתמשות במצלמה ולנסות שוב.',
    },
    camera_black: {
      title: 'המצלמה מציגה רק שחור',
      instruction:
        'יש לוודא ששום דבר לא מכסה את העדשה (בחלק מהמחשבים הניידים יש מכסה פרטיות או מקש מצלמה) ושיש מעט אור, ולנסות שוב. אפשר גם לבחור מצלמה אחרת.',
    },
    camera_frozen: {
      title: 'תמונת המצלמה קפאה',
      instruction: 'המצלמה הופעלה אבל התמונה לא משתנה. יש לנסות שוב, או לבחור מצלמה אחרת אם יש.',
    },
    constraints_unsatisfiable: {
      title: 'לא ניתן להשתמש במצלמה',
      instruction: 'המצלמה שלך לא תומכת במה שהשלב הזה צריך. אפשר לנסות מצלמה אחרת, או להעלות תמונות.',
    },
    insecure_context: {
      title: 'המצלמה דורשת חיבור מאובטח',
      instruction: 'יש לפתוח את הדף דרך https, או להעלות תמונות.',
    },
    token_invalid: {
      title: 'הקישור הזה אינו תקף',
      instruction: 'יש לבקש קישור אימות חדש.',
    },
    token_expired: {
      title: 'תוקף הקישור פג',
      instruction: 'קישורי אימות תקפים לזמן מוגבל. יש לבקש קישור חדש.',
    },
    session_completed: {
      title: 'כבר נשלח',
      instruction: 'האימות הזה כבר נשלח. אין צורך לעשות דבר נוסף.',
    },
    network: {
      title: 'אין חיבור',
      instruction: 'יש לבדוק את החיבור לאינטרנט. שום דבר לא אבד: אפשר לנסות שוב כשהחיבור יחזור.',
    },
    upload_rejected: {
      title: 'תמונה לא התקבלה',
      instruction: 'נא לצלם את התמונה הזו שוב.',
    },
    server_error: {
      title: 'יש תקלה בשירות שלנו',
      instruction: 'שום דבר לא אבד. נא לנסות שוב בעוד רגע.',
    },
    bad_response: {
      title: 'תשובה לא צפויה',
      instruction: 'קיבלנו משהו שלא ציפינו לו. נא לנסות שוב בעוד רגע.',
    },
  },
  errorCode: (code) => `קוד שגיאה: ${isolate(code)}`,
  handoffOffer: 'המשך בטלפון',
  handoffTitle: 'המשך בטלפון',
  handoffBody:
    'יש לסרוק את הקוד במצלמת הטלפון, או לפתוח את הקישור בטלפון. נא להשאיר את הדף פתוח: הוא יסתיים מעצמו כשתסיימו בטלפון.',
  handoffConnectedBody: 'יש להמשיך בשלבים בטלפון. נא להשאיר את הדף פתוח: הוא יסתיים מעצמו בסיום.',
  handoffFinishedBody: 'הכול נשלח מהטלפון. הדף הזה מסתיים עכשיו.',
  handoffQrLabel: 'קוד QR של הקישור לטלפון',
  handoffLinkLabel: 'קישור לטלפון',
  handoffCopy: 'העתקת הקישור',
  handoffCopied: 'הקישור הועתק',
  handoffCopyManual: 'יש לסמן את הקישור ולהעתיק אותו.',
  handoffCreating: 'יוצרים קישור…',
  handoffValidFor: (m) => `הקישור עובד פעם אחת, למשך ${minutes(m)}.`,
  handoffExpired: 'תוקף הקישור פג.',
  handoffStalled: 'כבר זמן מה לא קורה דבר בטלפון.',
  handoffNewLink: 'יצירת קישור חדש',
  handoffFailed: 'לא ניתן היה ליצור את הקישור.',
  handoffWaiting: 'ממתינים לטלפון…',
  handoffConnected: 'הטלפון מחובר.',
  handoffPhoneStep: (step) => `בטלפון: ${step}`,
  handoffStepNames: {
    intro: 'התחלה',
    consent: 'הסכמה',
    document_select: 'בחירת מסמך',
    uploading: 'שליחה',
    done: 'הסתיים',
  },
  handoffReceived: (done, total) => `תמונות שהתקבלו: ${done} מתוך ${total}`,
  handoffFinished: 'הטלפון סיים.',
  handoffUseThisDevice: 'שימוש במכשיר הזה במקום',
  phoneDoneTitle: 'חזרה למחשב',
  phoneDoneBody: 'הכול נשלח. אפשר לסגור את הדף ולחזור למחשב: שם התהליך ימשיך מעצמו.',
  handoffOpenTitle: 'המשך בטלפון הזה',
  handoffOpenBody: 'פתחת קישור כדי להמשיך את אימות הזהות בטלפון הזה. יש להמשיך רק אם התחלת אותו בעצמך במחשב.',
  handoffOpenButton: 'המשך בטלפון הזה',
  handoffRefused: {
    unknown: {
      title: 'הקישור הזה אינו תקף',
      instruction: 'יש לוודא שנפתח הקישור המלא, או ליצור קישור חדש במחשב.',
    },
    used: {
      title: 'כבר נעשה שימוש בקישור הזה',
      instruction: 'כל קישור עובד פעם אחת. במחשב יש לבחור "יצירת קישור חדש" ולסרוק את הקוד החדש.',
    },
    expired: {
      title: 'תוקף הקישור פג',
      instruction: 'קישורים עובדים 10 דקות. במחשב יש לבחור "יצירת קישור חדש" ולסרוק את הקוד החדש.',
    },
    closed: {
      title: 'האימות הזה סגור',
      instruction: 'הוא כבר נשלח או שתוקפו פג. אין צורך לעשות דבר נוסף בטלפון הזה.',
    },
  },
};

export default he;
