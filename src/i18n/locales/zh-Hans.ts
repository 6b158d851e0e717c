/**
 * Simplified Chinese (zh-Hans; chosen for zh, zh-CN, zh-SG). Machine-assisted translation by the team;
 * not yet reviewed by a native speaker. Terms kept consistent: identity document = “身份证件”,
 * selfie = “自拍”, liveness = “活体检测”, consent = “同意”. Chinese has no plural forms.
 */
import type { Translation } from '../translation.js';

const zhHans: Translation = {
  $code: 'zh-Hans',
  $dir: 'ltr',
  $name: '简体中文',

  widgetLabel: '身份验证',
  progress: (step, total) => `第 ${step} 步，共 ${total} 步`,
  continue: '继续',
  back: '返回',
  cancel: '取消',
  retry: '重试',
  loading: '正在加载验证…',

  introTitle: (name) => (name ? `${name}，您好！我们来验证您的身份` : '我们来验证您的身份'),
  introBody: '大约需要两分钟。您需要准备：',
  introNeedDocument: '一份有效的身份证件',
  introNeedSelfie: '一张快速拍摄的面部照片',
  introNeedLiveness: '几个简单的头部动作',
  introTime: (m) => `大约 ${m} 分钟`,
  introStart: '开始',
  languageLabel: '语言',
  inAppTitle: '请在浏览器中打开此页面',
  inAppBody: (app) =>
    `${app} 的内置浏览器通常无法使用摄像头。请复制链接并在 Safari、Chrome 或其他浏览器中打开（或在应用菜单中选择“在浏览器中打开”），也可以在手机上继续。`,
  inAppOpen: '在我的浏览器中打开',

  consentTitle: '您的同意',
  consentBody: '为确认您是证件的持有人，我们将拍摄您的面部照片。',
  consentPoints: [
    '您的面部在本设备上进行分析以引导您；只会发送您确认的照片。',
    '照片仅用于本次申请的身份验证。',
    '您可以随时停止。',
  ],
  consentAccept: '我同意',
  consentDecline: '我不同意',

  documentSelectTitle: '选择您的证件',
  documentTypeLabel: '证件类型',
  countryLabel: '签发国家/地区',
  countryPlaceholder: '选择国家/地区',
  documentTypes: {
    passport: '护照',
    id_card: '身份证',
    drivers_license: '驾驶证',
    residence_permit: '居留许可',
  },

  captureTitle: {
    document_front: '证件正面',
    document_back: '证件背面',
    selfie: '拍一张自拍',
    liveness: '活体检测',
  },
  captureHint: {
    document_front: '将证件正面放在深色表面上，置于框内，避免反光。',
    document_back: '将证件翻面，把背面置于框内。',
    selfie: '请直视摄像头，并让面部保持在椭圆框内。',
    liveness: '请按照提示操作，以证明您本人在场。',
  },
  shutter: '拍照',
  switchCamera: '切换摄像头',
  useFile: '改为上传照片',
  uploadInstead: '选择文件',
  cameraStarting: '正在启动摄像头…',
  cameraPickerLabel: '摄像头',
  cameraBack: (n) => `后置摄像头 ${n}`,
  cameraFront: (n) => `前置摄像头 ${n}`,
  cameraNumbered: (n) => `摄像头 ${n}`,
  torch: '补光灯',
  cameraPromptHelp: '浏览器正在请求使用摄像头的权限。请在提示中选择“允许”，提示通常位于地址栏附近。',
  guidance: {
    starting: '正在准备…',
    no_face: '看不到您的面部',
    multiple_faces: '画面中只能有一个人',
    too_far: '请靠近一些',
    too_close: '请稍微远离一些',
    off_centre: '请将面部置于椭圆框中央',
    too_dark: '光线太暗：请找更亮的地方',
    too_blurry: '请保持不动：画面模糊',
    glare: '请倾斜证件以避免反光',
    hold_still: '请保持不动…',
    good: '很好，保持住',
    capturing: '正在拍照…',
  },
  autoCaptureOn: '画面合格时会自动拍照。',
  manualCaptureOnly: '此设备不支持自动拍摄。请使用按钮拍照。',

  livenessTitle: '证明您本人在场',
  livenessIntro: '请让面部保持在椭圆框内，并按照每条提示操作。',
  livenessChallenge: {
    blink: '慢慢眨眼',
    turn_left: '把头转向您的左侧',
    turn_right: '把头转向您的右侧',
    smile: '微笑',
  },
  livenessHoldStill: '请直视前方并保持不动',
  livenessTimeout: '我们没有检测到。请再试一次。',
  livenessPassed: '完成',
  livenessStart: '开始检测',
  livenessProgress: (done, total) => `已完成 ${done}/${total}`,
  manualCaptureOrFile: '此设备不支持自动拍摄。请使用按钮拍照，或选择文件。',
  livenessCantDo: '我无法完成这些动作',
  livenessPhoto: '拍一张照片供人工审核',
  livenessPhotoReview: {
    title: '检查您的照片',
    check: '请确认整张脸清晰可见、光线充足。这张照片将由工作人员审核。',
  },
  livenessFallback: {
    vision_unavailable: '此设备无法进行动作检测。请改为拍一张照片：将由工作人员审核。',
    challenge_failed: '未能识别这些动作。请改为拍一张照片：将由工作人员审核。',
    no_baseline: '我们未能看到您的正脸。请改为拍一张照片：将由工作人员审核。',
    applicant_choice: '没关系。请改为拍一张照片：将由工作人员审核。',
  },

  reviewTitle: {
    document_front: '检查正面',
    document_back: '检查背面',
    selfie: '检查自拍',
    liveness: '检测完成',
  },
  reviewCheck: {
    document_front: '请确认所有文字清晰可读、无模糊或反光，且证件完整可见。',
    document_back: '请确认所有文字清晰可读、无模糊或反光，且证件完整可见。',
    selfie: '请确认整张脸清晰可见、光线充足。',
    liveness: '活体检测已记录。',
  },
  reviewImageAlt: {
    document_front: '证件正面照片',
    document_back: '证件背面照片',
    selfie: '您的自拍',
    liveness: '活体检测中的一帧画面',
  },
  retake: '重拍',
  confirm: '使用这张照片',

  fileTooLarge: (mb) => `文件太大。请选择小于 ${mb} MB 的图片。`,
  fileNotImage: '此文件既不是照片也不是 PDF。',
  fileHeicCorrupt: '无法打开此 HEIC 照片，文件可能已损坏。请选择其他文件，或用相机拍照。',
  fileHeicUnsupported: '此处无法打开此 HEIC 照片。请选择 JPEG 或 PNG，或用摄像头拍照。',
  fileUnreadable: '无法读取此图片。请选择其他照片。',
  filePdfTooLarge: (mb) => `此 PDF 太大。请选择小于 ${mb} MB 的 PDF，或证件的照片。`,
  filePdfEncrypted: '此 PDF 受密码保护。请选择没有密码的 PDF，或证件的照片。',
  filePdfCorrupt: '无法打开此 PDF，文件可能已损坏。请选择其他文件，或用相机拍照。',
  documentReadIssue: {
    document_expired: {
      title: '此证件已过期',
      instruction: '证件已超过有效期。请使用有效证件；如果读取有误，请重新拍摄。',
    },
    document_type_mismatch: {
      title: '这不是您选择的证件',
      instruction: '读取结果为其他类型的证件。请选择您持有的证件，或重新拍摄。',
    },
    document_country_mismatch: {
      title: '此证件来自其他国家或地区',
      instruction: '与您选择的国家或地区不符。请选择正确的国家或地区，或重新拍摄。',
    },
  },
  documentChooseAgain: '重新选择',

  uploadingTitle: '正在发送您的照片',
  uploadingBody: '请保持此页面打开。',
  uploadProgress: (done, total) => `已发送 ${done}/${total}`,
  uploadWaitingOnline: '您已离线。网络恢复后将继续发送。',

  doneTitle: '谢谢',
  doneBody: '您的验证已提交。',
  doneRedirecting: '正在返回…',
  doneContinue: '继续',

  cancelledTitle: '验证已停止',
  cancelledBody: '您可以关闭此页面。不会再发送任何内容。',
  cancelConfirm: '要停止验证吗？尚未发送的照片将被丢弃。',

  errorTitle: '出了点问题',
  errors: {
    vision_unavailable: {
      title: '此设备不支持自动检查',
      instruction: '您仍可使用按钮拍摄每张照片。活体检测将改为拍摄一张照片，由工作人员审核。',
    },
    camera_not_allowed: {
      title: '摄像头访问被阻止',
      instruction: '请在浏览器设置中允许此网站访问摄像头，然后重试。您也可以上传照片。',
    },
    camera_blocked_by_embed: {
      title: '此窗口中无法使用摄像头',
      instruction: '此页面以无摄像头权限的方式嵌入。请在单独的窗口中打开验证，或上传照片。',
    },
    camera_not_found: {
      title: '未找到摄像头',
      instruction: '请连接摄像头后重试，或上传照片。',
    },
    camera_in_use: {
      title: '摄像头正被占用',
      instruction: '请关闭正在使用摄像头的其他应用或标签页，然后重试。',
    },
    camera_black: {
      title: '摄像头画面全黑',
      instruction:
        '请检查镜头没有被遮挡（有些笔记本电脑带有隐私挡板或摄像头按键），并确保有一定光线，然后重试。您也可以选择其他摄像头。',
    },
    camera_frozen: {
      title: '摄像头画面卡住了',
      instruction: '摄像头已启动，但画面没有变化。请重试，或选择其他摄像头（如果有）。',
    },
    constraints_unsatisfiable: {
      title: '无法使用摄像头',
      instruction: '您的摄像头不支持此步骤所需的功能。请尝试其他摄像头，或上传照片。',
    },
    insecure_context: {
      title: '摄像头需要安全连接',
      instruction: '请通过 https 打开此页面，或上传照片。',
    },
    token_invalid: {
      title: '此链接无效',
      instruction: '请申请新的验证链接。',
    },
    token_expired: {
      title: '此链接已过期',
      instruction: '验证链接仅在有限时间内有效。请申请新的链接。',
    },
    session_completed: {
      title: '已提交',
      instruction: '此验证已经提交。无需再做任何操作。',
    },
    network: {
      title: '没有网络连接',
      instruction: '请检查您的网络连接。您的操作不会丢失：恢复联网后请重试。',
    },
    upload_rejected: {
      title: '有一张照片未被接受',
      instruction: '请重新拍摄那张照片。',
    },
    server_error: {
      title: '我们的服务出现问题',
      instruction: '您的操作不会丢失。请稍后重试。',
    },
    bad_response: {
      title: '意外的响应',
      instruction: '我们收到了意外的数据。请稍后重试。',
    },
  },
  errorCode: (code) => `错误代码：${code}`,
  handoffOffer: '在手机上继续',
  handoffTitle: '在手机上继续',
  handoffBody: '请用手机摄像头扫描此二维码，或在手机上打开链接。请保持此页面打开：您在手机上完成后，它会自动结束。',
  handoffConnectedBody: '请在手机上继续各个步骤。请保持此页面打开：完成后它会自动结束。',
  handoffFinishedBody: '所有内容已从您的手机发送。此页面即将结束。',
  handoffQrLabel: '手机链接的二维码',
  handoffLinkLabel: '手机链接',
  handoffCopy: '复制链接',
  handoffCopied: '链接已复制',
  handoffCopyManual: '请选中链接并复制。',
  handoffCreating: '正在创建链接…',
  handoffValidFor: (m) => `此链接只能使用一次，有效期 ${m} 分钟。`,
  handoffExpired: '此链接已过期。',
  handoffStalled: '您的手机已有一段时间没有任何操作。',
  handoffNewLink: '创建新链接',
  handoffFailed: '无法创建链接。',
  handoffWaiting: '正在等待您的手机…',
  handoffConnected: '您的手机已连接。',
  handoffPhoneStep: (step) => `手机上：${step}`,
  handoffStepNames: {
    intro: '开始',
    consent: '同意',
    document_select: '选择证件',
    uploading: '发送中',
    done: '已完成',
  },
  handoffReceived: (done, total) => `已收到照片：${done}/${total}`,
  handoffFinished: '您的手机已完成。',
  handoffUseThisDevice: '改用此设备',
  phoneDoneTitle: '请返回电脑',
  phoneDoneBody: '全部已发送。您可以关闭此页面并返回电脑：电脑端会自动继续。',
  handoffOpenTitle: '在此手机上继续',
  handoffOpenBody: '您打开了一个链接，以便在此手机上继续身份验证。只有在您本人已在电脑上开始验证时才继续。',
  handoffOpenButton: '在此手机上继续',
  handoffRefused: {
    unknown: {
      title: '此链接无效',
      instruction: '请确认您打开的是完整链接，或在电脑上创建新链接。',
    },
    used: {
      title: '此链接已被使用',
      instruction: '每个链接只能使用一次。请在电脑上选择“创建新链接”，然后扫描新的二维码。',
    },
    expired: {
      title: '此链接已过期',
      instruction: '链接有效期为 10 分钟。请在电脑上选择“创建新链接”，然后扫描新的二维码。',
    },
    closed: {
      title: '此验证已关闭',
      instruction: '它已提交或已过期。无需在此手机上再做任何操作。',
    },
  },
};

export default zhHans;
