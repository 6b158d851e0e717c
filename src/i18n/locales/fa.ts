/**
 * Persian (fa; right-to-left). Machine-assisted translation by the team; not yet reviewed by a native
 * speaker. Terms kept consistent: identity document = «مدرک شناسایی», selfie = «سلفی»,
 * liveness = «بررسی حضور», consent = «رضایت». Counts in Persian digits (۰–۹) through Intl.NumberFormat;
 * nouns stay singular after a number (۳ دقیقه).
 */
import type { Translation } from '../translation.js';

const number = new Intl.NumberFormat('fa');
const n = (x: number): string => number.format(x);
/** Keeps a left-to-right run (a Latin name, an error code) from reordering the sentence around it. */
const isolate = (s: string): string => `\u2068${s}\u2069`;

const fa: Translation = {
  $code: 'fa',
  $dir: 'rtl',
  $name: 'فارسی',

  widgetLabel: 'احراز هویت',
  progress: (step, total) => `مرحلهٔ ${n(step)} از ${n(total)}`,
  continue: 'ادامه',
  back: 'بازگشت',
  cancel: 'لغو',
  retry: 'تلاش دوباره',
  loading: 'در حال بارگیری احراز هویت…',

  introTitle: (name) =>
    name ? `سلام ${isolate(name)}، بیایید هویت شما را تأیید کنیم` : 'بیایید هویت شما را تأیید کنیم',
  introBody: 'حدود دو دقیقه طول می‌کشد. آنچه لازم دارید:',
  introNeedDocument: 'یک مدرک شناسایی معتبر',
  introNeedSelfie: 'یک عکس سریع از چهره‌تان',
  introNeedLiveness: 'چند حرکت سادهٔ سر',
  introTime: (m) => `حدود ${n(m)} دقیقه`,
  introStart: 'شروع',
  languageLabel: 'زبان',
  inAppTitle: 'این صفحه را در مرورگر خود باز کنید',
  inAppBody: (app) =>
    `مرورگر داخلی ${isolate(app)} اغلب نمی‌تواند از دوربین استفاده کند. پیوند را کپی کنید و در Safari، Chrome یا مرورگری دیگر باز کنید (یا در منوی برنامه «باز کردن در مرورگر» را انتخاب کنید)، یا روی تلفن خود ادامه دهید.`,
  inAppOpen: 'باز کردن در مرورگر من',

  consentTitle: 'رضایت شما',
  consentBody: 'برای اطمینان از اینکه مدرک متعلق به شماست، از چهرهٔ شما عکس می‌گیریم.',
  consentPoints: [
    'چهرهٔ شما برای راهنمایی‌تان روی همین دستگاه تحلیل می‌شود؛ فقط عکس‌هایی که تأیید کنید ارسال می‌شوند.',
    'عکس‌ها فقط برای تأیید هویت شما در همین درخواست استفاده می‌شوند.',
    'هر زمان بخواهید می‌توانید متوقف کنید.',
  ],
  consentAccept: 'موافقم',
  consentDecline: 'موافق نیستم',

  documentSelectTitle: 'مدرک خود را انتخاب کنید',
  documentTypeLabel: 'نوع مدرک',
  countryLabel: 'کشور صادرکننده',
  countryPlaceholder: 'کشوری را انتخاب کنید',
  documentTypes: {
    passport: 'گذرنامه',
    id_card: 'کارت شناسایی',
    drivers_license: 'گواهینامهٔ رانندگی',
    residence_permit: 'اجازهٔ اقامت',
  },

  captureTitle: {
    document_front: 'روی مدرک',
    document_back: 'پشت مدرک',
    selfie: 'یک سلفی بگیرید',
    liveness: 'بررسی حضور',
  },
  captureHint: {
    document_front: 'روی مدرک را روی سطحی تیره و بدون بازتاب نور، داخل کادر قرار دهید.',
    document_back: 'مدرک را برگردانید و پشت آن را داخل کادر قرار دهید.',
    selfie: 'مستقیم به دوربین نگاه کنید و چهره‌تان را داخل بیضی نگه دارید.',
    liveness: 'برای نشان دادن حضورتان، دستورها را دنبال کنید.',
  },
  shutter: 'گرفتن عکس',
  switchCamera: 'تعویض دوربین',
  useFile: 'به‌جای آن عکس بارگذاری کنید',
  uploadInstead: 'انتخاب فایل',
  cameraStarting: 'در حال روشن کردن دوربین…',
  cameraPickerLabel: 'دوربین',
  cameraBack: (i) => `دوربین پشتی ${n(i)}`,
  cameraFront: (i) => `دوربین جلو ${n(i)}`,
  cameraNumbered: (i) => `دوربین ${n(i)}`,
  torch: 'چراغ',
  cameraPromptHelp:
    'مرورگر برای استفاده از دوربین اجازه می‌خواهد. در پیام، «اجازه دادن» را انتخاب کنید؛ معمولاً نزدیک نوار نشانی است.',
  guidance: {
    starting: 'در حال آماده‌سازی…',
    no_face: 'چهرهٔ شما را نمی‌بینیم',
    multiple_faces: 'فقط یک نفر باید در تصویر باشد',
    too_far: 'نزدیک‌تر بیایید',
    too_close: 'کمی عقب‌تر بروید',
    off_centre: 'چهره‌تان را وسط بیضی قرار دهید',
    too_dark: 'خیلی تاریک است: جای روشن‌تری پیدا کنید',
    too_blurry: 'بی‌حرکت بمانید: تصویر تار است',
    glare: 'مدرک را کج کنید تا بازتاب نور نداشته باشد',
    hold_still: 'بی‌حرکت بمانید…',
    good: 'عالی است، همین‌طور بمانید',
    capturing: 'در حال گرفتن عکس…',
  },
  autoCaptureOn: 'وقتی تصویر خوب باشد، عکس خودکار گرفته می‌شود.',
  manualCaptureOnly: 'عکس‌برداری خودکار در این دستگاه در دسترس نیست. با دکمه عکس بگیرید.',

  livenessTitle: 'نشان دهید که حضور دارید',
  livenessIntro: 'چهره‌تان را داخل بیضی نگه دارید و هر دستور را دنبال کنید.',
  livenessChallenge: {
    blink: 'آرام پلک بزنید',
    turn_left: 'سرتان را به چپ بچرخانید',
    turn_right: 'سرتان را به راست بچرخانید',
    smile: 'لبخند بزنید',
  },
  livenessHoldStill: 'مستقیم به جلو نگاه کنید و بی‌حرکت بمانید',
  livenessTimeout: 'آن را ندیدیم. دوباره امتحان کنیم.',
  livenessPassed: 'انجام شد',
  livenessStart: 'شروع بررسی',
  livenessProgress: (done, total) => `${n(done)} از ${n(total)} انجام شد`,
  manualCaptureOrFile: 'عکس‌برداری خودکار در این دستگاه در دسترس نیست. با دکمه عکس بگیرید یا فایلی انتخاب کنید.',
  livenessCantDo: 'نمی‌توانم این حرکات را انجام دهم',
  livenessPhoto: 'گرفتن یک عکس برای بررسی',
  livenessPhotoReview: {
    title: 'عکس خود را بررسی کنید',
    check: 'مطمئن شوید تمام چهره‌تان واضح، در فوکوس و با نور کافی دیده می‌شود. یک نفر این عکس را بررسی می‌کند.',
  },
  livenessFallback: {
    vision_unavailable:
      'این دستگاه نمی‌تواند بررسی حرکات را انجام دهد. به‌جای آن یک عکس بگیرید: یک نفر آن را بررسی می‌کند.',
    challenge_failed: 'حرکات تشخیص داده نشد. به‌جای آن یک عکس بگیرید: یک نفر آن را بررسی می‌کند.',
    no_baseline: 'نتوانستیم چهرهٔ شما را از روبه‌رو ببینیم. به‌جای آن یک عکس بگیرید: یک نفر آن را بررسی می‌کند.',
    applicant_choice: 'اشکالی ندارد. به‌جای آن یک عکس بگیرید: یک نفر آن را بررسی می‌کند.',
  },

  reviewTitle: {
    document_front: 'روی مدرک را بررسی کنید',
    document_back: 'پشت مدرک را بررسی کنید',
    selfie: 'سلفی خود را بررسی کنید',
    liveness: 'بررسی کامل شد',
  },
  reviewCheck: {
    document_front: 'مطمئن شوید همهٔ نوشته‌ها بدون تاری یا بازتاب نور خوانا هستند و کل مدرک دیده می‌شود.',
    document_back: 'مطمئن شوید همهٔ نوشته‌ها بدون تاری یا بازتاب نور خوانا هستند و کل مدرک دیده می‌شود.',
    selfie: 'مطمئن شوید تمام چهره‌تان واضح، در فوکوس و با نور کافی دیده می‌شود.',
    liveness: 'بررسی حضور ثبت شد.',
  },
  reviewImageAlt: {
    document_front: 'عکس روی مدرک شما',
    document_back: 'عکس پشت مدرک شما',
    selfie: 'سلفی شما',
    liveness: 'یک فریم از بررسی حضور شما',
  },
  retake: 'گرفتن دوباره',
  confirm: 'استفاده از این عکس',

  fileTooLarge: (mb) => `این فایل خیلی بزرگ است. تصویری کمتر از ${n(mb)} مگابایت انتخاب کنید.`,
  fileNotImage: 'این فایل نه عکس است و نه PDF.',
  fileHeicCorrupt: 'این عکس HEIC باز نشد؛ ممکن است آسیب دیده باشد. فایل دیگری انتخاب کنید یا با دوربین عکس بگیرید.',
  fileHeicUnsupported: 'این عکس HEIC اینجا باز نمی‌شود. JPEG یا PNG انتخاب کنید، یا با دوربین عکس بگیرید.',
  fileUnreadable: 'این تصویر خوانده نشد. عکس دیگری انتخاب کنید.',
  filePdfTooLarge: (mb) => `این فایل PDF خیلی بزرگ است. یک PDF کمتر از ${n(mb)} مگابایت یا عکسی از مدرک انتخاب کنید.`,
  filePdfEncrypted: 'این فایل PDF با گذرواژه محافظت شده است. یک PDF بدون گذرواژه یا عکسی از مدرک انتخاب کنید.',
  filePdfCorrupt: 'این فایل PDF باز نشد؛ ممکن است آسیب دیده باشد. فایل دیگری انتخاب کنید یا با دوربین عکس بگیرید.',
  documentReadIssue: {
    document_expired: {
      title: 'این مدرک منقضی شده است',
      instruction:
        'تاریخ انقضای آن گذشته است. از مدرکی معتبر استفاده کنید، یا اگر اشتباه خوانده شده دوباره عکس بگیرید.',
    },
    document_type_mismatch: {
      title: 'این مدرکی نیست که انتخاب کردید',
      instruction: 'به‌عنوان نوع دیگری از مدرک خوانده می‌شود. مدرکی را که دارید انتخاب کنید، یا دوباره عکس بگیرید.',
    },
    document_country_mismatch: {
      title: 'این مدرک مربوط به کشور دیگری است',
      instruction: 'با کشوری که انتخاب کردید مطابقت ندارد. کشور درست را انتخاب کنید، یا دوباره عکس بگیرید.',
    },
  },
  documentChooseAgain: 'انتخاب دوباره',

  uploadingTitle: 'در حال ارسال عکس‌ها',
  uploadingBody: 'لطفاً این صفحه را باز نگه دارید.',
  uploadProgress: (done, total) => `${n(done)} از ${n(total)} ارسال شد`,
  uploadWaitingOnline: 'شما آفلاین هستید. ارسال پس از برقراری دوبارهٔ اتصال ادامه می‌یابد.',

  doneTitle: 'سپاسگزاریم',
  doneBody: 'احراز هویت شما ارسال شد.',
  doneRedirecting: 'در حال بازگرداندن شما…',
  doneContinue: 'ادامه',

  cancelledTitle: 'احراز هویت متوقف شد',
  cancelledBody: 'می‌توانید این صفحه را ببندید. چیز دیگری ارسال نمی‌شود.',
  cancelConfirm: 'احراز هویت متوقف شود؟ عکس‌هایی که هنوز ارسال نشده‌اند حذف می‌شوند.',

  errorTitle: 'مشکلی پیش آمد',
  errors: {
    vision_unavailable: {
      title: 'بررسی‌های خودکار در این دستگاه در دسترس نیستند',
      instruction:
        'همچنان می‌توانید هر عکس را با دکمه بگیرید. در این حالت بررسی حضور یک عکس می‌گیرد که یک نفر آن را بررسی می‌کند.',
    },
    camera_not_allowed: {
      title: 'دسترسی به دوربین مسدود است',
      instruction:
        'در تنظیمات مرورگر به این سایت اجازهٔ دسترسی به دوربین بدهید و دوباره امتحان کنید. می‌توانید عکس هم بارگذاری کنید.',
    },
    camera_blocked_by_embed: {
      title: 'دوربین در این پنجره در دسترس نیست',
      instruction:
        'این صفحه بدون دسترسی به دوربین جاسازی شده است. احراز هویت را در پنجره‌ای جداگانه باز کنید یا عکس بارگذاری کنید.',
    },
    camera_not_found: {
      title: 'دوربینی پیدا نشد',
      instruction: 'یک دوربین وصل کنید و دوباره امتحان کنید، یا عکس بارگذاری کنید.',
    },
    camera_in_use: {
      title: 'دوربین مشغول است',
      instruction: 'برنامه‌ها یا زبانه‌های دیگری را که از دوربین استفاده می‌کنند ببندید و دوباره امتحان کنید.',
    },
    camera_black: {
      title: 'دوربین فقط سیاه نشان می‌دهد',
      instruction:
        'بررسی کنید چیزی روی عدسی نباشد (برخی لپ‌تاپ‌ها درپوش حریم خصوصی یا کلید دوربین دارند) و کمی نور باشد، سپس دوباره امتحان کنید. می‌توانید دوربین دیگری هم انتخاب کنید.',
    },
    camera_frozen: {
      title: 'تصویر دوربین ثابت مانده است',
      instruction:
        'دوربین روشن شد اما تصویرش تغییر نمی‌کند. دوباره امتحان کنید، یا اگر دوربین دیگری دارید آن را انتخاب کنید.',
    },
    constraints_unsatisfiable: {
      title: 'نمی‌توان از دوربین استفاده کرد',
      instruction:
        'دوربین شما از نیازهای این مرحله پشتیبانی نمی‌کند. دوربین دیگری را امتحان کنید یا عکس بارگذاری کنید.',
    },
    insecure_context: {
      title: 'دوربین به اتصال امن نیاز دارد',
      instruction: 'این صفحه را با https باز کنید، یا عکس بارگذاری کنید.',
    },
    token_invalid: {
      title: 'این پیوند معتبر نیست',
      instruction: 'پیوند احراز هویت جدیدی درخواست کنید.',
    },
    token_expired: {
      title: 'این پیوند منقضی شده است',
      instruction: 'پیوندهای احراز هویت مدت محدودی معتبرند. پیوند جدیدی درخواست کنید.',
    },
    session_completed: {
      title: 'قبلاً ارسال شده است',
      instruction: 'این احراز هویت قبلاً ارسال شده است. کار دیگری لازم نیست.',
    },
    network: {
      title: 'اتصال برقرار نیست',
      instruction: 'اتصال اینترنت خود را بررسی کنید. چیزی از دست نرفته است: وقتی دوباره آنلاین شدید، امتحان کنید.',
    },
    upload_rejected: {
      title: 'یک عکس پذیرفته نشد',
      instruction: 'لطفاً آن عکس را دوباره بگیرید.',
    },
    server_error: {
      title: 'سرویس ما با مشکل روبه‌رو است',
      instruction: 'چیزی از دست نرفته است. لطفاً کمی بعد دوباره امتحان کنید.',
    },
    bad_response: {
      title: 'پاسخ غیرمنتظره',
      instruction: 'چیزی دریافت کردیم که انتظارش را نداشتیم. لطفاً کمی بعد دوباره امتحان کنید.',
    },
  },
  errorCode: (code) => `کد خطا: ${isolate(code)}`,
  handoffOffer: 'ادامه روی تلفن',
  handoffTitle: 'ادامه روی تلفن',
  handoffBody:
    'این کد را با دوربین تلفن خود اسکن کنید، یا پیوند را روی تلفن باز کنید. این صفحه را باز نگه دارید: وقتی کارتان روی تلفن تمام شد، خودش به پایان می‌رسد.',
  handoffConnectedBody:
    'مراحل را روی تلفن ادامه دهید. این صفحه را باز نگه دارید: وقتی کارتان تمام شد، خودش به پایان می‌رسد.',
  handoffFinishedBody: 'همه‌چیز از تلفن شما ارسال شد. این صفحه اکنون به پایان می‌رسد.',
  handoffQrLabel: 'کد QR پیوند برای تلفن شما',
  handoffLinkLabel: 'پیوند برای تلفن شما',
  handoffCopy: 'کپی پیوند',
  handoffCopied: 'پیوند کپی شد',
  handoffCopyManual: 'پیوند را انتخاب و کپی کنید.',
  handoffCreating: 'در حال ساختن پیوند…',
  handoffValidFor: (m) => `این پیوند یک بار و به مدت ${n(m)} دقیقه کار می‌کند.`,
  handoffExpired: 'این پیوند منقضی شده است.',
  handoffStalled: 'مدتی است روی تلفن شما اتفاقی نیفتاده است.',
  handoffNewLink: 'ساختن پیوند جدید',
  handoffFailed: 'پیوند ساخته نشد.',
  handoffWaiting: 'در انتظار تلفن شما…',
  handoffConnected: 'تلفن شما وصل شد.',
  handoffPhoneStep: (step) => `روی تلفن شما: ${step}`,
  handoffStepNames: {
    intro: 'شروع',
    consent: 'رضایت',
    document_select: 'انتخاب مدرک',
    uploading: 'ارسال',
    done: 'پایان',
  },
  handoffReceived: (done, total) => `عکس‌های دریافت‌شده: ${n(done)} از ${n(total)}`,
  handoffFinished: 'کار تلفن شما تمام شد.',
  handoffUseThisDevice: 'به‌جای آن از این دستگاه استفاده کنید',
  phoneDoneTitle: 'به رایانهٔ خود برگردید',
  phoneDoneBody: 'همه‌چیز ارسال شد. می‌توانید این صفحه را ببندید و به رایانه برگردید: آنجا خودش ادامه می‌یابد.',
  handoffOpenTitle: 'ادامه روی این تلفن',
  handoffOpenBody:
    'پیوندی را باز کرده‌اید تا احراز هویت را روی این تلفن ادامه دهید. فقط در صورتی ادامه دهید که خودتان آن را روی رایانه شروع کرده‌اید.',
  handoffOpenButton: 'ادامه روی این تلفن',
  handoffRefused: {
    unknown: {
      title: 'این پیوند معتبر نیست',
      instruction: 'بررسی کنید که پیوند کامل را باز کرده‌اید، یا روی رایانه پیوند جدیدی بسازید.',
    },
    used: {
      title: 'این پیوند قبلاً استفاده شده است',
      instruction: 'هر پیوند یک بار کار می‌کند. روی رایانه «ساختن پیوند جدید» را انتخاب کنید و کد جدید را اسکن کنید.',
    },
    expired: {
      title: 'این پیوند منقضی شده است',
      instruction: 'پیوندها ۱۰ دقیقه کار می‌کنند. روی رایانه «ساختن پیوند جدید» را انتخاب کنید و کد جدید را اسکن کنید.',
    },
    closed: {
      title: 'این احراز هویت بسته شده است',
      instruction: 'قبلاً ارسال شده یا منقضی شده است. روی این تلفن کار دیگری لازم نیست.',
    },
  },
};

export default fa;
