/**
 * Vietnamese (vi). Machine-assisted translation by the team; not yet reviewed by a native speaker.
 * Terms kept consistent: identity document = “giấy tờ tùy thân”, selfie = “ảnh selfie”,
 * liveness = “kiểm tra hiện diện”, consent = “đồng ý”. Nouns do not inflect for number.
 */
import type { Translation } from '../translation.js';

const vi: Translation = {
  $code: 'vi',
  $dir: 'ltr',
  $name: 'Tiếng Việt',

  widgetLabel: 'Xác minh danh tính',
  progress: (step, total) => `Bước ${step}/${total}`,
  continue: 'Tiếp tục',
  back: 'Quay lại',
  cancel: 'Hủy',
  retry: 'Thử lại',
  loading: 'Đang tải quy trình xác minh…',

  introTitle: (name) => (name ? `Chào ${name}, hãy xác minh danh tính của bạn` : 'Hãy xác minh danh tính của bạn'),
  introBody: 'Chỉ mất khoảng hai phút. Bạn sẽ cần:',
  introNeedDocument: 'Một giấy tờ tùy thân còn hiệu lực',
  introNeedSelfie: 'Một ảnh chụp nhanh khuôn mặt',
  introNeedLiveness: 'Vài cử động đầu đơn giản',
  introTime: (m) => `Khoảng ${m} phút`,
  introStart: 'Bắt đầu',
  languageLabel: 'Ngôn ngữ',
  inAppTitle: 'Mở trang này trong trình duyệt',
  inAppBody: (app) =>
    `Trình duyệt bên trong ${app} thường không dùng được camera. Hãy sao chép liên kết và mở trong Safari, Chrome hoặc trình duyệt khác (hoặc chọn “Mở trong trình duyệt” trong menu của ứng dụng), hoặc tiếp tục trên điện thoại.`,
  inAppOpen: 'Mở trong trình duyệt của tôi',

  consentTitle: 'Sự đồng ý của bạn',
  consentBody: 'Để xác nhận bạn là chủ sở hữu giấy tờ, chúng tôi sẽ chụp ảnh khuôn mặt của bạn.',
  consentPoints: [
    'Khuôn mặt của bạn được phân tích trên thiết bị này để hướng dẫn bạn; chỉ những ảnh bạn xác nhận mới được gửi đi.',
    'Ảnh chỉ được dùng để xác minh danh tính của bạn cho yêu cầu này.',
    'Bạn có thể dừng bất cứ lúc nào.',
  ],
  consentAccept: 'Tôi đồng ý',
  consentDecline: 'Tôi không đồng ý',

  documentSelectTitle: 'Chọn giấy tờ của bạn',
  documentTypeLabel: 'Loại giấy tờ',
  countryLabel: 'Quốc gia cấp',
  countryPlaceholder: 'Chọn quốc gia',
  documentTypes: {
    passport: 'Hộ chiếu',
    id_card: 'Căn cước công dân',
    drivers_license: 'Giấy phép lái xe',
    residence_permit: 'Thẻ cư trú',
  },

  captureTitle: {
    document_front: 'Mặt trước giấy tờ',
    document_back: 'Mặt sau giấy tờ',
    selfie: 'Chụp ảnh selfie',
    liveness: 'Kiểm tra hiện diện',
  },
  captureHint: {
    document_front: 'Đặt mặt trước giấy tờ vào trong khung, trên nền tối, không bị lóa.',
    document_back: 'Lật giấy tờ lại và đặt mặt sau vào trong khung.',
    selfie: 'Nhìn thẳng vào camera và giữ khuôn mặt trong hình bầu dục.',
    liveness: 'Làm theo hướng dẫn để cho thấy bạn đang có mặt.',
  },
  shutter: 'Chụp ảnh',
  switchCamera: 'Đổi camera',
  useFile: 'Tải ảnh lên thay thế',
  uploadInstead: 'Chọn tệp',
  cameraStarting: 'Đang khởi động camera…',
  cameraPickerLabel: 'Máy ảnh',
  cameraBack: (n) => `Camera sau ${n}`,
  cameraFront: (n) => `Camera trước ${n}`,
  cameraNumbered: (n) => `Máy ảnh ${n}`,
  torch: 'Đèn',
  cameraPromptHelp:
    'Trình duyệt đang xin quyền dùng camera. Hãy chọn “Cho phép” trong lời nhắc, thường nằm gần thanh địa chỉ.',
  guidance: {
    starting: 'Đang chuẩn bị…',
    no_face: 'Chúng tôi không thấy khuôn mặt của bạn',
    multiple_faces: 'Chỉ nên có một người trong ảnh',
    too_far: 'Hãy lại gần hơn',
    too_close: 'Hãy lùi ra một chút',
    off_centre: 'Đưa khuôn mặt vào giữa hình bầu dục',
    too_dark: 'Quá tối: hãy tìm chỗ sáng hơn',
    too_blurry: 'Giữ yên: ảnh bị mờ',
    glare: 'Nghiêng giấy tờ để tránh lóa',
    hold_still: 'Giữ yên…',
    good: 'Tuyệt, giữ nguyên như vậy',
    capturing: 'Đang chụp ảnh…',
  },
  autoCaptureOn: 'Ảnh sẽ được chụp tự động khi hình ảnh đạt yêu cầu.',
  manualCaptureOnly: 'Thiết bị này không hỗ trợ chụp tự động. Hãy dùng nút để chụp ảnh.',

  livenessTitle: 'Cho thấy bạn đang có mặt',
  livenessIntro: 'Giữ khuôn mặt trong hình bầu dục và làm theo từng hướng dẫn.',
  livenessChallenge: {
    blink: 'Chớp mắt chậm',
    turn_left: 'Quay đầu sang trái',
    turn_right: 'Quay đầu sang phải',
    smile: 'Mỉm cười',
  },
  livenessHoldStill: 'Nhìn thẳng về phía trước và giữ yên',
  livenessTimeout: 'Chúng tôi chưa thấy điều đó. Hãy thử lại.',
  livenessPassed: 'Xong',
  livenessStart: 'Bắt đầu kiểm tra',
  livenessProgress: (done, total) => `Đã xong ${done}/${total}`,
  manualCaptureOrFile: 'Thiết bị này không hỗ trợ chụp tự động. Hãy dùng nút để chụp ảnh, hoặc chọn tệp.',
  livenessCantDo: 'Tôi không thể làm các cử động này',
  livenessPhoto: 'Chụp một ảnh để xem xét',
  livenessPhotoReview: {
    title: 'Kiểm tra ảnh của bạn',
    check: 'Hãy đảm bảo toàn bộ khuôn mặt hiện rõ, sắc nét và đủ sáng. Một nhân viên sẽ xem xét ảnh này.',
  },
  livenessFallback: {
    vision_unavailable:
      'Thiết bị này không thể kiểm tra cử động. Thay vào đó hãy chụp một ảnh: một nhân viên sẽ xem xét ảnh.',
    challenge_failed: 'Không nhận diện được cử động. Thay vào đó hãy chụp một ảnh: một nhân viên sẽ xem xét ảnh.',
    no_baseline:
      'Chúng tôi không thấy được khuôn mặt bạn từ chính diện. Thay vào đó hãy chụp một ảnh: một nhân viên sẽ xem xét ảnh.',
    applicant_choice: 'Không sao. Thay vào đó hãy chụp một ảnh: một nhân viên sẽ xem xét ảnh.',
  },

  reviewTitle: {
    document_front: 'Kiểm tra mặt trước',
    document_back: 'Kiểm tra mặt sau',
    selfie: 'Kiểm tra ảnh selfie',
    liveness: 'Đã kiểm tra xong',
  },
  reviewCheck: {
    document_front: 'Hãy đảm bảo mọi chữ đều đọc được, không bị mờ hay lóa, và thấy toàn bộ giấy tờ.',
    document_back: 'Hãy đảm bảo mọi chữ đều đọc được, không bị mờ hay lóa, và thấy toàn bộ giấy tờ.',
    selfie: 'Hãy đảm bảo toàn bộ khuôn mặt hiện rõ, sắc nét và đủ sáng.',
    liveness: 'Đã ghi nhận kiểm tra hiện diện.',
  },
  reviewImageAlt: {
    document_front: 'Ảnh mặt trước giấy tờ của bạn',
    document_back: 'Ảnh mặt sau giấy tờ của bạn',
    selfie: 'Ảnh selfie của bạn',
    liveness: 'Một khung hình từ bước kiểm tra hiện diện',
  },
  retake: 'Chụp lại',
  confirm: 'Dùng ảnh này',

  fileTooLarge: (mb) => `Tệp quá lớn. Hãy chọn ảnh dưới ${mb} MB.`,
  fileNotImage: 'Tệp này không phải là ảnh hay PDF.',
  fileHeicCorrupt: 'Không mở được ảnh HEIC này; tệp có thể bị hỏng. Hãy chọn tệp khác hoặc chụp ảnh bằng camera.',
  fileHeicUnsupported: 'Không thể mở ảnh HEIC này tại đây. Hãy chọn JPEG hoặc PNG, hoặc chụp bằng camera.',
  fileUnreadable: 'Không đọc được ảnh này. Hãy chọn ảnh khác.',
  filePdfTooLarge: (mb) => `Tệp PDF này quá lớn. Hãy chọn PDF dưới ${mb} MB hoặc ảnh chụp giấy tờ.`,
  filePdfEncrypted: 'Tệp PDF này được bảo vệ bằng mật khẩu. Hãy chọn PDF không có mật khẩu hoặc ảnh chụp giấy tờ.',
  filePdfCorrupt: 'Không mở được tệp PDF này; tệp có thể bị hỏng. Hãy chọn tệp khác hoặc chụp ảnh bằng camera.',
  documentReadIssue: {
    document_expired: {
      title: 'Giấy tờ này đã hết hạn',
      instruction: 'Ngày hết hạn đã qua. Hãy dùng giấy tờ còn hiệu lực, hoặc chụp lại nếu ảnh bị đọc sai.',
    },
    document_type_mismatch: {
      title: 'Đây không phải giấy tờ bạn đã chọn',
      instruction: 'Giấy tờ được đọc là một loại khác. Hãy chọn đúng giấy tờ bạn có, hoặc chụp lại.',
    },
    document_country_mismatch: {
      title: 'Giấy tờ này của quốc gia khác',
      instruction: 'Giấy tờ không khớp với quốc gia bạn đã chọn. Hãy chọn đúng quốc gia, hoặc chụp lại.',
    },
  },
  documentChooseAgain: 'Chọn lại',

  uploadingTitle: 'Đang gửi ảnh của bạn',
  uploadingBody: 'Vui lòng giữ trang này mở.',
  uploadProgress: (done, total) => `Đã gửi ${done}/${total}`,
  uploadWaitingOnline: 'Bạn đang ngoại tuyến. Việc gửi sẽ tiếp tục khi có kết nối trở lại.',

  doneTitle: 'Cảm ơn bạn',
  doneBody: 'Đã gửi yêu cầu xác minh của bạn.',
  doneRedirecting: 'Đang đưa bạn quay lại…',
  doneContinue: 'Tiếp tục',

  cancelledTitle: 'Đã dừng xác minh',
  cancelledBody: 'Bạn có thể đóng trang này. Sẽ không có gì được gửi thêm.',
  cancelConfirm: 'Dừng xác minh? Những ảnh chưa gửi sẽ bị loại bỏ.',

  errorTitle: 'Đã xảy ra lỗi',
  errors: {
    vision_unavailable: {
      title: 'Thiết bị này không hỗ trợ kiểm tra tự động',
      instruction:
        'Bạn vẫn có thể chụp từng ảnh bằng nút. Khi đó bước kiểm tra hiện diện sẽ chụp một ảnh để nhân viên xem xét.',
    },
    camera_not_allowed: {
      title: 'Quyền truy cập camera bị chặn',
      instruction:
        'Hãy cho phép trang này dùng camera trong cài đặt trình duyệt rồi thử lại. Bạn cũng có thể tải ảnh lên.',
    },
    camera_blocked_by_embed: {
      title: 'Không dùng được camera trong cửa sổ này',
      instruction:
        'Trang này được nhúng mà không có quyền dùng camera. Hãy mở quy trình xác minh trong cửa sổ riêng, hoặc tải ảnh lên.',
    },
    camera_not_found: {
      title: 'Không tìm thấy camera',
      instruction: 'Hãy kết nối camera rồi thử lại, hoặc tải ảnh lên.',
    },
    camera_in_use: {
      title: 'Camera đang bận',
      instruction: 'Hãy đóng các ứng dụng hoặc thẻ khác đang dùng camera rồi thử lại.',
    },
    camera_black: {
      title: 'Camera chỉ hiện màu đen',
      instruction:
        'Hãy kiểm tra không có gì che ống kính (một số máy tính xách tay có nắp che hoặc phím camera) và có chút ánh sáng, rồi thử lại. Bạn cũng có thể chọn camera khác.',
    },
    camera_frozen: {
      title: 'Hình ảnh camera bị đứng',
      instruction: 'Camera đã bật nhưng hình ảnh không thay đổi. Hãy thử lại, hoặc chọn camera khác nếu có.',
    },
    constraints_unsatisfiable: {
      title: 'Không dùng được camera',
      instruction: 'Camera của bạn không hỗ trợ yêu cầu của bước này. Hãy thử camera khác, hoặc tải ảnh lên.',
    },
    insecure_context: {
      title: 'Camera cần kết nối bảo mật',
      instruction: 'Hãy mở trang này qua https, hoặc tải ảnh lên.',
    },
    token_invalid: {
      title: 'Liên kết này không hợp lệ',
      instruction: 'Hãy yêu cầu một liên kết xác minh mới.',
    },
    token_expired: {
      title: 'Liên kết này đã hết hạn',
      instruction: 'Liên kết xác minh chỉ có hiệu lực trong thời gian giới hạn. Hãy yêu cầu liên kết mới.',
    },
    session_completed: {
      title: 'Đã gửi trước đó',
      instruction: 'Yêu cầu xác minh này đã được gửi. Bạn không cần làm gì thêm.',
    },
    network: {
      title: 'Không có kết nối',
      instruction: 'Hãy kiểm tra kết nối internet. Không có gì bị mất: hãy thử lại khi bạn trực tuyến trở lại.',
    },
    upload_rejected: {
      title: 'Một ảnh không được chấp nhận',
      instruction: 'Vui lòng chụp lại ảnh đó.',
    },
    server_error: {
      title: 'Dịch vụ của chúng tôi đang gặp sự cố',
      instruction: 'Không có gì bị mất. Vui lòng thử lại sau giây lát.',
    },
    bad_response: {
      title: 'Phản hồi không mong đợi',
      instruction: 'Chúng tôi nhận được dữ liệu không mong đợi. Vui lòng thử lại sau giây lát.',
    },
  },
  errorCode: (code) => `Mã lỗi: ${code}`,
  handoffOffer: 'Tiếp tục trên điện thoại',
  handoffTitle: 'Tiếp tục trên điện thoại',
  handoffBody:
    'Quét mã này bằng camera điện thoại, hoặc mở liên kết trên điện thoại. Hãy giữ trang này mở: trang sẽ tự hoàn tất khi bạn xong trên điện thoại.',
  handoffConnectedBody: 'Tiếp tục các bước trên điện thoại. Hãy giữ trang này mở: trang sẽ tự hoàn tất khi bạn xong.',
  handoffFinishedBody: 'Mọi thứ đã được gửi từ điện thoại của bạn. Trang này sẽ hoàn tất ngay.',
  handoffQrLabel: 'Mã QR của liên kết cho điện thoại',
  handoffLinkLabel: 'Liên kết cho điện thoại',
  handoffCopy: 'Sao chép liên kết',
  handoffCopied: 'Đã sao chép liên kết',
  handoffCopyManual: 'Hãy chọn liên kết và sao chép.',
  handoffCreating: 'Đang tạo liên kết…',
  handoffValidFor: (m) => `Liên kết dùng được một lần, trong ${m} phút.`,
  handoffExpired: 'Liên kết này đã hết hạn.',
  handoffStalled: 'Đã một lúc không có hoạt động nào trên điện thoại của bạn.',
  handoffNewLink: 'Tạo liên kết mới',
  handoffFailed: 'Không tạo được liên kết.',
  handoffWaiting: 'Đang chờ điện thoại của bạn…',
  handoffConnected: 'Điện thoại của bạn đã kết nối.',
  handoffPhoneStep: (step) => `Trên điện thoại: ${step}`,
  handoffStepNames: {
    intro: 'bắt đầu',
    consent: 'đồng ý',
    document_select: 'chọn giấy tờ',
    uploading: 'đang gửi',
    done: 'hoàn tất',
  },
  handoffReceived: (done, total) => `Ảnh đã nhận: ${done}/${total}`,
  handoffFinished: 'Điện thoại của bạn đã xong.',
  handoffUseThisDevice: 'Dùng thiết bị này thay thế',
  phoneDoneTitle: 'Quay lại máy tính',
  phoneDoneBody: 'Mọi thứ đã được gửi. Bạn có thể đóng trang này và quay lại máy tính: ở đó sẽ tự tiếp tục.',
  handoffOpenTitle: 'Tiếp tục trên điện thoại này',
  handoffOpenBody:
    'Bạn đã mở một liên kết để tiếp tục xác minh danh tính trên điện thoại này. Chỉ tiếp tục nếu chính bạn đã bắt đầu trên máy tính.',
  handoffOpenButton: 'Tiếp tục trên điện thoại này',
  handoffRefused: {
    unknown: {
      title: 'Liên kết này không hợp lệ',
      instruction: 'Hãy kiểm tra bạn đã mở toàn bộ liên kết, hoặc tạo liên kết mới trên máy tính.',
    },
    used: {
      title: 'Liên kết này đã được dùng',
      instruction: 'Mỗi liên kết chỉ dùng được một lần. Trên máy tính, hãy chọn “Tạo liên kết mới” và quét mã mới.',
    },
    expired: {
      title: 'Liên kết này đã hết hạn',
      instruction: 'Liên kết có hiệu lực trong 10 phút. Trên máy tính, hãy chọn “Tạo liên kết mới” và quét mã mới.',
    },
    closed: {
      title: 'Yêu cầu xác minh này đã đóng',
      instruction: 'Yêu cầu đã được gửi hoặc đã hết hạn. Bạn không cần làm gì thêm trên điện thoại này.',
    },
  },
};

export default vi;
