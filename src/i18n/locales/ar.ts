import type { Translation } from '../translation.js';

const plural = new Intl.PluralRules('ar');
/** Arabic-Indic digits (٠١٢…), as Arabic copy is written here; plain `ar` gives Latin digits in current CLDR. */
const number = new Intl.NumberFormat('ar-u-nu-arab');
const n = (x: number): string => number.format(x);
/** Keeps a left-to-right run (a Latin name, an error code) from reordering the Arabic sentence around it. */
const isolate = (s: string): string => `\u2068${s}\u2069`;

/** "About N minutes" with the Arabic plural forms (one, two, 3–10, 11–99, 100+). */
function aboutMinutes(m: number): string {
  switch (plural.select(m)) {
    case 'one':
      return 'نحو دقيقة واحدة';
    case 'two':
      return 'نحو دقيقتين';
    case 'few':
      return `نحو ${n(m)} دقائق`;
    default:
      return `نحو ${n(m)} دقيقة`;
  }
}

const ar: Translation = {
  $code: 'ar',
  $dir: 'rtl',
  $name: 'العربية',

  widgetLabel: 'التحقق من الهوية',
  progress: (step, total) => `الخطوة ${n(step)} من ${n(total)}`,
  continue: 'متابعة',
  back: 'رجوع',
  cancel: 'إلغاء',
  retry: 'إعادة المحاولة',
  loading: 'جارٍ تحميل عملية التحقق…',

  introTitle: (name) => (name ? `مرحبًا ${isolate(name)}، لنتحقق من هويتك` : 'لنتحقق من هويتك'),
  introBody: 'يستغرق ذلك نحو دقيقتين. إليك ما ستحتاج إليه:',
  introNeedDocument: 'وثيقة هوية سارية المفعول',
  introNeedSelfie: 'صورة سريعة لوجهك',
  introNeedLiveness: 'بضع حركات بسيطة بالرأس',
  introTime: aboutMinutes,
  introStart: 'ابدأ',
  languageLabel: 'اللغة',
  inAppTitle: 'افتح هذه الصفحة في متصفحك',
  inAppBody: (app) =>
    `غالبًا لا يستطيع المتصفح المدمج في ${app} استخدام الكاميرا. انسخ الرابط وافتحه في Safari أو Chrome أو متصفح آخر (أو اختر «الفتح في المتصفح» من قائمة التطبيق)، أو تابع على هاتفك.`,
  inAppOpen: 'الفتح في متصفحي',

  consentTitle: 'موافقتك',
  consentBody: 'للتأكد من أنك صاحب الوثيقة، سنلتقط صورًا لوجهك.',
  consentPoints: [
    'يُحلَّل وجهك على هذا الجهاز لإرشادك، ولا تُرسَل إلا الصور التي تؤكدها.',
    'تُستخدم الصور فقط للتحقق من هويتك في إطار هذا الطلب.',
    'يمكنك التوقف في أي وقت.',
  ],
  consentAccept: 'أوافق',
  consentDecline: 'لا أوافق',

  documentSelectTitle: 'اختر وثيقتك',
  documentTypeLabel: 'نوع الوثيقة',
  countryLabel: 'بلد الإصدار',
  countryPlaceholder: 'اختر بلدًا',
  documentTypes: {
    passport: 'جواز سفر',
    id_card: 'بطاقة هوية',
    drivers_license: 'رخصة قيادة',
    residence_permit: 'تصريح إقامة',
  },

  captureTitle: {
    document_front: 'الوجه الأمامي لوثيقتك',
    document_back: 'الوجه الخلفي لوثيقتك',
    selfie: 'التقط صورة ذاتية',
    liveness: 'التحقق من الحيوية',
  },
  captureHint: {
    document_front: 'ضع الوجه الأمامي لوثيقتك داخل الإطار على سطح داكن، دون انعكاسات ضوئية.',
    document_back: 'اقلب وثيقتك وضع الوجه الخلفي داخل الإطار.',
    selfie: 'انظر مباشرة إلى الكاميرا وأبقِ وجهك داخل الشكل البيضاوي.',
    liveness: 'اتبع التعليمات لإثبات أنك حاضر أمام الكاميرا.',
  },
  shutter: 'التقاط الصورة',
  switchCamera: 'تبديل الكاميرا',
  useFile: 'تحميل صورة بدلًا من ذلك',
  uploadInstead: 'اختيار ملف',
  cameraStarting: 'جارٍ تشغيل الكاميرا…',
  cameraPickerLabel: 'الكاميرا',
  cameraBack: (i) => `الكاميرا الخلفية ${n(i)}`,
  cameraFront: (i) => `الكاميرا الأمامية ${n(i)}`,
  cameraNumbered: (i) => `الكاميرا ${n(i)}`,
  torch: 'الإضاءة',
  cameraPromptHelp:
    'يطلب متصفحك الإذن باستخدام الكاميرا. اختر «السماح» في النافذة التي تظهر، وتكون عادةً قرب شريط العنوان.',
  guidance: {
    starting: 'جارٍ التحضير…',
    no_face: 'لا يمكننا رؤية وجهك',
    multiple_faces: 'يجب أن يظهر شخص واحد فقط في الصورة',
    too_far: 'اقترب أكثر',
    too_close: 'ابتعد قليلًا',
    off_centre: 'ضع وجهك في وسط الشكل البيضاوي',
    too_dark: 'الإضاءة خافتة جدًا: انتقل إلى مكان أكثر إضاءة',
    too_blurry: 'لا تتحرك: الصورة غير واضحة',
    glare: 'أمِل الوثيقة قليلًا لتجنب الانعكاس',
    hold_still: 'لا تتحرك…',
    good: 'ممتاز، ابقَ هكذا',
    capturing: 'جارٍ التقاط الصورة…',
  },
  autoCaptureOn: 'تُلتقط الصورة تلقائيًا عندما تكون الصورة جيدة.',
  manualCaptureOnly: 'الالتقاط التلقائي غير متاح على هذا الجهاز. استخدم الزر لالتقاط الصورة.',

  livenessTitle: 'أثبت أنك حاضر',
  livenessIntro: 'أبقِ وجهك داخل الشكل البيضاوي واتبع كل تعليمة.',
  livenessChallenge: {
    blink: 'ارمش ببطء',
    turn_left: 'أدِر رأسك إلى يسارك',
    turn_right: 'أدِر رأسك إلى يمينك',
    smile: 'ابتسم',
  },
  livenessHoldStill: 'انظر إلى الأمام مباشرة ولا تتحرك',
  livenessTimeout: 'لم نتمكن من رصد الحركة. لنحاول مرة أخرى.',
  livenessPassed: 'تم',
  livenessStart: 'بدء التحقق',
  livenessProgress: (done, total) => `اكتمل ${n(done)} من ${n(total)}`,
  manualCaptureOrFile: 'الالتقاط التلقائي غير متاح على هذا الجهاز. استخدم الزر لالتقاط الصورة، أو اختر ملفًا.',
  livenessCantDo: 'لا أستطيع القيام بهذه الحركات',
  livenessPhoto: 'التقاط صورة واحدة للمراجعة',
  livenessPhotoReview: {
    title: 'تحقّق من صورتك',
    check: 'تأكّد من أن وجهك ظاهر بالكامل وواضح وجيد الإضاءة. سيراجع شخصٌ هذه الصورة.',
  },
  livenessFallback: {
    vision_unavailable: 'لا يستطيع هذا الجهاز إجراء التحقق بالحركات. التقط صورة واحدة بدلًا من ذلك، وسيراجعها شخص.',
    challenge_failed: 'لم نتعرف على الحركات. التقط صورة واحدة بدلًا من ذلك، وسيراجعها شخص.',
    no_baseline: 'لم نتمكن من رؤية وجهك من الأمام. التقط صورة واحدة بدلًا من ذلك، وسيراجعها شخص.',
    applicant_choice: 'لا بأس. التقط صورة واحدة بدلًا من ذلك، وسيراجعها شخص.',
  },

  reviewTitle: {
    document_front: 'راجع الوجه الأمامي',
    document_back: 'راجع الوجه الخلفي',
    selfie: 'راجع صورتك الذاتية',
    liveness: 'اكتمل التحقق',
  },
  reviewCheck: {
    document_front: 'تأكد من أن كل النصوص مقروءة دون تشويش أو انعكاس، وأن الوثيقة ظاهرة بالكامل.',
    document_back: 'تأكد من أن كل النصوص مقروءة دون تشويش أو انعكاس، وأن الوثيقة ظاهرة بالكامل.',
    selfie: 'تأكد من أن وجهك ظاهر بالكامل وواضح وجيد الإضاءة.',
    liveness: 'تم تسجيل التحقق من الحيوية.',
  },
  reviewImageAlt: {
    document_front: 'صورة الوجه الأمامي لوثيقتك',
    document_back: 'صورة الوجه الخلفي لوثيقتك',
    selfie: 'صورتك الذاتية',
    liveness: 'لقطة من التحقق من الحيوية',
  },
  retake: 'إعادة الالتقاط',
  confirm: 'استخدام هذه الصورة',

  fileTooLarge: (mb) => `هذا الملف كبير جدًا. اختر صورة يقل حجمها عن ${n(mb)} ميغابايت.`,
  fileNotImage: 'هذا الملف ليس صورة ولا ملف PDF.',
  fileHeicCorrupt: 'تعذّر فتح صورة HEIC هذه؛ قد تكون تالفة. اختر ملفًا آخر، أو التقط صورة بالكاميرا.',
  fileHeicUnsupported: 'لا يمكن فتح صورة HEIC هذه هنا. اختر صورة بصيغة JPEG أو PNG، أو التقط الصورة بالكاميرا.',
  fileUnreadable: 'تعذّرت قراءة هذه الصورة. اختر صورة أخرى.',
  filePdfTooLarge: (mb) => `ملف PDF هذا كبير جدًا. اختر ملف PDF يقل حجمه عن ${n(mb)} ميغابايت، أو صورة للمستند.`,
  filePdfEncrypted: 'ملف PDF هذا محمي بكلمة مرور. اختر ملف PDF بدون كلمة مرور، أو صورة للمستند.',
  filePdfCorrupt: 'تعذّر فتح ملف PDF هذا؛ قد يكون تالفًا. اختر ملفًا آخر، أو التقط صورة بالكاميرا.',
  documentReadIssue: {
    document_expired: {
      title: 'انتهت صلاحية هذه الوثيقة',
      instruction: 'تاريخ انتهائها قد مضى. استخدم وثيقة سارية، أو أعد التقاط الصورة إن كانت قد قُرئت بشكل خاطئ.',
    },
    document_type_mismatch: {
      title: 'هذه ليست الوثيقة التي اخترتها',
      instruction: 'تُقرأ كنوع آخر من الوثائق. اختر الوثيقة التي لديك، أو أعد التقاط الصورة.',
    },
    document_country_mismatch: {
      title: 'هذه الوثيقة من بلد آخر',
      instruction: 'لا تطابق البلد الذي اخترته. اختر البلد الصحيح، أو أعد التقاط الصورة.',
    },
  },
  documentChooseAgain: 'اختر مجددًا',

  uploadingTitle: 'جارٍ إرسال صورك',
  uploadingBody: 'يُرجى إبقاء هذه الصفحة مفتوحة.',
  uploadProgress: (done, total) => `تم إرسال ${n(done)} من ${n(total)}`,
  uploadWaitingOnline: 'أنت غير متصل بالإنترنت. سيُستأنف الإرسال عند عودة الاتصال.',

  doneTitle: 'شكرًا لك',
  doneBody: 'تم إرسال طلب التحقق الخاص بك.',
  doneRedirecting: 'جارٍ إعادتك…',
  doneContinue: 'متابعة',

  cancelledTitle: 'تم إيقاف التحقق',
  cancelledBody: 'يمكنك إغلاق هذه الصفحة. لن يُرسَل أي شيء آخر.',
  cancelConfirm: 'هل تريد إيقاف التحقق؟ ستُحذف الصور التي لم تُرسَل بعد.',

  errorTitle: 'حدث خطأ ما',
  errors: {
    vision_unavailable: {
      title: 'الفحوصات التلقائية غير متاحة على هذا الجهاز',
      instruction: 'لا يزال بإمكانك التقاط كل صورة باستخدام الزر. يتم التحقق من الحضور عندئذٍ بصورة واحدة يراجعها شخص.',
    },
    camera_not_allowed: {
      title: 'الوصول إلى الكاميرا محظور',
      instruction:
        'اسمح بالوصول إلى الكاميرا لهذا الموقع من إعدادات المتصفح، ثم أعد المحاولة. ويمكنك أيضًا تحميل الصور بدلًا من ذلك.',
    },
    camera_blocked_by_embed: {
      title: 'الكاميرا غير متاحة في هذه النافذة',
      instruction:
        'هذه الصفحة مضمَّنة دون إذن بالوصول إلى الكاميرا. افتح عملية التحقق في نافذة مستقلة، أو حمِّل الصور بدلًا من ذلك.',
    },
    camera_not_found: {
      title: 'لم يُعثر على كاميرا',
      instruction: 'وصِّل كاميرا وأعد المحاولة، أو حمِّل الصور بدلًا من ذلك.',
    },
    camera_in_use: {
      title: 'الكاميرا مشغولة',
      instruction: 'أغلق التطبيقات أو علامات التبويب الأخرى التي تستخدم الكاميرا، ثم أعد المحاولة.',
    },
    camera_black: {
      title: 'الكاميرا لا تعرض إلا السواد',
      instruction:
        'تأكد من أن لا شيء يغطي العدسة (لبعض الحواسيب المحمولة غطاء أو زر يوقف الكاميرا) ومن وجود بعض الضوء، ثم أعد المحاولة. ويمكنك أيضًا اختيار كاميرا أخرى.',
    },
    camera_frozen: {
      title: 'صورة الكاميرا متجمدة',
      instruction: 'بدأت الكاميرا لكن صورتها لا تتغير. أعد المحاولة، أو اختر كاميرا أخرى إن وُجدت.',
    },
    constraints_unsatisfiable: {
      title: 'لا يمكن استخدام الكاميرا',
      instruction: 'لا تدعم كاميرتك ما تتطلبه هذه الخطوة. جرّب كاميرا أخرى، أو حمِّل الصور بدلًا من ذلك.',
    },
    insecure_context: {
      title: 'تحتاج الكاميرا إلى اتصال آمن',
      instruction: 'افتح هذه الصفحة عبر https، أو حمِّل الصور بدلًا من ذلك.',
    },
    token_invalid: {
      title: 'هذا الرابط غير صالح',
      instruction: 'اطلب رابط تحقق جديدًا.',
    },
    token_expired: {
      title: 'انتهت صلاحية هذا الرابط',
      instruction: 'روابط التحقق صالحة لمدة محدودة. اطلب رابطًا جديدًا.',
    },
    session_completed: {
      title: 'تم الإرسال مسبقًا',
      instruction: 'سبق أن أُرسلت عملية التحقق هذه. لا حاجة إلى أي إجراء آخر.',
    },
    network: {
      title: 'لا يوجد اتصال',
      instruction: 'تحقق من اتصالك بالإنترنت. لم يضِع شيء مما قمت به: أعد المحاولة عند عودة الاتصال.',
    },
    upload_rejected: {
      title: 'لم تُقبل إحدى الصور',
      instruction: 'يُرجى التقاط تلك الصورة مرة أخرى.',
    },
    server_error: {
      title: 'تواجه خدمتنا مشكلة',
      instruction: 'لم يضِع شيء مما قمت به. يُرجى إعادة المحاولة بعد قليل.',
    },
    bad_response: {
      title: 'رد غير متوقع',
      instruction: 'تلقّينا ردًا لم نكن نتوقعه. يُرجى إعادة المحاولة بعد قليل.',
    },
  },
  errorCode: (code) => `رمز الخطأ: ${isolate(code)}`,
  handoffOffer: 'المتابعة على هاتفي',
  handoffTitle: 'تابِع على هاتفك',
  handoffBody:
    'امسح هذا الرمز بكاميرا هاتفك، أو افتح الرابط على هاتفك. أبقِ هذه الصفحة مفتوحة: ستكتمل تلقائيًا عندما تنتهي على هاتفك.',
  handoffConnectedBody: 'تابِع الخطوات على هاتفك. أبقِ هذه الصفحة مفتوحة: ستكتمل تلقائيًا عندما تنتهي.',
  handoffFinishedBody: 'تم إرسال كل شيء من هاتفك. تكتمل هذه الصفحة الآن.',
  handoffQrLabel: 'رمز QR للرابط الخاص بهاتفك',
  handoffLinkLabel: 'الرابط الخاص بهاتفك',
  handoffCopy: 'نسخ الرابط',
  handoffCopied: 'تم نسخ الرابط',
  handoffCopyManual: 'حدِّد الرابط وانسخه.',
  handoffCreating: 'جارٍ إنشاء الرابط…',
  handoffValidFor: (minutes) =>
    `يعمل الرابط مرة واحدة فقط، لمدة ${n(minutes)} ${plural.select(minutes) === 'few' ? 'دقائق' : 'دقيقة'}.`,
  handoffExpired: 'انتهت صلاحية هذا الرابط.',
  handoffStalled: 'لم يحدث شيء على هاتفك منذ مدة.',
  handoffNewLink: 'إنشاء رابط جديد',
  handoffFailed: 'تعذّر إنشاء الرابط.',
  handoffWaiting: 'في انتظار هاتفك…',
  handoffConnected: 'هاتفك متصل.',
  handoffPhoneStep: (step) => `على هاتفك: ${step}`,
  handoffStepNames: {
    intro: 'البداية',
    consent: 'الموافقة',
    document_select: 'اختيار الوثيقة',
    uploading: 'الإرسال',
    done: 'تم الانتهاء',
  },
  handoffReceived: (done, total) => `الصور المستلمة: ${n(done)} من ${n(total)}`,
  handoffFinished: 'انتهى هاتفك.',
  handoffUseThisDevice: 'المتابعة على هذا الجهاز',
  phoneDoneTitle: 'عُد إلى حاسوبك',
  phoneDoneBody: 'تم إرسال كل شيء. يمكنك إغلاق هذه الصفحة والعودة إلى حاسوبك، وسيتابع تلقائيًا.',
  handoffOpenTitle: 'المتابعة على هذا الهاتف',
  handoffOpenBody: 'لقد فتحت رابطًا لمتابعة التحقق من هويتك على هذا الهاتف. تابِع فقط إذا كنت قد بدأته بنفسك على حاسوبك.',
  handoffOpenButton: 'المتابعة على هذا الهاتف',
  handoffRefused: {
    unknown: {
      title: 'هذا الرابط غير صالح',
      instruction: 'تأكد من أنك فتحت الرابط كاملًا، أو أنشئ رابطًا جديدًا على حاسوبك.',
    },
    used: {
      title: 'تم استخدام هذا الرابط من قبل',
      instruction: 'يعمل كل رابط مرة واحدة فقط. على حاسوبك، اختر «إنشاء رابط جديد» وامسح الرمز الجديد.',
    },
    expired: {
      title: 'انتهت صلاحية هذا الرابط',
      instruction: 'تعمل الروابط لمدة 10 دقائق. على حاسوبك، اختر «إنشاء رابط جديد» وامسح الرمز الجديد.',
    },
    closed: {
      title: 'هذا التحقق مغلق',
      instruction: 'تم إرساله بالفعل أو انتهت صلاحيته. لا يوجد شيء آخر للقيام به على هذا الهاتف.',
    },
  },
};

export default ar;
