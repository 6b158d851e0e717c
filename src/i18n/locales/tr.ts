/**
 * Turkish (tr). Machine-assisted translation by the team; not yet reviewed by a native speaker.
 * Terms kept consistent: identity document = "kimlik belgesi", selfie = "selfie",
 * liveness = "canlılık kontrolü", consent = "onay". Nouns stay singular after a number in Turkish
 * (3 dakika), so no plural forms are needed.
 */
import type { Translation } from '../translation.js';

const tr: Translation = {
  $code: 'tr',
  $dir: 'ltr',
  $name: 'Türkçe',

  widgetLabel: 'Kimlik doğrulama',
  progress: (step, total) => `Adım ${step}/${total}`,
  continue: 'Devam',
  back: 'Geri',
  cancel: 'İptal',
  retry: 'Tekrar dene',
  loading: 'Doğrulamanız yükleniyor…',

  introTitle: (name) => (name ? `Merhaba ${name}, kimliğinizi doğrulayalım` : 'Kimliğinizi doğrulayalım'),
  introBody: 'Yaklaşık iki dakika sürer. İhtiyacınız olanlar:',
  introNeedDocument: 'Geçerli bir kimlik belgesi',
  introNeedSelfie: 'Yüzünüzün hızlı bir fotoğrafı',
  introNeedLiveness: 'Birkaç basit baş hareketi',
  introTime: (m) => `Yaklaşık ${m} dakika`,
  introStart: 'Başla',
  languageLabel: 'Dil',
  inAppTitle: 'Bu sayfayı tarayıcınızda açın',
  inAppBody: (app) =>
    `${app} içindeki tarayıcı çoğu zaman kamerayı kullanamaz. Bağlantıyı kopyalayıp Safari, Chrome veya başka bir tarayıcıda açın (ya da uygulama menüsünden "Tarayıcıda aç"ı seçin) veya telefonunuzda devam edin.`,
  inAppOpen: 'Tarayıcımda aç',

  consentTitle: 'Onayınız',
  consentBody: 'Belgenin size ait olduğunu doğrulamak için yüzünüzün fotoğraflarını çekeceğiz.',
  consentPoints: [
    'Size yol göstermek için yüzünüz bu cihazda analiz edilir; yalnızca onayladığınız fotoğraflar gönderilir.',
    'Fotoğraflar yalnızca bu talep için kimliğinizi doğrulamak amacıyla kullanılır.',
    'İstediğiniz zaman durabilirsiniz.',
  ],
  consentAccept: 'Onaylıyorum',
  consentDecline: 'Onaylamıyorum',

  documentSelectTitle: 'Belgenizi seçin',
  documentTypeLabel: 'Belge türü',
  countryLabel: 'Veren ülke',
  countryPlaceholder: 'Bir ülke seçin',
  documentTypes: {
    passport: 'Pasaport',
    id_card: 'Kimlik kartı',
    drivers_license: 'Sürücü belgesi',
    residence_permit: 'İkamet izni',
  },

  captureTitle: {
    document_front: 'Belgenizin ön yüzü',
    document_back: 'Belgenizin arka yüzü',
    selfie: 'Selfie çekin',
    liveness: 'Canlılık kontrolü',
  },
  captureHint: {
    document_front: 'Belgenizin ön yüzünü koyu bir zemin üzerinde, parlama olmadan çerçevenin içine yerleştirin.',
    document_back: 'Belgenizi çevirin ve arka yüzünü çerçevenin içine yerleştirin.',
    selfie: 'Doğrudan kameraya bakın ve yüzünüzü ovalin içinde tutun.',
    liveness: 'Burada olduğunuzu göstermek için talimatları izleyin.',
  },
  shutter: 'Fotoğraf çek',
  switchCamera: 'Kamerayı değiştir',
  useFile: 'Bunun yerine fotoğraf yükle',
  uploadInstead: 'Dosya seç',
  cameraStarting: 'Kamera başlatılıyor…',
  cameraPickerLabel: 'Kamera seçimi',
  cameraBack: (n) => `Arka kamera ${n}`,
  cameraFront: (n) => `Ön kamera ${n}`,
  cameraNumbered: (n) => `Kamera ${n}`,
  torch: 'Fener',
  cameraPromptHelp:
    'Tarayıcınız kamerayı kullanmak için izin istiyor. Genellikle adres çubuğunun yanındaki istemde "İzin ver"i seçin.',
  guidance: {
    starting: 'Hazırlanıyor…',
    no_face: 'Yüzünüzü göremiyoruz',
    multiple_faces: 'Görüntüde yalnızca bir kişi olmalı',
    too_far: 'Yaklaşın',
    too_close: 'Biraz uzaklaşın',
    off_centre: 'Yüzünüzü ovalin ortasına getirin',
    too_dark: 'Çok karanlık: daha fazla ışık bulun',
    too_blurry: 'Kıpırdamayın: görüntü bulanık',
    glare: 'Parlamayı önlemek için belgeyi eğin',
    hold_still: 'Kıpırdamayın…',
    good: 'Harika, böyle kalın',
    capturing: 'Fotoğraf çekiliyor…',
  },
  autoCaptureOn: 'Görüntü iyi olduğunda fotoğraf otomatik olarak çekilir.',
  manualCaptureOnly: 'Bu cihazda otomatik çekim kullanılamıyor. Fotoğrafı düğmeyle çekin.',

  livenessTitle: 'Burada olduğunuzu gösterin',
  livenessIntro: 'Yüzünüzü ovalin içinde tutun ve her talimatı izleyin.',
  livenessChallenge: {
    blink: 'Yavaşça göz kırpın',
    turn_left: 'Başınızı sola çevirin',
    turn_right: 'Başınızı sağa çevirin',
    smile: 'Gülümseyin',
  },
  livenessHoldStill: 'Düz ileri bakın ve kıpırdamayın',
  livenessTimeout: 'Bunu göremedik. Tekrar deneyelim.',
  livenessPassed: 'Tamam',
  livenessStart: 'Kontrolü başlat',
  livenessProgress: (done, total) => `${done}/${total} tamamlandı`,
  manualCaptureOrFile: 'Bu cihazda otomatik çekim kullanılamıyor. Fotoğrafı düğmeyle çekin veya bir dosya seçin.',
  livenessCantDo: 'Bu hareketleri yapamıyorum',
  livenessPhoto: 'İnceleme için tek fotoğraf çek',
  livenessPhotoReview: {
    title: 'Fotoğrafınızı kontrol edin',
    check:
      'Yüzünüzün tamamının görünür, net ve iyi aydınlatılmış olduğundan emin olun. Bu fotoğrafı bir kişi inceleyecek.',
  },
  livenessFallback: {
    vision_unavailable:
      'Bu cihaz hareket kontrolünü yapamıyor. Bunun yerine tek bir fotoğraf çekin: bir kişi inceleyecek.',
    challenge_failed: 'Hareketler tanınamadı. Bunun yerine tek bir fotoğraf çekin: bir kişi inceleyecek.',
    no_baseline: 'Yüzünüzü tam karşıdan göremedik. Bunun yerine tek bir fotoğraf çekin: bir kişi inceleyecek.',
    applicant_choice: 'Sorun değil. Bunun yerine tek bir fotoğraf çekin: bir kişi inceleyecek.',
  },

  reviewTitle: {
    document_front: 'Ön yüzü kontrol edin',
    document_back: 'Arka yüzü kontrol edin',
    selfie: 'Selfie’nizi kontrol edin',
    liveness: 'Kontrol tamamlandı',
  },
  reviewCheck: {
    document_front:
      'Tüm yazıların bulanıklık veya parlama olmadan okunabildiğinden ve belgenin tamamının göründüğünden emin olun.',
    document_back:
      'Tüm yazıların bulanıklık veya parlama olmadan okunabildiğinden ve belgenin tamamının göründüğünden emin olun.',
    selfie: 'Yüzünüzün tamamının görünür, net ve iyi aydınlatılmış olduğundan emin olun.',
    liveness: 'Canlılık kontrolü kaydedildi.',
  },
  reviewImageAlt: {
    document_front: 'Belgenizin ön yüzünün fotoğrafı',
    document_back: 'Belgenizin arka yüzünün fotoğrafı',
    selfie: 'Selfie’niz',
    liveness: 'Canlılık kontrolünüzden bir kare',
  },
  retake: 'Yeniden çek',
  confirm: 'Bu fotoğrafı kullan',

  fileTooLarge: (mb) => `Bu dosya çok büyük. ${mb} MB’tan küçük bir görsel seçin.`,
  fileNotImage: 'Bu dosya bir fotoğraf ya da PDF değil.',
  fileHeicCorrupt: 'Bu HEIC fotoğraf açılamadı; hasarlı olabilir. Başka bir dosya seçin veya kamerayla fotoğraf çekin.',
  fileHeicUnsupported: 'Bu HEIC fotoğraf burada açılamıyor. JPEG veya PNG seçin ya da fotoğrafı kamerayla çekin.',
  fileUnreadable: 'Bu görsel okunamadı. Başka bir fotoğraf seçin.',
  filePdfTooLarge: (mb) => `Bu PDF çok büyük. ${mb} MB’tan küçük bir PDF veya belgenin fotoğrafını seçin.`,
  filePdfEncrypted: 'Bu PDF parolayla korunuyor. Parolasız bir PDF veya belgenin fotoğrafını seçin.',
  filePdfCorrupt: 'Bu PDF açılamadı; hasarlı olabilir. Başka bir dosya seçin veya kamerayla fotoğraf çekin.',
  documentReadIssue: {
    document_expired: {
      title: 'Bu belgenin süresi dolmuş',
      instruction:
        'Son geçerlilik tarihi geçmiş. Geçerli bir belge kullanın veya yanlış okunduysa fotoğrafı yeniden çekin.',
    },
    document_type_mismatch: {
      title: 'Bu, seçtiğiniz belge değil',
      instruction: 'Başka bir belge türü olarak okunuyor. Elinizdeki belgeyi seçin veya fotoğrafı yeniden çekin.',
    },
    document_country_mismatch: {
      title: 'Bu belge başka bir ülkeye ait',
      instruction: 'Seçtiğiniz ülkeyle eşleşmiyor. Doğru ülkeyi seçin veya fotoğrafı yeniden çekin.',
    },
  },
  documentChooseAgain: 'Yeniden seç',

  uploadingTitle: 'Fotoğraflarınız gönderiliyor',
  uploadingBody: 'Lütfen bu sayfayı açık tutun.',
  uploadProgress: (done, total) => `${done}/${total} gönderildi`,
  uploadWaitingOnline: 'Çevrimdışısınız. Bağlantı geri geldiğinde gönderim devam edecek.',

  doneTitle: 'Teşekkürler',
  doneBody: 'Doğrulamanız gönderildi.',
  doneRedirecting: 'Geri yönlendiriliyorsunuz…',
  doneContinue: 'Devam',

  cancelledTitle: 'Doğrulama durduruldu',
  cancelledBody: 'Bu sayfayı kapatabilirsiniz. Başka bir şey gönderilmeyecek.',
  cancelConfirm: 'Doğrulama durdurulsun mu? Henüz gönderilmemiş fotoğraflar silinecek.',

  errorTitle: 'Bir sorun oluştu',
  errors: {
    vision_unavailable: {
      title: 'Otomatik kontroller bu cihazda kullanılamıyor',
      instruction:
        'Her fotoğrafı yine düğmeyle çekebilirsiniz. Canlılık kontrolü bu durumda bir kişinin inceleyeceği tek bir fotoğraf çeker.',
    },
    camera_not_allowed: {
      title: 'Kamera erişimi engellendi',
      instruction:
        'Tarayıcı ayarlarında bu site için kamera erişimine izin verin ve tekrar deneyin. Fotoğraf da yükleyebilirsiniz.',
    },
    camera_blocked_by_embed: {
      title: 'Kamera bu pencerede kullanılamıyor',
      instruction:
        'Bu sayfa kamera erişimi olmadan yerleştirilmiş. Doğrulamayı ayrı bir pencerede açın veya fotoğraf yükleyin.',
    },
    camera_not_found: {
      title: 'Kamera bulunamadı',
      instruction: 'Bir kamera bağlayıp tekrar deneyin veya fotoğraf yükleyin.',
    },
    camera_in_use: {
      title: 'Kamera meşgul',
      instruction: 'Kamerayı kullanan diğer uygulamaları veya sekmeleri kapatıp tekrar deneyin.',
    },
    camera_black: {
      title: 'Kamera yalnızca siyah gösteriyor',
      instruction:
        'Lensi hiçbir şeyin kapatmadığından (bazı dizüstü bilgisayarlarda gizlilik kapağı veya kamera tuşu vardır) ve biraz ışık olduğundan emin olup tekrar deneyin. Başka bir kamera da seçebilirsiniz.',
    },
    camera_frozen: {
      title: 'Kamera görüntüsü dondu',
      instruction: 'Kamera başladı ancak görüntü değişmiyor. Tekrar deneyin veya varsa başka bir kamera seçin.',
    },
    constraints_unsatisfiable: {
      title: 'Kamera kullanılamıyor',
      instruction: 'Kameranız bu adımın gerektirdiğini desteklemiyor. Başka bir kamera deneyin veya fotoğraf yükleyin.',
    },
    insecure_context: {
      title: 'Kamera güvenli bir bağlantı gerektirir',
      instruction: 'Bu sayfayı https üzerinden açın veya fotoğraf yükleyin.',
    },
    token_invalid: {
      title: 'Bu bağlantı geçerli değil',
      instruction: 'Yeni bir doğrulama bağlantısı isteyin.',
    },
    token_expired: {
      title: 'Bu bağlantının süresi doldu',
      instruction: 'Doğrulama bağlantıları sınırlı bir süre geçerlidir. Yenisini isteyin.',
    },
    session_completed: {
      title: 'Zaten gönderildi',
      instruction: 'Bu doğrulama zaten gönderildi. Yapmanız gereken başka bir şey yok.',
    },
    network: {
      title: 'Bağlantı yok',
      instruction:
        'İnternet bağlantınızı kontrol edin. Hiçbir şey kaybolmadı: tekrar çevrimiçi olduğunuzda yeniden deneyin.',
    },
    upload_rejected: {
      title: 'Bir fotoğraf kabul edilmedi',
      instruction: 'Lütfen o fotoğrafı yeniden çekin.',
    },
    server_error: {
      title: 'Hizmetimizde bir sorun var',
      instruction: 'Hiçbir şey kaybolmadı. Lütfen biraz sonra tekrar deneyin.',
    },
    bad_response: {
      title: 'Beklenmeyen yanıt',
      instruction: 'Beklemediğimiz bir şey aldık. Lütfen biraz sonra tekrar deneyin.',
    },
  },
  errorCode: (code) => `Hata kodu: ${code}`,
  handoffOffer: 'Telefonunuzda devam edin',
  handoffTitle: 'Telefonunuzda devam edin',
  handoffBody:
    'Bu kodu telefonunuzun kamerasıyla tarayın veya bağlantıyı telefonunuzda açın. Bu sayfayı açık tutun: telefonda işiniz bitince kendiliğinden tamamlanır.',
  handoffConnectedBody:
    'Telefonunuzdaki adımlarla devam edin. Bu sayfayı açık tutun: işiniz bitince kendiliğinden tamamlanır.',
  handoffFinishedBody: 'Her şey telefonunuzdan gönderildi. Bu sayfa şimdi tamamlanıyor.',
  handoffQrLabel: 'Telefon bağlantısının QR kodu',
  handoffLinkLabel: 'Telefon için bağlantı',
  handoffCopy: 'Bağlantıyı kopyala',
  handoffCopied: 'Bağlantı kopyalandı',
  handoffCopyManual: 'Bağlantıyı seçip kopyalayın.',
  handoffCreating: 'Bağlantı oluşturuluyor…',
  handoffValidFor: (m) => `Bağlantı bir kez, ${m} dakika boyunca çalışır.`,
  handoffExpired: 'Bu bağlantının süresi doldu.',
  handoffStalled: 'Bir süredir telefonunuzda hiçbir şey olmadı.',
  handoffNewLink: 'Yeni bağlantı oluştur',
  handoffFailed: 'Bağlantı oluşturulamadı.',
  handoffWaiting: 'Telefonunuz bekleniyor…',
  handoffConnected: 'Telefonunuz bağlandı.',
  handoffPhoneStep: (step) => `Telefonunuzda: ${step}`,
  handoffStepNames: {
    intro: 'başlangıç',
    consent: 'onay',
    document_select: 'belge seçimi',
    uploading: 'gönderim',
    done: 'tamamlandı',
  },
  handoffReceived: (done, total) => `Alınan fotoğraflar: ${done}/${total}`,
  handoffFinished: 'Telefonunuz tamamladı.',
  handoffUseThisDevice: 'Bunun yerine bu cihazı kullan',
  phoneDoneTitle: 'Bilgisayarınıza dönün',
  phoneDoneBody:
    'Her şey gönderildi. Bu sayfayı kapatıp bilgisayarınıza dönebilirsiniz: orada kendiliğinden devam eder.',
  handoffOpenTitle: 'Bu telefonda devam edin',
  handoffOpenBody:
    'Kimlik doğrulamanıza bu telefonda devam etmek için bir bağlantı açtınız. Yalnızca doğrulamayı bilgisayarınızda kendiniz başlattıysanız devam edin.',
  handoffOpenButton: 'Bu telefonda devam et',
  handoffRefused: {
    unknown: {
      title: 'Bu bağlantı geçerli değil',
      instruction: 'Bağlantının tamamını açtığınızı kontrol edin veya bilgisayarınızda yenisini oluşturun.',
    },
    used: {
      title: 'Bu bağlantı zaten kullanıldı',
      instruction: 'Her bağlantı bir kez çalışır. Bilgisayarınızda "Yeni bağlantı oluştur"u seçip yeni kodu tarayın.',
    },
    expired: {
      title: 'Bu bağlantının süresi doldu',
      instruction: 'Bağlantılar 10 dakika çalışır. Bilgisayarınızda "Yeni bağlantı oluştur"u seçip yeni kodu tarayın.',
    },
    closed: {
      title: 'Bu doğrulama kapandı',
      instruction: 'Zaten gönderildi veya süresi doldu. Bu telefonda yapmanız gereken başka bir şey yok.',
    },
  },
};

export default tr;
