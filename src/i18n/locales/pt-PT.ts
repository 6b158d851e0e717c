/**
 * European Portuguese (pt-PT). Machine-assisted translation by the team; not yet reviewed by a native speaker.
 * Terms kept consistent: identity document = «documento de identificação», selfie = «selfie»,
 * liveness = «prova de presença», consent = «consentimento».
 */
import { counted } from '../plural.js';
import type { Translation } from '../translation.js';

const minutes = counted('pt-PT', { one: 'minuto', other: 'minutos' });

const ptPT: Translation = {
  $code: 'pt-PT',
  $dir: 'ltr',
  $name: 'Português (Portugal)',

  widgetLabel: 'Verificação de identidade',
  progress: (step, total) => `Passo ${step} de ${total}`,
  continue: 'Continuar',
  back: 'Voltar',
  cancel: 'Cancelar',
  retry: 'Tentar novamente',
  loading: 'A carregar a sua verificação…',

  introTitle: (name) => (name ? `Olá ${name}, vamos verificar a sua identidade` : 'Vamos verificar a sua identidade'),
  introBody: 'Demora cerca de dois minutos. Eis o que vai precisar:',
  introNeedDocument: 'Um documento de identificação válido',
  introNeedSelfie: 'Uma fotografia rápida do seu rosto',
  introNeedLiveness: 'Alguns movimentos simples da cabeça',
  introTime: (m) => `Cerca de ${minutes(m)}`,
  introStart: 'Começar',
  languageLabel: 'Idioma',
  inAppTitle: 'Abra esta página no seu navegador',
  inAppBody: (app) =>
    `O navegador integrado na app ${app} muitas vezes não consegue usar a câmara. Copie a ligação e abra-a no Safari, no Chrome ou noutro navegador (ou escolha «Abrir no navegador» no menu da app), ou continue no telemóvel.`,
  inAppOpen: 'Abrir no meu navegador',

  consentTitle: 'O seu consentimento',
  consentBody: 'Para confirmar que é o titular do documento, vamos tirar fotografias do seu rosto.',
  consentPoints: [
    'O seu rosto é analisado neste dispositivo para o orientar; só são enviadas as fotografias que confirmar.',
    'As fotografias servem apenas para verificar a sua identidade no âmbito deste pedido.',
    'Pode parar a qualquer momento.',
  ],
  consentAccept: 'Concordo',
  consentDecline: 'Não concordo',

  documentSelectTitle: 'Escolha o seu documento',
  documentTypeLabel: 'Tipo de documento',
  countryLabel: 'País emissor',
  countryPlaceholder: 'Selecione um país',
  documentTypes: {
    passport: 'Passaporte',
    id_card: 'Cartão de cidadão',
    drivers_license: 'Carta de condução',
    residence_permit: 'Autorização de residência',
  },

  captureTitle: {
    document_front: 'Frente do documento',
    document_back: 'Verso do documento',
    selfie: 'Tire uma selfie',
    liveness: 'Prova de presença',
  },
  captureHint: {
    document_front: 'Coloque a frente do documento dentro da moldura, sobre uma superfície escura e sem reflexos.',
    document_back: 'Vire o documento e coloque o verso dentro da moldura.',
    selfie: 'Olhe diretamente para a câmara e mantenha o rosto dentro da oval.',
    liveness: 'Siga as instruções para mostrar que está presente.',
  },
  shutter: 'Tirar fotografia',
  switchCamera: 'Mudar de câmara',
  useFile: 'Carregar antes uma fotografia',
  uploadInstead: 'Escolher um ficheiro',
  cameraStarting: 'A iniciar a câmara…',
  cameraPickerLabel: 'Câmara',
  cameraBack: (n) => `Câmara traseira ${n}`,
  cameraFront: (n) => `Câmara frontal ${n}`,
  cameraNumbered: (n) => `Câmara ${n}`,
  torch: 'Lanterna',
  cameraPromptHelp:
    'O navegador está a pedir autorização para usar a câmara. Escolha «Permitir» no pedido, normalmente junto à barra de endereço.',
  guidance: {
    starting: 'A preparar…',
    no_face: 'Não conseguimos ver o seu rosto',
    multiple_faces: 'Só deve estar uma pessoa na imagem',
    too_far: 'Aproxime-se',
    too_close: 'Afaste-se um pouco',
    off_centre: 'Centre o rosto na oval',
    too_dark: 'Está demasiado escuro: procure mais luz',
    too_blurry: 'Fique quieto: a imagem está desfocada',
    glare: 'Incline o documento para evitar reflexos',
    hold_still: 'Fique quieto…',
    good: 'Perfeito, mantenha-se assim',
    capturing: 'A tirar a fotografia…',
  },
  autoCaptureOn: 'A fotografia é tirada automaticamente quando a imagem estiver boa.',
  manualCaptureOnly: 'A captura automática não está disponível neste dispositivo. Use o botão para tirar a fotografia.',

  livenessTitle: 'Mostre que está presente',
  livenessIntro: 'Mantenha o rosto na oval e siga cada instrução.',
  livenessChallenge: {
    blink: 'Pestaneje devagar',
    turn_left: 'Vire a cabeça para a sua esquerda',
    turn_right: 'Vire a cabeça para a sua direita',
    smile: 'Sorria',
  },
  livenessHoldStill: 'Olhe em frente e fique quieto',
  livenessTimeout: 'Não detetámos isso. Vamos tentar novamente.',
  livenessPassed: 'Feito',
  livenessStart: 'Iniciar a prova',
  livenessProgress: (done, total) => `${done} de ${total} concluídos`,
  manualCaptureOrFile:
    'A captura automática não está disponível neste dispositivo. Use o botão para tirar a fotografia ou escolha um ficheiro.',
  livenessCantDo: 'Não consigo fazer estes movimentos',
  livenessPhoto: 'Tirar uma fotografia para análise',
  livenessPhotoReview: {
    title: 'Verifique a sua fotografia',
    check: 'Confirme que todo o rosto está visível, nítido e bem iluminado. Uma pessoa vai analisar esta fotografia.',
  },
  livenessFallback: {
    vision_unavailable:
      'Este dispositivo não consegue fazer a prova de movimentos. Tire antes uma fotografia: uma pessoa vai analisá-la.',
    challenge_failed: 'Os movimentos não foram reconhecidos. Tire antes uma fotografia: uma pessoa vai analisá-la.',
    no_baseline: 'Não conseguimos ver o seu rosto de frente. Tire antes uma fotografia: uma pessoa vai analisá-la.',
    applicant_choice: 'Não há problema. Tire antes uma fotografia: uma pessoa vai analisá-la.',
  },

  reviewTitle: {
    document_front: 'Verifique a frente',
    document_back: 'Verifique o verso',
    selfie: 'Verifique a sua selfie',
    liveness: 'Prova concluída',
  },
  reviewCheck: {
    document_front:
      'Confirme que todo o texto está legível, sem desfocagem nem reflexos, e que o documento está inteiro.',
    document_back:
      'Confirme que todo o texto está legível, sem desfocagem nem reflexos, e que o documento está inteiro.',
    selfie: 'Confirme que todo o rosto está visível, nítido e bem iluminado.',
    liveness: 'A prova de presença foi registada.',
  },
  reviewImageAlt: {
    document_front: 'Fotografia da frente do documento',
    document_back: 'Fotografia do verso do documento',
    selfie: 'A sua selfie',
    liveness: 'Uma imagem da sua prova de presença',
  },
  retake: 'Repetir',
  confirm: 'Usar esta fotografia',

  fileTooLarge: (mb) => `Este ficheiro é demasiado grande. Escolha uma imagem com menos de ${mb} MB.`,
  fileNotImage: 'Este ficheiro não é uma fotografia nem um PDF.',
  fileHeicCorrupt:
    'Não foi possível abrir esta fotografia HEIC; pode estar danificada. Escolha outro ficheiro ou tire uma fotografia com a câmara.',
  fileHeicUnsupported:
    'Esta fotografia HEIC não pode ser aberta aqui. Escolha um JPEG ou PNG, ou tire a fotografia com a câmara.',
  fileUnreadable: 'Não foi possível ler esta imagem. Escolha outra fotografia.',
  filePdfTooLarge: (mb) =>
    `Este PDF é demasiado grande. Escolha um PDF com menos de ${mb} MB ou uma fotografia do documento.`,
  filePdfEncrypted:
    'Este PDF está protegido por palavra-passe. Escolha um PDF sem palavra-passe ou uma fotografia do documento.',
  filePdfCorrupt:
    'Não foi possível abrir este PDF; pode estar danificado. Escolha outro ficheiro ou tire uma fotografia com a câmara.',
  documentReadIssue: {
    document_expired: {
      title: 'Este documento expirou',
      instruction: 'A data de validade já passou. Utilize um documento válido ou repita a fotografia se foi mal lida.',
    },
    document_type_mismatch: {
      title: 'Este não é o documento escolhido',
      instruction: 'É lido como outro tipo de documento. Escolha o documento que tem ou repita a fotografia.',
    },
    document_country_mismatch: {
      title: 'Este documento é de outro país',
      instruction: 'Não corresponde ao país escolhido. Escolha o país certo ou repita a fotografia.',
    },
  },
  documentChooseAgain: 'Escolher novamente',

  uploadingTitle: 'A enviar as suas fotografias',
  uploadingBody: 'Mantenha esta página aberta.',
  uploadProgress: (done, total) => `${done} de ${total} enviadas`,
  uploadWaitingOnline: 'Está sem ligação. O envio será retomado quando a ligação voltar.',

  doneTitle: 'Obrigado',
  doneBody: 'A sua verificação foi submetida.',
  doneRedirecting: 'A redirecioná-lo…',
  doneContinue: 'Continuar',

  cancelledTitle: 'Verificação interrompida',
  cancelledBody: 'Pode fechar esta página. Não será enviado mais nada.',
  cancelConfirm: 'Interromper a verificação? As fotografias ainda não enviadas serão eliminadas.',

  errorTitle: 'Ocorreu um problema',
  errors: {
    vision_unavailable: {
      title: 'As verificações automáticas não estão disponíveis neste dispositivo',
      instruction:
        'Pode continuar a tirar cada fotografia com o botão. A prova de presença tira então uma fotografia que uma pessoa analisa.',
    },
    camera_not_allowed: {
      title: 'O acesso à câmara está bloqueado',
      instruction:
        'Permita o acesso à câmara para este site nas definições do navegador e tente novamente. Também pode carregar fotografias.',
    },
    camera_blocked_by_embed: {
      title: 'A câmara não está disponível nesta janela',
      instruction:
        'Esta página está incorporada sem acesso à câmara. Abra a verificação numa janela própria ou carregue fotografias.',
    },
    camera_not_found: {
      title: 'Nenhuma câmara encontrada',
      instruction: 'Ligue uma câmara e tente novamente, ou carregue fotografias.',
    },
    camera_in_use: {
      title: 'A câmara está ocupada',
      instruction: 'Feche outras apps ou separadores que estejam a usar a câmara e tente novamente.',
    },
    camera_black: {
      title: 'A câmara mostra apenas preto',
      instruction:
        'Verifique se nada tapa a lente (alguns portáteis têm uma tampa de privacidade ou uma tecla da câmara) e se há alguma luz, e tente novamente. Também pode escolher outra câmara.',
    },
    camera_frozen: {
      title: 'A imagem da câmara está congelada',
      instruction: 'A câmara iniciou, mas a imagem não muda. Tente novamente ou escolha outra câmara, se tiver.',
    },
    constraints_unsatisfiable: {
      title: 'Não é possível usar a câmara',
      instruction: 'A sua câmara não suporta o que este passo exige. Experimente outra câmara ou carregue fotografias.',
    },
    insecure_context: {
      title: 'A câmara precisa de uma ligação segura',
      instruction: 'Abra esta página através de https, ou carregue fotografias.',
    },
    token_invalid: {
      title: 'Esta ligação não é válida',
      instruction: 'Peça uma nova ligação de verificação.',
    },
    token_expired: {
      title: 'Esta ligação expirou',
      instruction: 'As ligações de verificação são válidas durante um tempo limitado. Peça uma nova.',
    },
    session_completed: {
      title: 'Já submetida',
      instruction: 'Esta verificação já foi submetida. Não há mais nada a fazer.',
    },
    network: {
      title: 'Sem ligação',
      instruction:
        'Verifique a sua ligação à internet. Nada do que fez se perdeu: tente novamente quando voltar a estar online.',
    },
    upload_rejected: {
      title: 'Uma fotografia não foi aceite',
      instruction: 'Tire essa fotografia novamente.',
    },
    server_error: {
      title: 'O nosso serviço está com problemas',
      instruction: 'Nada do que fez se perdeu. Tente novamente daqui a pouco.',
    },
    bad_response: {
      title: 'Resposta inesperada',
      instruction: 'Recebemos algo que não esperávamos. Tente novamente daqui a pouco.',
    },
  },
  errorCode: (code) => `Código de erro: ${code}`,
  handoffOffer: 'Continuar no telemóvel',
  handoffTitle: 'Continuar no telemóvel',
  handoffBody:
    'Leia este código com a câmara do telemóvel ou abra a ligação no telemóvel. Mantenha esta página aberta: termina sozinha quando acabar no telemóvel.',
  handoffConnectedBody: 'Continue os passos no telemóvel. Mantenha esta página aberta: termina sozinha quando acabar.',
  handoffFinishedBody: 'Tudo foi enviado a partir do telemóvel. Esta página termina agora.',
  handoffQrLabel: 'Código QR da ligação para o telemóvel',
  handoffLinkLabel: 'Ligação para o telemóvel',
  handoffCopy: 'Copiar ligação',
  handoffCopied: 'Ligação copiada',
  handoffCopyManual: 'Selecione a ligação e copie-a.',
  handoffCreating: 'A criar uma ligação…',
  handoffValidFor: (m) => `A ligação funciona uma vez, durante ${minutes(m)}.`,
  handoffExpired: 'Esta ligação expirou.',
  handoffStalled: 'Não acontece nada no telemóvel há algum tempo.',
  handoffNewLink: 'Criar uma nova ligação',
  handoffFailed: 'Não foi possível criar a ligação.',
  handoffWaiting: 'À espera do telemóvel…',
  handoffConnected: 'O telemóvel está ligado.',
  handoffPhoneStep: (step) => `No telemóvel: ${step}`,
  handoffStepNames: {
    intro: 'a começar',
    consent: 'consentimento',
    document_select: 'a escolher o documento',
    uploading: 'a enviar',
    done: 'concluído',
  },
  handoffReceived: (done, total) => `Fotografias recebidas: ${done} de ${total}`,
  handoffFinished: 'O telemóvel terminou.',
  handoffUseThisDevice: 'Usar antes este dispositivo',
  phoneDoneTitle: 'Volte ao computador',
  phoneDoneBody: 'Tudo foi enviado. Pode fechar esta página e voltar ao computador: o processo continua sozinho.',
  handoffOpenTitle: 'Continuar neste telemóvel',
  handoffOpenBody:
    'Abriu uma ligação para continuar a verificação de identidade neste telemóvel. Continue apenas se foi o próprio a iniciá-la no computador.',
  handoffOpenButton: 'Continuar neste telemóvel',
  handoffRefused: {
    unknown: {
      title: 'Esta ligação não é válida',
      instruction: 'Confirme que abriu a ligação completa, ou crie uma nova no computador.',
    },
    used: {
      title: 'Esta ligação já foi usada',
      instruction:
        'Cada ligação funciona uma vez. No computador, escolha «Criar uma nova ligação» e leia o novo código.',
    },
    expired: {
      title: 'Esta ligação expirou',
      instruction:
        'As ligações funcionam durante 10 minutos. No computador, escolha «Criar uma nova ligação» e leia o novo código.',
    },
    closed: {
      title: 'Esta verificação está encerrada',
      instruction: 'Já foi submetida ou expirou. Não há mais nada a fazer neste telemóvel.',
    },
  },
};

export default ptPT;
