/**
 * Indonesian (id). Machine-assisted translation by the team; not yet reviewed by a native speaker.
 * Terms kept consistent: identity document = "dokumen identitas", selfie = "swafoto",
 * liveness = "pemeriksaan kehadiran", consent = "persetujuan". Nouns do not inflect for number.
 */
import type { Translation } from '../translation.js';

const id: Translation = {
  $code: 'id',
  $dir: 'ltr',
  $name: 'Bahasa Indonesia',

  widgetLabel: 'Verifikasi identitas',
  progress: (step, total) => `Langkah ${step} dari ${total}`,
  continue: 'Lanjutkan',
  back: 'Kembali',
  cancel: 'Batal',
  retry: 'Coba lagi',
  loading: 'Memuat verifikasi Anda…',

  introTitle: (name) => (name ? `Halo ${name}, mari verifikasi identitas Anda` : 'Mari verifikasi identitas Anda'),
  introBody: 'Prosesnya sekitar dua menit. Yang Anda perlukan:',
  introNeedDocument: 'Dokumen identitas yang masih berlaku',
  introNeedSelfie: 'Foto wajah singkat',
  introNeedLiveness: 'Beberapa gerakan kepala sederhana',
  introTime: (m) => `Sekitar ${m} menit`,
  introStart: 'Mulai',
  languageLabel: 'Bahasa',
  inAppTitle: 'Buka halaman ini di browser Anda',
  inAppBody: (app) =>
    `Browser di dalam ${app} sering tidak dapat memakai kamera. Salin tautan dan buka di Safari, Chrome, atau browser lain (atau pilih "Buka di browser" di menu aplikasi), atau lanjutkan di ponsel Anda.`,
  inAppOpen: 'Buka di browser saya',

  consentTitle: 'Persetujuan Anda',
  consentBody: 'Untuk memastikan bahwa dokumen ini milik Anda, kami akan memotret wajah Anda.',
  consentPoints: [
    'Wajah Anda dianalisis di perangkat ini untuk memandu Anda; hanya foto yang Anda konfirmasi yang dikirim.',
    'Foto hanya digunakan untuk memverifikasi identitas Anda untuk permintaan ini.',
    'Anda dapat berhenti kapan saja.',
  ],
  consentAccept: 'Saya setuju',
  consentDecline: 'Saya tidak setuju',

  documentSelectTitle: 'Pilih dokumen Anda',
  documentTypeLabel: 'Jenis dokumen',
  countryLabel: 'Negara penerbit',
  countryPlaceholder: 'Pilih negara',
  documentTypes: {
    passport: 'Paspor',
    id_card: 'Kartu identitas',
    drivers_license: 'SIM',
    residence_permit: 'Izin tinggal',
  },

  captureTitle: {
    document_front: 'Bagian depan dokumen',
    document_back: 'Bagian belakang dokumen',
    selfie: 'Ambil swafoto',
    liveness: 'Pemeriksaan kehadiran',
  },
  captureHint: {
    document_front: 'Letakkan bagian depan dokumen di dalam bingkai, di atas permukaan gelap, tanpa pantulan cahaya.',
    document_back: 'Balik dokumen dan letakkan bagian belakangnya di dalam bingkai.',
    selfie: 'Lihat lurus ke kamera dan jaga wajah tetap di dalam oval.',
    liveness: 'Ikuti petunjuk untuk menunjukkan bahwa Anda hadir.',
  },
  shutter: 'Ambil foto',
  switchCamera: 'Ganti kamera',
  useFile: 'Unggah foto saja',
  uploadInstead: 'Pilih file',
  cameraStarting: 'Menyalakan kamera…',
  cameraPickerLabel: 'Kamera',
  cameraBack: (n) => `Kamera belakang ${n}`,
  cameraFront: (n) => `Kamera depan ${n}`,
  cameraNumbered: (n) => `Kamera ${n}`,
  torch: 'Lampu',
  cameraPromptHelp:
    'Browser Anda meminta izin untuk memakai kamera. Pilih "Izinkan" pada permintaan itu, biasanya di dekat bilah alamat.',
  guidance: {
    starting: 'Bersiap…',
    no_face: 'Wajah Anda tidak terlihat',
    multiple_faces: 'Hanya boleh ada satu orang di gambar',
    too_far: 'Mendekatlah',
    too_close: 'Mundur sedikit',
    off_centre: 'Posisikan wajah di tengah oval',
    too_dark: 'Terlalu gelap: cari cahaya lebih terang',
    too_blurry: 'Tahan posisi: gambar buram',
    glare: 'Miringkan dokumen agar tidak memantulkan cahaya',
    hold_still: 'Tahan posisi…',
    good: 'Sempurna, tahan di situ',
    capturing: 'Mengambil foto…',
  },
  autoCaptureOn: 'Foto diambil otomatis saat gambar sudah bagus.',
  manualCaptureOnly: 'Pengambilan otomatis tidak tersedia di perangkat ini. Gunakan tombol untuk mengambil foto.',

  livenessTitle: 'Tunjukkan bahwa Anda hadir',
  livenessIntro: 'Jaga wajah tetap di dalam oval dan ikuti setiap petunjuk.',
  livenessChallenge: {
    blink: 'Kedipkan mata perlahan',
    turn_left: 'Tolehkan kepala ke kiri',
    turn_right: 'Tolehkan kepala ke kanan',
    smile: 'Tersenyumlah',
  },
  livenessHoldStill: 'Lihat lurus ke depan dan tahan posisi',
  livenessTimeout: 'Kami tidak melihatnya. Mari coba lagi.',
  livenessPassed: 'Selesai',
  livenessStart: 'Mulai pemeriksaan',
  livenessProgress: (done, total) => `${done} dari ${total} selesai`,
  manualCaptureOrFile:
    'Pengambilan otomatis tidak tersedia di perangkat ini. Gunakan tombol untuk mengambil foto, atau pilih file.',
  livenessCantDo: 'Saya tidak bisa melakukan gerakan ini',
  livenessPhoto: 'Ambil satu foto untuk ditinjau',
  livenessPhotoReview: {
    title: 'Periksa foto Anda',
    check: 'Pastikan seluruh wajah terlihat, tajam, dan cukup terang. Seorang petugas akan meninjau foto ini.',
  },
  livenessFallback: {
    vision_unavailable:
      'Perangkat ini tidak dapat menjalankan pemeriksaan gerakan. Ambil satu foto saja: seorang petugas akan meninjaunya.',
    challenge_failed: 'Gerakan tidak dikenali. Ambil satu foto saja: seorang petugas akan meninjaunya.',
    no_baseline:
      'Kami tidak dapat melihat wajah Anda dari depan. Ambil satu foto saja: seorang petugas akan meninjaunya.',
    applicant_choice: 'Tidak masalah. Ambil satu foto saja: seorang petugas akan meninjaunya.',
  },

  reviewTitle: {
    document_front: 'Periksa bagian depan',
    document_back: 'Periksa bagian belakang',
    selfie: 'Periksa swafoto Anda',
    liveness: 'Pemeriksaan selesai',
  },
  reviewCheck: {
    document_front: 'Pastikan semua teks terbaca, tanpa buram atau pantulan cahaya, dan seluruh dokumen terlihat.',
    document_back: 'Pastikan semua teks terbaca, tanpa buram atau pantulan cahaya, dan seluruh dokumen terlihat.',
    selfie: 'Pastikan seluruh wajah terlihat, tajam, dan cukup terang.',
    liveness: 'Pemeriksaan kehadiran sudah tercatat.',
  },
  reviewImageAlt: {
    document_front: 'Foto bagian depan dokumen Anda',
    document_back: 'Foto bagian belakang dokumen Anda',
    selfie: 'Swafoto Anda',
    liveness: 'Satu bingkai dari pemeriksaan kehadiran Anda',
  },
  retake: 'Ulangi',
  confirm: 'Pakai foto ini',

  fileTooLarge: (mb) => `File ini terlalu besar. Pilih gambar di bawah ${mb} MB.`,
  fileNotImage: 'File ini bukan foto atau PDF.',
  fileHeicCorrupt: 'Foto HEIC ini tidak dapat dibuka; mungkin rusak. Pilih file lain, atau ambil foto dengan kamera.',
  fileHeicUnsupported: 'Foto HEIC ini tidak dapat dibuka di sini. Pilih JPEG atau PNG, atau ambil foto dengan kamera.',
  fileUnreadable: 'Gambar ini tidak dapat dibaca. Pilih foto lain.',
  filePdfTooLarge: (mb) => `PDF ini terlalu besar. Pilih PDF di bawah ${mb} MB, atau foto dokumen.`,
  filePdfEncrypted: 'PDF ini dilindungi kata sandi. Pilih PDF tanpa kata sandi, atau foto dokumen.',
  filePdfCorrupt: 'PDF ini tidak dapat dibuka; mungkin rusak. Pilih file lain, atau ambil foto dengan kamera.',
  documentReadIssue: {
    document_expired: {
      title: 'Dokumen ini sudah kedaluwarsa',
      instruction:
        'Tanggal berlakunya sudah lewat. Gunakan dokumen yang masih berlaku, atau ulangi foto jika salah terbaca.',
    },
    document_type_mismatch: {
      title: 'Ini bukan dokumen yang Anda pilih',
      instruction: 'Dokumen terbaca sebagai jenis lain. Pilih dokumen yang Anda miliki, atau ulangi foto.',
    },
    document_country_mismatch: {
      title: 'Dokumen ini dari negara lain',
      instruction: 'Tidak sesuai dengan negara yang Anda pilih. Pilih negara yang benar, atau ulangi foto.',
    },
  },
  documentChooseAgain: 'Pilih lagi',

  uploadingTitle: 'Mengirim foto Anda',
  uploadingBody: 'Harap biarkan halaman ini tetap terbuka.',
  uploadProgress: (done, total) => `${done} dari ${total} terkirim`,
  uploadWaitingOnline: 'Anda sedang offline. Pengiriman akan dilanjutkan saat koneksi kembali.',

  doneTitle: 'Terima kasih',
  doneBody: 'Verifikasi Anda sudah dikirim.',
  doneRedirecting: 'Mengarahkan Anda kembali…',
  doneContinue: 'Lanjutkan',

  cancelledTitle: 'Verifikasi dihentikan',
  cancelledBody: 'Anda dapat menutup halaman ini. Tidak ada lagi yang akan dikirim.',
  cancelConfirm: 'Hentikan verifikasi? Foto yang belum terkirim akan dibuang.',

  errorTitle: 'Terjadi kesalahan',
  errors: {
    vision_unavailable: {
      title: 'Pemeriksaan otomatis tidak tersedia di perangkat ini',
      instruction:
        'Anda tetap dapat mengambil setiap foto dengan tombol. Pemeriksaan kehadiran lalu mengambil satu foto yang ditinjau oleh petugas.',
    },
    camera_not_allowed: {
      title: 'Akses kamera diblokir',
      instruction:
        'Izinkan akses kamera untuk situs ini di pengaturan browser, lalu coba lagi. Anda juga dapat mengunggah foto.',
    },
    camera_blocked_by_embed: {
      title: 'Kamera tidak tersedia di jendela ini',
      instruction:
        'Halaman ini disematkan tanpa akses kamera. Buka verifikasi di jendela tersendiri, atau unggah foto.',
    },
    camera_not_found: {
      title: 'Kamera tidak ditemukan',
      instruction: 'Sambungkan kamera lalu coba lagi, atau unggah foto.',
    },
    camera_in_use: {
      title: 'Kamera sedang dipakai',
      instruction: 'Tutup aplikasi atau tab lain yang memakai kamera, lalu coba lagi.',
    },
    camera_black: {
      title: 'Kamera hanya menampilkan hitam',
      instruction:
        'Pastikan tidak ada yang menutupi lensa (beberapa laptop punya penutup privasi atau tombol kamera) dan ada sedikit cahaya, lalu coba lagi. Anda juga dapat memilih kamera lain.',
    },
    camera_frozen: {
      title: 'Gambar kamera membeku',
      instruction: 'Kamera menyala tetapi gambarnya tidak berubah. Coba lagi, atau pilih kamera lain jika ada.',
    },
    constraints_unsatisfiable: {
      title: 'Kamera tidak dapat digunakan',
      instruction: 'Kamera Anda tidak mendukung kebutuhan langkah ini. Coba kamera lain, atau unggah foto.',
    },
    insecure_context: {
      title: 'Kamera memerlukan koneksi aman',
      instruction: 'Buka halaman ini melalui https, atau unggah foto.',
    },
    token_invalid: {
      title: 'Tautan ini tidak valid',
      instruction: 'Mintalah tautan verifikasi baru.',
    },
    token_expired: {
      title: 'Tautan ini sudah kedaluwarsa',
      instruction: 'Tautan verifikasi hanya berlaku untuk waktu terbatas. Mintalah yang baru.',
    },
    session_completed: {
      title: 'Sudah dikirim',
      instruction: 'Verifikasi ini sudah dikirim. Tidak ada lagi yang perlu dilakukan.',
    },
    network: {
      title: 'Tidak ada koneksi',
      instruction: 'Periksa koneksi internet Anda. Tidak ada yang hilang: coba lagi saat Anda kembali online.',
    },
    upload_rejected: {
      title: 'Sebuah foto tidak diterima',
      instruction: 'Harap ambil ulang foto tersebut.',
    },
    server_error: {
      title: 'Layanan kami sedang bermasalah',
      instruction: 'Tidak ada yang hilang. Silakan coba lagi sebentar lagi.',
    },
    bad_response: {
      title: 'Balasan tak terduga',
      instruction: 'Kami menerima sesuatu yang tidak kami duga. Silakan coba lagi sebentar lagi.',
    },
  },
  errorCode: (code) => `Kode kesalahan: ${code}`,
  handoffOffer: 'Lanjutkan di ponsel',
  handoffTitle: 'Lanjutkan di ponsel',
  handoffBody:
    'Pindai kode ini dengan kamera ponsel, atau buka tautannya di ponsel. Biarkan halaman ini terbuka: halaman akan selesai sendiri setelah Anda selesai di ponsel.',
  handoffConnectedBody:
    'Lanjutkan langkah-langkahnya di ponsel. Biarkan halaman ini terbuka: halaman akan selesai sendiri setelah Anda selesai.',
  handoffFinishedBody: 'Semuanya sudah dikirim dari ponsel Anda. Halaman ini akan selesai sekarang.',
  handoffQrLabel: 'Kode QR tautan untuk ponsel Anda',
  handoffLinkLabel: 'Tautan untuk ponsel Anda',
  handoffCopy: 'Salin tautan',
  handoffCopied: 'Tautan disalin',
  handoffCopyManual: 'Pilih tautan lalu salin.',
  handoffCreating: 'Membuat tautan…',
  handoffValidFor: (m) => `Tautan berlaku sekali, selama ${m} menit.`,
  handoffExpired: 'Tautan ini sudah kedaluwarsa.',
  handoffStalled: 'Sudah beberapa saat tidak ada aktivitas di ponsel Anda.',
  handoffNewLink: 'Buat tautan baru',
  handoffFailed: 'Tautan tidak dapat dibuat.',
  handoffWaiting: 'Menunggu ponsel Anda…',
  handoffConnected: 'Ponsel Anda sudah terhubung.',
  handoffPhoneStep: (step) => `Di ponsel Anda: ${step}`,
  handoffStepNames: {
    intro: 'memulai',
    consent: 'persetujuan',
    document_select: 'memilih dokumen',
    uploading: 'mengirim',
    done: 'selesai',
  },
  handoffReceived: (done, total) => `Foto diterima: ${done} dari ${total}`,
  handoffFinished: 'Ponsel Anda sudah selesai.',
  handoffUseThisDevice: 'Pakai perangkat ini saja',
  phoneDoneTitle: 'Kembali ke komputer Anda',
  phoneDoneBody:
    'Semuanya sudah dikirim. Anda dapat menutup halaman ini dan kembali ke komputer: di sana prosesnya berlanjut sendiri.',
  handoffOpenTitle: 'Lanjutkan di ponsel ini',
  handoffOpenBody:
    'Anda membuka tautan untuk melanjutkan verifikasi identitas di ponsel ini. Lanjutkan hanya jika Anda sendiri yang memulainya di komputer.',
  handoffOpenButton: 'Lanjutkan di ponsel ini',
  handoffRefused: {
    unknown: {
      title: 'Tautan ini tidak valid',
      instruction: 'Pastikan Anda membuka tautan secara lengkap, atau buat tautan baru di komputer Anda.',
    },
    used: {
      title: 'Tautan ini sudah dipakai',
      instruction:
        'Setiap tautan hanya berlaku sekali. Di komputer, pilih "Buat tautan baru" lalu pindai kode yang baru.',
    },
    expired: {
      title: 'Tautan ini sudah kedaluwarsa',
      instruction: 'Tautan berlaku selama 10 menit. Di komputer, pilih "Buat tautan baru" lalu pindai kode yang baru.',
    },
    closed: {
      title: 'Verifikasi ini sudah ditutup',
      instruction: 'Verifikasi sudah dikirim atau kedaluwarsa. Tidak ada lagi yang perlu dilakukan di ponsel ini.',
    },
  },
};

export default id;
