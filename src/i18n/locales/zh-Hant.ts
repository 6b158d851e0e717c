/**
 * Traditional Chinese (zh-Hant; chosen for zh-TW, zh-HK, zh-MO). Machine-assisted translation by the
 * team, in Taiwan usage; not yet reviewed by a native speaker. Terms kept consistent: identity document
 * = 「身分證件」, selfie = 「自拍」, liveness = 「活體檢測」, consent = 「同意」. No plural forms.
 */
import type { Translation } from '../translation.js';

const zhHant: Translation = {
  $code: 'zh-Hant',
  $dir: 'ltr',
  $name: '繁體中文',

  widgetLabel: '身分驗證',
  progress: (step, total) => `第 ${step} 步，共 ${total} 步`,
  continue: '繼續',
  back: '返回',
  cancel: '取消',
  retry: '再試一次',
  loading: '正在載入驗證…',

  introTitle: (name) => (name ? `${name}，您好！我們來驗證您的身分` : '我們來驗證您的身分'),
  introBody: '大約需要兩分鐘。您需要準備：',
  introNeedDocument: '一份有效的身分證件',
  introNeedSelfie: '一張快速拍攝的臉部照片',
  introNeedLiveness: '幾個簡單的頭部動作',
  introTime: (m) => `大約 ${m} 分鐘`,
  introStart: '開始',
  languageLabel: '語言',
  inAppTitle: '請在瀏覽器中開啟此頁面',
  inAppBody: (app) =>
    `${app} 的內建瀏覽器通常無法使用相機。請複製連結並在 Safari、Chrome 或其他瀏覽器中開啟（或在應用程式選單中選擇「在瀏覽器中開啟」），也可以改在手機上繼續。`,
  inAppOpen: '在我的瀏覽器中開啟',

  consentTitle: '您的同意',
  consentBody: '為確認您是證件的持有人，我們會拍攝您的臉部照片。',
  consentPoints: [
    '您的臉部會在此裝置上分析以引導您；只會傳送您確認的照片。',
    '照片僅用於本次申請的身分驗證。',
    '您可以隨時停止。',
  ],
  consentAccept: '我同意',
  consentDecline: '我不同意',

  documentSelectTitle: '選擇您的證件',
  documentTypeLabel: '證件類型',
  countryLabel: '發證國家/地區',
  countryPlaceholder: '選擇國家/地區',
  documentTypes: {
    passport: '護照',
    id_card: '身分證',
    drivers_license: '駕照',
    residence_permit: '居留證',
  },

  captureTitle: {
    document_front: '證件正面',
    document_back: '證件背面',
    selfie: '拍一張自拍',
    liveness: '活體檢測',
  },
  captureHint: {
    document_front: '將證件正面放在深色表面上，置於框內，避免反光。',
    document_back: '將證件翻面，把背面置於框內。',
    selfie: '請直視相機，並讓臉部保持在橢圓框內。',
    liveness: '請依照提示操作，以證明您本人在場。',
  },
  shutter: '拍照',
  switchCamera: '切換相機',
  useFile: '改為上傳照片',
  uploadInstead: '選擇檔案',
  cameraStarting: '正在啟動相機…',
  cameraPickerLabel: '相機',
  cameraBack: (n) => `後置相機 ${n}`,
  cameraFront: (n) => `前置相機 ${n}`,
  cameraNumbered: (n) => `相機 ${n}`,
  torch: '補光燈',
  cameraPromptHelp: '瀏覽器正在要求使用相機的權限。請在提示中選擇「允許」，提示通常位於網址列附近。',
  guidance: {
    starting: '正在準備…',
    no_face: '看不到您的臉',
    multiple_faces: '畫面中只能有一個人',
    too_far: '請靠近一點',
    too_close: '請稍微遠離一點',
    off_centre: '請將臉部置於橢圓框中央',
    too_dark: '光線太暗：請找更亮的地方',
    too_blurry: '請保持不動：畫面模糊',
    glare: '請傾斜證件以避免反光',
    hold_still: '請保持不動…',
    good: '很好，保持住',
    capturing: '正在拍照…',
  },
  autoCaptureOn: '畫面合格時會自動拍照。',
  manualCaptureOnly: '此裝置不支援自動拍攝。請使用按鈕拍照。',

  livenessTitle: '證明您本人在場',
  livenessIntro: '請讓臉部保持在橢圓框內，並依照每項提示操作。',
  livenessChallenge: {
    blink: '慢慢眨眼',
    turn_left: '把頭轉向您的左側',
    turn_right: '把頭轉向您的右側',
    smile: '微笑',
  },
  livenessHoldStill: '請直視前方並保持不動',
  livenessTimeout: '我們沒有偵測到。請再試一次。',
  livenessPassed: '完成',
  livenessStart: '開始檢測',
  livenessProgress: (done, total) => `已完成 ${done}/${total}`,
  manualCaptureOrFile: '此裝置不支援自動拍攝。請使用按鈕拍照，或選擇檔案。',
  livenessCantDo: '我無法做這些動作',
  livenessPhoto: '拍一張照片供人工審核',
  livenessPhotoReview: {
    title: '檢查您的照片',
    check: '請確認整張臉清楚可見、光線充足。這張照片將由專人審核。',
  },
  livenessFallback: {
    vision_unavailable: '此裝置無法進行動作檢測。請改拍一張照片：將由專人審核。',
    challenge_failed: '無法辨識這些動作。請改拍一張照片：將由專人審核。',
    no_baseline: '我們無法看到您的正臉。請改拍一張照片：將由專人審核。',
    applicant_choice: '沒關係。請改拍一張照片：將由專人審核。',
  },

  reviewTitle: {
    document_front: '檢查正面',
    document_back: '檢查背面',
    selfie: '檢查自拍',
    liveness: '檢測完成',
  },
  reviewCheck: {
    document_front: '請確認所有文字清楚可讀、沒有模糊或反光，且證件完整可見。',
    document_back: '請確認所有文字清楚可讀、沒有模糊或反光，且證件完整可見。',
    selfie: '請確認整張臉清楚可見、光線充足。',
    liveness: '活體檢測已記錄。',
  },
  reviewImageAlt: {
    document_front: '證件正面照片',
    document_back: '證件背面照片',
    selfie: '您的自拍',
    liveness: '活體檢測中的一格畫面',
  },
  retake: '重拍',
  confirm: '使用這張照片',

  fileTooLarge: (mb) => `檔案太大。請選擇小於 ${mb} MB 的圖片。`,
  fileNotImage: '此檔案既不是照片也不是 PDF。',
  fileHeicCorrupt: '無法開啟此 HEIC 照片，檔案可能已損毀。請選擇其他檔案，或用相機拍照。',
  fileHeicUnsupported: '這裡無法開啟此 HEIC 照片。請選擇 JPEG 或 PNG，或用相機拍照。',
  fileUnreadable: '無法讀取此圖片。請選擇其他照片。',
  filePdfTooLarge: (mb) => `此 PDF 太大。請選擇小於 ${mb} MB 的 PDF，或證件的照片。`,
  filePdfEncrypted: '此 PDF 受密碼保護。請選擇沒有密碼的 PDF，或證件的照片。',
  filePdfCorrupt: '無法開啟此 PDF，檔案可能已損毀。請選擇其他檔案，或用相機拍照。',
  documentReadIssue: {
    document_expired: {
      title: '此證件已過期',
      instruction: '證件已超過有效期限。請使用有效證件；如果讀取有誤，請重新拍攝。',
    },
    document_type_mismatch: {
      title: '這不是您選擇的證件',
      instruction: '讀取結果為其他類型的證件。請選擇您持有的證件，或重新拍攝。',
    },
    document_country_mismatch: {
      title: '此證件來自其他國家或地區',
      instruction: '與您選擇的國家或地區不符。請選擇正確的國家或地區，或重新拍攝。',
    },
  },
  documentChooseAgain: '重新選擇',

  uploadingTitle: '正在傳送您的照片',
  uploadingBody: '請保持此頁面開啟。',
  uploadProgress: (done, total) => `已傳送 ${done}/${total}`,
  uploadWaitingOnline: '您目前離線。連線恢復後將繼續傳送。',

  doneTitle: '謝謝',
  doneBody: '您的驗證已提交。',
  doneRedirecting: '正在返回…',
  doneContinue: '繼續',

  cancelledTitle: '驗證已停止',
  cancelledBody: '您可以關閉此頁面。不會再傳送任何內容。',
  cancelConfirm: '要停止驗證嗎？尚未傳送的照片將被捨棄。',

  errorTitle: '發生問題',
  errors: {
    vision_unavailable: {
      title: '此裝置不支援自動檢查',
      instruction: '您仍可使用按鈕拍攝每張照片。活體檢測將改為拍攝一張照片，由專人審核。',
    },
    camera_not_allowed: {
      title: '相機存取遭到封鎖',
      instruction: '請在瀏覽器設定中允許此網站存取相機，然後再試一次。您也可以上傳照片。',
    },
    camera_blocked_by_embed: {
      title: '此視窗中無法使用相機',
      instruction: '此頁面以無相機權限的方式嵌入。請在獨立視窗中開啟驗證，或上傳照片。',
    },
    camera_not_found: {
      title: '找不到相機',
      instruction: '請連接相機後再試一次，或上傳照片。',
    },
    camera_in_use: {
      title: '相機正在使用中',
      instruction: '請關閉正在使用相機的其他應用程式或分頁，然後再試一次。',
    },
    camera_black: {
      title: '相機畫面全黑',
      instruction:
        '請檢查鏡頭沒有被遮住（有些筆電有隱私遮罩或相機按鍵），並確認有一些光線，然後再試一次。您也可以選擇其他相機。',
    },
    camera_frozen: {
      title: '相機畫面停住了',
      instruction: '相機已啟動，但畫面沒有變化。請再試一次，或選擇其他相機（如果有）。',
    },
    constraints_unsatisfiable: {
      title: '無法使用相機',
      instruction: '您的相機不支援此步驟所需的功能。請試試其他相機，或上傳照片。',
    },
    insecure_context: {
      title: '相機需要安全連線',
      instruction: '請透過 https 開啟此頁面，或上傳照片。',
    },
    token_invalid: {
      title: '此連結無效',
      instruction: '請索取新的驗證連結。',
    },
    token_expired: {
      title: '此連結已過期',
      instruction: '驗證連結僅在有限時間內有效。請索取新的連結。',
    },
    session_completed: {
      title: '已提交',
      instruction: '此驗證已經提交。無需再做任何操作。',
    },
    network: {
      title: '沒有網路連線',
      instruction: '請檢查您的網路連線。您的操作不會遺失：恢復連線後請再試一次。',
    },
    upload_rejected: {
      title: '有一張照片未被接受',
      instruction: '請重新拍攝那張照片。',
    },
    server_error: {
      title: '我們的服務發生問題',
      instruction: '您的操作不會遺失。請稍後再試。',
    },
    bad_response: {
      title: '非預期的回應',
      instruction: '我們收到了非預期的資料。請稍後再試。',
    },
  },
  errorCode: (code) => `錯誤代碼：${code}`,
  handoffOffer: '在手機上繼續',
  handoffTitle: '在手機上繼續',
  handoffBody: '請用手機相機掃描此 QR 碼，或在手機上開啟連結。請保持此頁面開啟：您在手機上完成後，它會自動結束。',
  handoffConnectedBody: '請在手機上繼續各個步驟。請保持此頁面開啟：完成後它會自動結束。',
  handoffFinishedBody: '所有內容已從您的手機傳送。此頁面即將結束。',
  handoffQrLabel: '手機連結的 QR 碼',
  handoffLinkLabel: '手機連結',
  handoffCopy: '複製連結',
  handoffCopied: '已複製連結',
  handoffCopyManual: '請選取連結並複製。',
  handoffCreating: '正在建立連結…',
  handoffValidFor: (m) => `此連結只能使用一次，有效期 ${m} 分鐘。`,
  handoffExpired: '此連結已過期。',
  handoffStalled: '您的手機已有一段時間沒有任何動作。',
  handoffNewLink: '建立新連結',
  handoffFailed: '無法建立連結。',
  handoffWaiting: '正在等待您的手機…',
  handoffConnected: '您的手機已連線。',
  handoffPhoneStep: (step) => `手機上：${step}`,
  handoffStepNames: {
    intro: '開始',
    consent: '同意',
    document_select: '選擇證件',
    uploading: '傳送中',
    done: '已完成',
  },
  handoffReceived: (done, total) => `已收到照片：${done}/${total}`,
  handoffFinished: '您的手機已完成。',
  handoffUseThisDevice: '改用此裝置',
  phoneDoneTitle: '請回到電腦',
  phoneDoneBody: '全部已傳送。您可以關閉此頁面並回到電腦：電腦端會自動繼續。',
  handoffOpenTitle: '在此手機上繼續',
  handoffOpenBody: '您開啟了一個連結，以便在此手機上繼續身分驗證。只有在您本人已在電腦上開始驗證時才繼續。',
  handoffOpenButton: '在此手機上繼續',
  handoffRefused: {
    unknown: {
      title: '此連結無效',
      instruction: '請確認您開啟的是完整連結，或在電腦上建立新連結。',
    },
    used: {
      title: '此連結已被使用',
      instruction: '每個連結只能使用一次。請在電腦上選擇「建立新連結」，然後掃描新的 QR 碼。',
    },
    expired: {
      title: '此連結已過期',
      instruction: '連結有效期為 10 分鐘。請在電腦上選擇「建立新連結」，然後掃描新的 QR 碼。',
    },
    closed: {
      title: '此驗證已關閉',
      instruction: '它已提交或已過期。無需在此手機上再做任何操作。',
    },
  },
};

export default zhHant;
