/**
 * Japanese (ja). Machine-assisted translation by the team; not yet reviewed by a native speaker.
 * Terms kept consistent: identity document = 「本人確認書類」, selfie = 「セルフィー」,
 * liveness = 「生体確認」, consent = 「同意」. Japanese has no plural forms.
 */
import type { Translation } from '../translation.js';

const ja: Translation = {
  $code: 'ja',
  $dir: 'ltr',
  $name: '日本語',

  widgetLabel: '本人確認',
  progress: (step, total) => `ステップ ${step}/${total}`,
  continue: '続ける',
  back: '戻る',
  cancel: 'キャンセル',
  retry: 'もう一度試す',
  loading: '本人確認を読み込んでいます…',

  introTitle: (name) => (name ? `${name}さん、本人確認を始めましょう` : '本人確認を始めましょう'),
  introBody: '約2分で完了します。必要なもの：',
  introNeedDocument: '有効な本人確認書類',
  introNeedSelfie: '顔の写真（すぐに撮れます）',
  introNeedLiveness: '簡単な頭の動き',
  introTime: (m) => `約${m}分`,
  introStart: '開始',
  languageLabel: '言語',
  inAppTitle: 'このページをブラウザで開いてください',
  inAppBody: (app) =>
    `${app} のアプリ内ブラウザではカメラを使えないことがよくあります。リンクをコピーして Safari、Chrome などのブラウザで開くか（アプリのメニューの「ブラウザで開く」でも可）、スマートフォンで続けてください。`,
  inAppOpen: 'ブラウザで開く',

  consentTitle: '同意について',
  consentBody: '書類の持ち主がご本人であることを確認するため、顔の写真を撮影します。',
  consentPoints: [
    '案内のため顔はこの端末上で分析され、送信されるのは確認した写真だけです。',
    '写真は今回の申請の本人確認にのみ使用されます。',
    'いつでも中止できます。',
  ],
  consentAccept: '同意する',
  consentDecline: '同意しない',

  documentSelectTitle: '書類を選択',
  documentTypeLabel: '書類の種類',
  countryLabel: '発行国',
  countryPlaceholder: '国を選択',
  documentTypes: {
    passport: 'パスポート',
    id_card: '身分証明書',
    drivers_license: '運転免許証',
    residence_permit: '在留カード',
  },

  captureTitle: {
    document_front: '書類の表面',
    document_back: '書類の裏面',
    selfie: 'セルフィーを撮影',
    liveness: '生体確認',
  },
  captureHint: {
    document_front: '書類の表面を暗い面の上に置き、光の反射がないように枠内に収めてください。',
    document_back: '書類を裏返し、裏面を枠内に収めてください。',
    selfie: 'カメラをまっすぐ見て、顔を楕円の中に収めてください。',
    liveness: '指示に従って、ご本人がその場にいることを示してください。',
  },
  shutter: '撮影する',
  switchCamera: 'カメラを切り替え',
  useFile: '代わりに写真をアップロード',
  uploadInstead: 'ファイルを選択',
  cameraStarting: 'カメラを起動しています…',
  cameraPickerLabel: 'カメラ',
  cameraBack: (n) => `背面カメラ ${n}`,
  cameraFront: (n) => `前面カメラ ${n}`,
  cameraNumbered: (n) => `カメラ ${n}`,
  torch: 'ライト',
  cameraPromptHelp:
    'ブラウザがカメラの使用許可を求めています。通常はアドレスバーの近くに表示される確認で「許可」を選んでください。',
  guidance: {
    starting: '準備しています…',
    no_face: '顔が見えません',
    multiple_faces: '写るのは1人だけにしてください',
    too_far: 'もう少し近づいてください',
    too_close: '少し離れてください',
    off_centre: '顔を楕円の中央に合わせてください',
    too_dark: '暗すぎます。明るい場所に移動してください',
    too_blurry: '動かないでください。画像がぼやけています',
    glare: '反射を避けるため書類を傾けてください',
    hold_still: 'そのまま動かないでください…',
    good: '完璧です。そのままで',
    capturing: '撮影しています…',
  },
  autoCaptureOn: '画像が良好になると自動で撮影されます。',
  manualCaptureOnly: 'この端末では自動撮影を利用できません。ボタンで撮影してください。',

  livenessTitle: 'ご本人であることを示してください',
  livenessIntro: '顔を楕円の中に保ち、各指示に従ってください。',
  livenessChallenge: {
    blink: 'ゆっくりまばたきしてください',
    turn_left: '頭を左に向けてください',
    turn_right: '頭を右に向けてください',
    smile: '笑顔になってください',
  },
  livenessHoldStill: 'まっすぐ前を見て、動かないでください',
  livenessTimeout: '確認できませんでした。もう一度やってみましょう。',
  livenessPassed: '完了',
  livenessStart: '確認を開始',
  livenessProgress: (done, total) => `${total}件中${done}件完了`,
  manualCaptureOrFile: 'この端末では自動撮影を利用できません。ボタンで撮影するか、ファイルを選択してください。',
  livenessCantDo: 'これらの動きができません',
  livenessPhoto: '確認用に写真を1枚撮影',
  livenessPhotoReview: {
    title: '写真を確認してください',
    check: '顔全体がはっきりと明るく写っていることを確認してください。この写真は担当者が確認します。',
  },
  livenessFallback: {
    vision_unavailable: 'この端末では動きの確認ができません。代わりに写真を1枚撮影してください。担当者が確認します。',
    challenge_failed: '動きを認識できませんでした。代わりに写真を1枚撮影してください。担当者が確認します。',
    no_baseline: '正面から顔を確認できませんでした。代わりに写真を1枚撮影してください。担当者が確認します。',
    applicant_choice: '問題ありません。代わりに写真を1枚撮影してください。担当者が確認します。',
  },

  reviewTitle: {
    document_front: '表面を確認',
    document_back: '裏面を確認',
    selfie: 'セルフィーを確認',
    liveness: '確認完了',
  },
  reviewCheck: {
    document_front: 'すべての文字がぼやけや反射なく読め、書類全体が写っていることを確認してください。',
    document_back: 'すべての文字がぼやけや反射なく読め、書類全体が写っていることを確認してください。',
    selfie: '顔全体がはっきりと明るく写っていることを確認してください。',
    liveness: '生体確認が記録されました。',
  },
  reviewImageAlt: {
    document_front: '書類の表面の写真',
    document_back: '書類の裏面の写真',
    selfie: 'あなたのセルフィー',
    liveness: '生体確認の1コマ',
  },
  retake: '撮り直す',
  confirm: 'この写真を使う',

  fileTooLarge: (mb) => `ファイルが大きすぎます。${mb} MB 未満の画像を選択してください。`,
  fileNotImage: 'このファイルは写真でも PDF でもありません。',
  fileHeicCorrupt:
    'この HEIC 写真を開けませんでした。破損している可能性があります。別のファイルを選択するか、カメラで撮影してください。',
  fileHeicUnsupported: 'この HEIC 写真はここでは開けません。JPEG か PNG を選択するか、カメラで撮影してください。',
  fileUnreadable: 'この画像を読み込めませんでした。別の写真を選択してください。',
  filePdfTooLarge: (mb) => `この PDF は大きすぎます。${mb} MB 未満の PDF か、書類の写真を選択してください。`,
  filePdfEncrypted: 'この PDF はパスワードで保護されています。パスワードのない PDF か、書類の写真を選択してください。',
  filePdfCorrupt:
    'この PDF を開けませんでした。破損している可能性があります。別のファイルを選択するか、カメラで撮影してください。',
  documentReadIssue: {
    document_expired: {
      title: 'この書類は有効期限が切れています',
      instruction: '有効期限を過ぎています。有効な書類を使うか、読み取りの誤りであれば写真を撮り直してください。',
    },
    document_type_mismatch: {
      title: '選択した書類ではありません',
      instruction: '別の種類の書類として読み取られました。お持ちの書類を選ぶか、写真を撮り直してください。',
    },
    document_country_mismatch: {
      title: 'この書類は別の国のものです',
      instruction: '選択した国と一致しません。正しい国を選ぶか、写真を撮り直してください。',
    },
  },
  documentChooseAgain: '選び直す',

  uploadingTitle: '写真を送信しています',
  uploadingBody: 'このページを開いたままにしてください。',
  uploadProgress: (done, total) => `${total}件中${done}件送信済み`,
  uploadWaitingOnline: 'オフラインです。接続が戻ると送信を再開します。',

  doneTitle: 'ありがとうございました',
  doneBody: '本人確認を送信しました。',
  doneRedirecting: '元のページに戻ります…',
  doneContinue: '続ける',

  cancelledTitle: '本人確認を中止しました',
  cancelledBody: 'このページを閉じてかまいません。これ以上何も送信されません。',
  cancelConfirm: '本人確認を中止しますか？まだ送信していない写真は破棄されます。',

  errorTitle: '問題が発生しました',
  errors: {
    vision_unavailable: {
      title: 'この端末では自動チェックを利用できません',
      instruction: 'ボタンで各写真を撮影できます。その場合、生体確認では担当者が確認する写真を1枚撮影します。',
    },
    camera_not_allowed: {
      title: 'カメラへのアクセスがブロックされています',
      instruction:
        'ブラウザの設定でこのサイトのカメラへのアクセスを許可してから、もう一度お試しください。写真をアップロードすることもできます。',
    },
    camera_blocked_by_embed: {
      title: 'このウィンドウではカメラを使用できません',
      instruction:
        'このページはカメラへのアクセスなしで埋め込まれています。本人確認を別ウィンドウで開くか、写真をアップロードしてください。',
    },
    camera_not_found: {
      title: 'カメラが見つかりません',
      instruction: 'カメラを接続してもう一度お試しいただくか、写真をアップロードしてください。',
    },
    camera_in_use: {
      title: 'カメラは使用中です',
      instruction: 'カメラを使っているほかのアプリやタブを閉じてから、もう一度お試しください。',
    },
    camera_black: {
      title: 'カメラに黒い画面しか映りません',
      instruction:
        'レンズが覆われていないこと（プライバシーシャッターやカメラキーのあるノートPCもあります）と、多少の明るさがあることを確認して、もう一度お試しください。別のカメラを選ぶこともできます。',
    },
    camera_frozen: {
      title: 'カメラの映像が止まっています',
      instruction:
        'カメラは起動しましたが、映像が変わりません。もう一度お試しいただくか、ほかのカメラがあれば選択してください。',
    },
    constraints_unsatisfiable: {
      title: 'カメラを使用できません',
      instruction:
        'お使いのカメラはこのステップに必要な機能に対応していません。別のカメラを試すか、写真をアップロードしてください。',
    },
    insecure_context: {
      title: 'カメラには安全な接続が必要です',
      instruction: 'このページを https で開くか、写真をアップロードしてください。',
    },
    token_invalid: {
      title: 'このリンクは無効です',
      instruction: '新しい本人確認リンクを依頼してください。',
    },
    token_expired: {
      title: 'このリンクは有効期限が切れています',
      instruction: '本人確認リンクの有効期間は限られています。新しいリンクを依頼してください。',
    },
    session_completed: {
      title: '送信済みです',
      instruction: 'この本人確認はすでに送信されています。これ以上の操作は不要です。',
    },
    network: {
      title: '接続がありません',
      instruction:
        'インターネット接続を確認してください。操作した内容は失われていません。オンラインに戻ったらもう一度お試しください。',
    },
    upload_rejected: {
      title: '写真が受け付けられませんでした',
      instruction: 'その写真を撮り直してください。',
    },
    server_error: {
      title: 'サービスで問題が発生しています',
      instruction: '操作した内容は失われていません。しばらくしてからもう一度お試しください。',
    },
    bad_response: {
      title: '予期しない応答',
      instruction: '予期しないデータを受信しました。しばらくしてからもう一度お試しください。',
    },
  },
  errorCode: (code) => `エラーコード：${code}`,
  handoffOffer: 'スマートフォンで続ける',
  handoffTitle: 'スマートフォンで続ける',
  handoffBody:
    'スマートフォンのカメラでこのコードを読み取るか、スマートフォンでリンクを開いてください。このページは開いたままにしてください。スマートフォンでの操作が終わると自動で完了します。',
  handoffConnectedBody:
    'スマートフォンで手順を進めてください。このページは開いたままにしてください。終わると自動で完了します。',
  handoffFinishedBody: 'スマートフォンからすべて送信されました。このページは完了します。',
  handoffQrLabel: 'スマートフォン用リンクの QR コード',
  handoffLinkLabel: 'スマートフォン用リンク',
  handoffCopy: 'リンクをコピー',
  handoffCopied: 'リンクをコピーしました',
  handoffCopyManual: 'リンクを選択してコピーしてください。',
  handoffCreating: 'リンクを作成しています…',
  handoffValidFor: (m) => `このリンクは1回だけ、${m}分間有効です。`,
  handoffExpired: 'このリンクは有効期限が切れています。',
  handoffStalled: 'しばらくスマートフォンで操作がありません。',
  handoffNewLink: '新しいリンクを作成',
  handoffFailed: 'リンクを作成できませんでした。',
  handoffWaiting: 'スマートフォンを待っています…',
  handoffConnected: 'スマートフォンが接続されました。',
  handoffPhoneStep: (step) => `スマートフォン：${step}`,
  handoffStepNames: {
    intro: '開始',
    consent: '同意',
    document_select: '書類の選択',
    uploading: '送信中',
    done: '完了',
  },
  handoffReceived: (done, total) => `受信した写真：${total}枚中${done}枚`,
  handoffFinished: 'スマートフォンでの操作が完了しました。',
  handoffUseThisDevice: 'この端末で続ける',
  phoneDoneTitle: 'パソコンに戻ってください',
  phoneDoneBody: 'すべて送信されました。このページを閉じてパソコンに戻ってください。パソコン側は自動で進みます。',
  handoffOpenTitle: 'このスマートフォンで続ける',
  handoffOpenBody:
    'このスマートフォンで本人確認を続けるためのリンクを開きました。パソコンでご自身が開始した場合にのみ続けてください。',
  handoffOpenButton: 'このスマートフォンで続ける',
  handoffRefused: {
    unknown: {
      title: 'このリンクは無効です',
      instruction: 'リンク全体を開いたか確認するか、パソコンで新しいリンクを作成してください。',
    },
    used: {
      title: 'このリンクはすでに使用されています',
      instruction:
        '各リンクは1回だけ使えます。パソコンで「新しいリンクを作成」を選び、新しいコードを読み取ってください。',
    },
    expired: {
      title: 'このリンクは有効期限が切れています',
      instruction:
        'リンクの有効期間は10分です。パソコンで「新しいリンクを作成」を選び、新しいコードを読み取ってください。',
    },
    closed: {
      title: 'この本人確認は終了しています',
      instruction: 'すでに送信済みか、有効期限が切れています。このスマートフォンでの操作は不要です。',
    },
  },
};

export default ja;
