/**
 * Korean (ko). Machine-assisted translation by the team; not yet reviewed by a native speaker.
 * Terms kept consistent: identity document = '신분증', selfie = '셀피', liveness = '실재 확인',
 * consent = '동의'. Korean has no plural forms.
 */
import type { Translation } from '../translation.js';

const ko: Translation = {
  $code: 'ko',
  $dir: 'ltr',
  $name: '한국어',

  widgetLabel: '본인 인증',
  progress: (step, total) => `${total}단계 중 ${step}단계`,
  continue: '계속',
  back: '뒤로',
  cancel: '취소',
  retry: '다시 시도',
  loading: '인증을 불러오는 중…',

  introTitle: (name) => (name ? `${name}님, 본인 인증을 시작할게요` : '본인 인증을 시작할게요'),
  introBody: '약 2분 정도 걸립니다. 필요한 것:',
  introNeedDocument: '유효한 신분증',
  introNeedSelfie: '얼굴 사진 한 장',
  introNeedLiveness: '간단한 머리 동작 몇 가지',
  introTime: (m) => `약 ${m}분`,
  introStart: '시작',
  languageLabel: '언어',
  inAppTitle: '이 페이지를 브라우저에서 여세요',
  inAppBody: (app) =>
    `${app} 안의 브라우저는 카메라를 사용하지 못하는 경우가 많습니다. 링크를 복사해 Safari, Chrome 등 다른 브라우저에서 열거나(앱 메뉴의 '브라우저에서 열기'도 가능) 휴대폰에서 계속하세요.`,
  inAppOpen: '내 브라우저에서 열기',

  consentTitle: '동의',
  consentBody: '신분증의 소유자가 본인임을 확인하기 위해 얼굴 사진을 촬영합니다.',
  consentPoints: [
    '안내를 위해 얼굴은 이 기기에서 분석되며, 확인한 사진만 전송됩니다.',
    '사진은 이번 요청의 본인 인증에만 사용됩니다.',
    '언제든지 중단할 수 있습니다.',
  ],
  consentAccept: '동의합니다',
  consentDecline: '동의하지 않습니다',

  documentSelectTitle: '신분증 선택',
  documentTypeLabel: '신분증 종류',
  countryLabel: '발급 국가',
  countryPlaceholder: '국가 선택',
  documentTypes: {
    passport: '여권',
    id_card: '주민등록증',
    drivers_license: '운전면허증',
    residence_permit: '체류 허가증',
  },

  captureTitle: {
    document_front: '신분증 앞면',
    document_back: '신분증 뒷면',
    selfie: '셀피 촬영',
    liveness: '실재 확인',
  },
  captureHint: {
    document_front: '신분증 앞면을 어두운 바탕 위에 빛 반사 없이 프레임 안에 맞춰 주세요.',
    document_back: '신분증을 뒤집어 뒷면을 프레임 안에 맞춰 주세요.',
    selfie: '카메라를 똑바로 보고 얼굴을 타원 안에 맞춰 주세요.',
    liveness: '안내에 따라 본인이 직접 있음을 보여 주세요.',
  },
  shutter: '사진 촬영',
  switchCamera: '카메라 전환',
  useFile: '대신 사진 업로드',
  uploadInstead: '파일 선택',
  cameraStarting: '카메라를 켜는 중…',
  cameraPickerLabel: '카메라',
  cameraBack: (n) => `후면 카메라 ${n}`,
  cameraFront: (n) => `전면 카메라 ${n}`,
  cameraNumbered: (n) => `카메라 ${n}`,
  torch: '조명',
  cameraPromptHelp:
    '브라우저가 카메라 사용 권한을 요청하고 있습니다. 보통 주소 표시줄 근처의 요청에서 "허용"을 선택하세요.',
  guidance: {
    starting: '준비 중…',
    no_face: '얼굴이 보이지 않습니다',
    multiple_faces: '한 사람만 화면에 나와야 합니다',
    too_far: '더 가까이 오세요',
    too_close: '조금 뒤로 물러나세요',
    off_centre: '얼굴을 타원 가운데에 맞춰 주세요',
    too_dark: '너무 어둡습니다. 더 밝은 곳으로 가세요',
    too_blurry: '움직이지 마세요. 화면이 흐립니다',
    glare: '빛 반사를 피하도록 신분증을 기울이세요',
    hold_still: '움직이지 마세요…',
    good: '좋습니다. 그대로 계세요',
    capturing: '촬영 중…',
  },
  autoCaptureOn: '화면이 좋으면 사진이 자동으로 촬영됩니다.',
  manualCaptureOnly: '이 기기에서는 자동 촬영을 사용할 수 없습니다. 버튼을 눌러 촬영하세요.',

  livenessTitle: '본인이 직접 있음을 보여 주세요',
  livenessIntro: '얼굴을 타원 안에 두고 각 안내를 따라 주세요.',
  livenessChallenge: {
    blink: '천천히 눈을 깜빡이세요',
    turn_left: '고개를 왼쪽으로 돌리세요',
    turn_right: '고개를 오른쪽으로 돌리세요',
    smile: '웃어 주세요',
  },
  livenessHoldStill: '정면을 보고 움직이지 마세요',
  livenessTimeout: '확인하지 못했습니다. 다시 해 볼게요.',
  livenessPassed: '완료',
  livenessStart: '확인 시작',
  livenessProgress: (done, total) => `${total}개 중 ${done}개 완료`,
  manualCaptureOrFile: '이 기기에서는 자동 촬영을 사용할 수 없습니다. 버튼을 눌러 촬영하거나 파일을 선택하세요.',
  livenessCantDo: '이 동작을 할 수 없어요',
  livenessPhoto: '검토용 사진 한 장 촬영',
  livenessPhotoReview: {
    title: '사진을 확인하세요',
    check: '얼굴 전체가 선명하고 밝게 보이는지 확인하세요. 이 사진은 담당자가 검토합니다.',
  },
  livenessFallback: {
    vision_unavailable: '이 기기에서는 동작 확인을 할 수 없습니다. 대신 사진 한 장을 촬영하세요. 담당자가 검토합니다.',
    challenge_failed: '동작을 인식하지 못했습니다. 대신 사진 한 장을 촬영하세요. 담당자가 검토합니다.',
    no_baseline: '정면 얼굴을 확인하지 못했습니다. 대신 사진 한 장을 촬영하세요. 담당자가 검토합니다.',
    applicant_choice: '괜찮습니다. 대신 사진 한 장을 촬영하세요. 담당자가 검토합니다.',
  },

  reviewTitle: {
    document_front: '앞면 확인',
    document_back: '뒷면 확인',
    selfie: '셀피 확인',
    liveness: '확인 완료',
  },
  reviewCheck: {
    document_front: '모든 글자가 흐림이나 반사 없이 읽히고 신분증 전체가 보이는지 확인하세요.',
    document_back: '모든 글자가 흐림이나 반사 없이 읽히고 신분증 전체가 보이는지 확인하세요.',
    selfie: '얼굴 전체가 선명하고 밝게 보이는지 확인하세요.',
    liveness: '실재 확인이 기록되었습니다.',
  },
  reviewImageAlt: {
    document_front: '신분증 앞면 사진',
    document_back: '신분증 뒷면 사진',
    selfie: '내 셀피',
    liveness: '실재 확인의 한 장면',
  },
  retake: '다시 촬영',
  confirm: '이 사진 사용',

  fileTooLarge: (mb) => `파일이 너무 큽니다. ${mb}MB 미만의 이미지를 선택하세요.`,
  fileNotImage: '이 파일은 사진이나 PDF가 아닙니다.',
  fileHeicCorrupt: '이 HEIC 사진을 열 수 없습니다. 손상되었을 수 있습니다. 다른 파일을 선택하거나 카메라로 촬영하세요.',
  fileHeicUnsupported: '이 HEIC 사진은 여기서 열 수 없습니다. JPEG 또는 PNG를 선택하거나 카메라로 촬영하세요.',
  fileUnreadable: '이 이미지를 읽을 수 없습니다. 다른 사진을 선택하세요.',
  filePdfTooLarge: (mb) => `이 PDF는 너무 큽니다. ${mb}MB 미만의 PDF나 서류 사진을 선택하세요.`,
  filePdfEncrypted: '이 PDF는 비밀번호로 보호되어 있습니다. 비밀번호가 없는 PDF나 서류 사진을 선택하세요.',
  filePdfCorrupt: '이 PDF를 열 수 없습니다. 손상되었을 수 있습니다. 다른 파일을 선택하거나 카메라로 촬영하세요.',
  documentReadIssue: {
    document_expired: {
      title: '이 신분증은 유효기간이 지났습니다',
      instruction: '유효기간이 지났습니다. 유효한 신분증을 사용하거나, 잘못 읽혔다면 사진을 다시 찍어 주세요.',
    },
    document_type_mismatch: {
      title: '선택한 신분증이 아닙니다',
      instruction: '다른 종류의 신분증으로 읽힙니다. 가지고 있는 신분증을 선택하거나 사진을 다시 찍어 주세요.',
    },
    document_country_mismatch: {
      title: '다른 나라의 신분증입니다',
      instruction: '선택한 나라와 일치하지 않습니다. 올바른 나라를 선택하거나 사진을 다시 찍어 주세요.',
    },
  },
  documentChooseAgain: '다시 선택',

  uploadingTitle: '사진을 보내는 중',
  uploadingBody: '이 페이지를 열어 두세요.',
  uploadProgress: (done, total) => `${total}개 중 ${done}개 전송됨`,
  uploadWaitingOnline: '오프라인 상태입니다. 연결이 돌아오면 전송을 다시 시작합니다.',

  doneTitle: '감사합니다',
  doneBody: '인증이 제출되었습니다.',
  doneRedirecting: '이전 페이지로 돌아가는 중…',
  doneContinue: '계속',

  cancelledTitle: '인증이 중단되었습니다',
  cancelledBody: '이 페이지를 닫아도 됩니다. 더 이상 아무것도 전송되지 않습니다.',
  cancelConfirm: '인증을 중단할까요? 아직 보내지 않은 사진은 삭제됩니다.',

  errorTitle: '문제가 발생했습니다',
  errors: {
    vision_unavailable: {
      title: '이 기기에서는 자동 확인을 사용할 수 없습니다',
      instruction:
        '각 사진은 버튼으로 촬영할 수 있습니다. 이 경우 실재 확인은 담당자가 검토할 사진 한 장을 촬영합니다.',
    },
    camera_not_allowed: {
      title: '카메라 접근이 차단되었습니다',
      instruction:
        '브라우저 설정에서 이 사이트의 카메라 접근을 허용한 뒤 다시 시도하세요. 사진을 업로드할 수도 있습니다.',
    },
    camera_blocked_by_embed: {
      title: '이 창에서는 카메라를 사용할 수 없습니다',
      instruction: '이 페이지는 카메라 접근 없이 삽입되어 있습니다. 인증을 별도 창에서 열거나 사진을 업로드하세요.',
    },
    camera_not_found: {
      title: '카메라를 찾을 수 없습니다',
      instruction: '카메라를 연결하고 다시 시도하거나 사진을 업로드하세요.',
    },
    camera_in_use: {
      title: '카메라가 사용 중입니다',
      instruction: '카메라를 사용하는 다른 앱이나 탭을 닫고 다시 시도하세요.',
    },
    camera_black: {
      title: '카메라에 검은 화면만 보입니다',
      instruction:
        '렌즈를 가리는 것이 없는지(일부 노트북에는 프라이버시 셔터나 카메라 키가 있습니다), 약간의 빛이 있는지 확인하고 다시 시도하세요. 다른 카메라를 선택할 수도 있습니다.',
    },
    camera_frozen: {
      title: '카메라 화면이 멈췄습니다',
      instruction: '카메라는 켜졌지만 화면이 바뀌지 않습니다. 다시 시도하거나 다른 카메라가 있으면 선택하세요.',
    },
    constraints_unsatisfiable: {
      title: '카메라를 사용할 수 없습니다',
      instruction: '카메라가 이 단계에 필요한 기능을 지원하지 않습니다. 다른 카메라를 사용하거나 사진을 업로드하세요.',
    },
    insecure_context: {
      title: '카메라에는 보안 연결이 필요합니다',
      instruction: '이 페이지를 https로 열거나 사진을 업로드하세요.',
    },
    token_invalid: {
      title: '유효하지 않은 링크입니다',
      instruction: '새 인증 링크를 요청하세요.',
    },
    token_expired: {
      title: '링크가 만료되었습니다',
      instruction: '인증 링크는 일정 시간 동안만 유효합니다. 새 링크를 요청하세요.',
    },
    session_completed: {
      title: '이미 제출되었습니다',
      instruction: '이 인증은 이미 제출되었습니다. 더 하실 일이 없습니다.',
    },
    network: {
      title: '연결 없음',
      instruction: '인터넷 연결을 확인하세요. 진행한 내용은 그대로 있습니다. 다시 연결되면 시도하세요.',
    },
    upload_rejected: {
      title: '사진이 접수되지 않았습니다',
      instruction: '그 사진을 다시 촬영해 주세요.',
    },
    server_error: {
      title: '서비스에 문제가 있습니다',
      instruction: '진행한 내용은 그대로 있습니다. 잠시 후 다시 시도하세요.',
    },
    bad_response: {
      title: '예상치 못한 응답',
      instruction: '예상하지 못한 데이터를 받았습니다. 잠시 후 다시 시도하세요.',
    },
  },
  errorCode: (code) => `오류 코드: ${code}`,
  handoffOffer: '휴대폰에서 계속하기',
  handoffTitle: '휴대폰에서 계속하기',
  handoffBody:
    '휴대폰 카메라로 이 코드를 스캔하거나 휴대폰에서 링크를 여세요. 이 페이지는 열어 두세요. 휴대폰에서 끝나면 자동으로 완료됩니다.',
  handoffConnectedBody: '휴대폰에서 단계를 진행하세요. 이 페이지는 열어 두세요. 끝나면 자동으로 완료됩니다.',
  handoffFinishedBody: '휴대폰에서 모두 전송되었습니다. 이 페이지가 곧 완료됩니다.',
  handoffQrLabel: '휴대폰용 링크 QR 코드',
  handoffLinkLabel: '휴대폰용 링크',
  handoffCopy: '링크 복사',
  handoffCopied: '링크를 복사했습니다',
  handoffCopyManual: '링크를 선택해 복사하세요.',
  handoffCreating: '링크를 만드는 중…',
  handoffValidFor: (m) => `이 링크는 ${m}분 동안 한 번만 사용할 수 있습니다.`,
  handoffExpired: '링크가 만료되었습니다.',
  handoffStalled: '한동안 휴대폰에서 아무 동작이 없었습니다.',
  handoffNewLink: '새 링크 만들기',
  handoffFailed: '링크를 만들 수 없습니다.',
  handoffWaiting: '휴대폰을 기다리는 중…',
  handoffConnected: '휴대폰이 연결되었습니다.',
  handoffPhoneStep: (step) => `휴대폰: ${step}`,
  handoffStepNames: {
    intro: '시작',
    consent: '동의',
    document_select: '신분증 선택',
    uploading: '전송 중',
    done: '완료',
  },
  handoffReceived: (done, total) => `받은 사진: ${total}장 중 ${done}장`,
  handoffFinished: '휴대폰에서 완료되었습니다.',
  handoffUseThisDevice: '이 기기에서 계속하기',
  phoneDoneTitle: '컴퓨터로 돌아가세요',
  phoneDoneBody: '모두 전송되었습니다. 이 페이지를 닫고 컴퓨터로 돌아가세요. 컴퓨터에서는 자동으로 진행됩니다.',
  handoffOpenTitle: '이 휴대폰에서 계속하기',
  handoffOpenBody:
    '이 휴대폰에서 본인 인증을 이어서 하기 위한 링크를 열었습니다. 컴퓨터에서 직접 시작한 경우에만 계속하세요.',
  handoffOpenButton: '이 휴대폰에서 계속하기',
  handoffRefused: {
    unknown: {
      title: '유효하지 않은 링크입니다',
      instruction: '링크 전체를 열었는지 확인하거나 컴퓨터에서 새 링크를 만드세요.',
    },
    used: {
      title: '이미 사용된 링크입니다',
      instruction: '각 링크는 한 번만 사용할 수 있습니다. 컴퓨터에서 "새 링크 만들기"를 선택하고 새 코드를 스캔하세요.',
    },
    expired: {
      title: '링크가 만료되었습니다',
      instruction: '링크는 10분 동안 유효합니다. 컴퓨터에서 "새 링크 만들기"를 선택하고 새 코드를 스캔하세요.',
    },
    closed: {
      title: '이 인증은 종료되었습니다',
      instruction: '이미 제출되었거나 만료되었습니다. 이 휴대폰에서 더 하실 일이 없습니다.',
    },
  },
};

export default ko;
