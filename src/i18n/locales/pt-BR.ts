import { counted } from '../plural.js';
import type { Translation } from '../translation.js';

const minutes = counted('pt-BR', { one: 'minuto', other: 'minutos' });

const ptBR: Translation = {
  $code: 'pt-BR',
  $dir: 'ltr',
  $name: 'Português (Brasil)',

  widgetLabel: 'Verificação de identidade',
  progress: (step, total) => `Etapa ${step} de ${total}`,
  continue: 'Continuar',
  back: 'Voltar',
  cancel: 'Cancelar',
  retry: 'Tentar novamente',
  loading: 'Carregando sua verificação…',

  introTitle: (name) => (name ? `Olá, ${name}! Vamos verificar sua identidade` : 'Vamos verificar sua identidade'),
  introBody: 'Leva cerca de dois minutos. Veja do que você vai precisar:',
  introNeedDocument: 'Um documento de identidade válido',
  introNeedSelfie: 'Uma foto rápida do seu rosto',
  introNeedLiveness: 'Alguns movimentos simples com a cabeça',
  introTime: (m) => `Cerca de ${minutes(m)}`,
  introStart: 'Começar',
  languageLabel: 'Idioma',
  inAppTitle: 'Abra esta página no seu navegador',
  inAppBody: (app) =>
    `O navegador dentro do ${app} muitas vezes não consegue usar a câmera. Copie o link e abra no Safari, no Chrome ou em outro navegador (ou escolha “Abrir no navegador” no menu do app), ou continue no celular.`,
  inAppOpen: 'Abrir no meu navegador',

  consentTitle: 'Seu consentimento',
  consentBody: 'Para confirmar que o documento é seu, vamos tirar fotos do seu rosto.',
  consentPoints: [
    'Seu rosto é analisado neste dispositivo para orientar você; só são enviadas as fotos que você confirmar.',
    'As fotos são usadas apenas para verificar sua identidade nesta solicitação.',
    'Você pode parar a qualquer momento.',
  ],
  consentAccept: 'Concordo',
  consentDecline: 'Não concordo',

  documentSelectTitle: 'Escolha seu documento',
  documentTypeLabel: 'Tipo de documento',
  countryLabel: 'País emissor',
  countryPlaceholder: 'Selecione um país',
  documentTypes: {
    passport: 'Passaporte',
    id_card: 'Carteira de identidade',
    drivers_license: 'Carteira de motorista',
    residence_permit: 'Autorização de residência',
  },

  captureTitle: {
    document_front: 'Frente do documento',
    document_back: 'Verso do documento',
    selfie: 'Tire uma selfie',
    liveness: 'Prova de vida',
  },
  captureHint: {
    document_front: 'Posicione a frente do documento dentro da moldura, sobre uma superfície escura e sem reflexos.',
    document_back: 'Vire o documento e posicione o verso dentro da moldura.',
    selfie: 'Olhe diretamente para a câmera e mantenha o rosto dentro do oval.',
    liveness: 'Siga as instruções para mostrar que você está presente.',
  },
  shutter: 'Tirar foto',
  switchCamera: 'Trocar de câmera',
  useFile: 'Enviar uma foto da galeria',
  uploadInstead: 'Escolher um arquivo',
  cameraStarting: 'Iniciando a câmera…',
  cameraPickerLabel: 'Câmera',
  cameraBack: (n) => `Câmera traseira ${n}`,
  cameraFront: (n) => `Câmera frontal ${n}`,
  cameraNumbered: (n) => `Câmera ${n}`,
  torch: 'Lanterna',
  cameraPromptHelp:
    'Seu navegador está pedindo permissão para usar a câmera. Escolha “Permitir” no aviso, que geralmente aparece perto da barra de endereço.',
  guidance: {
    starting: 'Preparando…',
    no_face: 'Não conseguimos ver seu rosto',
    multiple_faces: 'Apenas uma pessoa deve aparecer na imagem',
    too_far: 'Aproxime-se',
    too_close: 'Afaste-se um pouco',
    off_centre: 'Centralize o rosto no oval',
    too_dark: 'Está muito escuro: procure um lugar mais iluminado',
    too_blurry: 'Não se mexa: a imagem está tremida',
    glare: 'Incline o documento para evitar reflexos',
    hold_still: 'Não se mexa…',
    good: 'Perfeito, continue assim',
    capturing: 'Tirando a foto…',
  },
  autoCaptureOn: 'A foto é tirada automaticamente quando a imagem estiver boa.',
  manualCaptureOnly: 'A captura automática não está disponível neste dispositivo. Use o botão para tirar a foto.',

  livenessTitle: 'Mostre que você está presente',
  livenessIntro: 'Mantenha o rosto dentro do oval e siga cada instrução.',
  livenessChallenge: {
    blink: 'Pisque devagar',
    turn_left: 'Vire a cabeça para a sua esquerda',
    turn_right: 'Vire a cabeça para a sua direita',
    smile: 'Sorria',
  },
  livenessHoldStill: 'Olhe para a frente e não se mexa',
  livenessTimeout: 'Não conseguimos identificar o movimento. Vamos tentar de novo.',
  livenessPassed: 'Pronto',
  livenessStart: 'Iniciar a verificação',
  livenessProgress: (done, total) => `Movimentos concluídos: ${done} de ${total}`,
  manualCaptureOrFile:
    'A captura automática não está disponível neste dispositivo. Use o botão para tirar a foto ou escolha um arquivo.',
  livenessCantDo: 'Não consigo fazer esses movimentos',
  livenessPhoto: 'Tirar uma foto para análise',
  livenessPhotoReview: {
    title: 'Confira sua foto',
    check: 'Verifique se todo o seu rosto está visível, nítido e bem iluminado. Uma pessoa vai analisar esta foto.',
  },
  livenessFallback: {
    vision_unavailable:
      'Este dispositivo não consegue fazer a verificação por movimentos. Tire uma única foto: uma pessoa vai analisá-la.',
    challenge_failed: 'Os movimentos não foram reconhecidos. Tire uma única foto: uma pessoa vai analisá-la.',
    no_baseline: 'Não conseguimos ver seu rosto de frente. Tire uma única foto: uma pessoa vai analisá-la.',
    applicant_choice: 'Tudo bem. Tire uma única foto: uma pessoa vai analisá-la.',
  },

  reviewTitle: {
    document_front: 'Confira a frente',
    document_back: 'Confira o verso',
    selfie: 'Confira sua selfie',
    liveness: 'Verificação concluída',
  },
  reviewCheck: {
    document_front:
      'Verifique se todo o texto está legível, sem desfoque nem reflexos, e se o documento aparece inteiro.',
    document_back:
      'Verifique se todo o texto está legível, sem desfoque nem reflexos, e se o documento aparece inteiro.',
    selfie: 'Verifique se o seu rosto aparece inteiro, nítido e bem iluminado.',
    liveness: 'A prova de vida foi registrada.',
  },
  reviewImageAlt: {
    document_front: 'Foto da frente do seu documento',
    document_back: 'Foto do verso do seu documento',
    selfie: 'Sua selfie',
    liveness: 'Uma imagem da sua prova de vida',
  },
  retake: 'Tirar de novo',
  confirm: 'Usar esta foto',

  fileTooLarge: (mb) => `Este arquivo é grande demais. Escolha uma imagem com menos de ${mb} MB.`,
  fileNotImage: 'Este arquivo não é uma foto nem um PDF.',
  fileHeicCorrupt:
    'Não foi possível abrir esta foto HEIC; ela pode estar danificada. Escolha outro arquivo ou tire uma foto com a câmera.',
  fileHeicUnsupported:
    'Esta foto HEIC não pode ser aberta aqui. Escolha um arquivo JPEG ou PNG, ou tire a foto com a câmera.',
  fileUnreadable: 'Não foi possível ler esta imagem. Escolha outra foto.',
  filePdfTooLarge: (mb) => `Este PDF é grande demais. Escolha um PDF com menos de ${mb} MB ou uma foto do documento.`,
  filePdfEncrypted: 'Este PDF é protegido por senha. Escolha um PDF sem senha ou uma foto do documento.',
  filePdfCorrupt:
    'Não foi possível abrir este PDF; ele pode estar danificado. Escolha outro arquivo ou tire uma foto com a câmera.',
  documentReadIssue: {
    document_expired: {
      title: 'Este documento está vencido',
      instruction:
        'A data de validade já passou. Use um documento válido ou tire a foto de novo se ela foi lida errado.',
    },
    document_type_mismatch: {
      title: 'Este não é o documento escolhido',
      instruction: 'Ele é lido como outro tipo de documento. Escolha o documento que você tem ou tire a foto de novo.',
    },
    document_country_mismatch: {
      title: 'Este documento é de outro país',
      instruction: 'Ele não corresponde ao país escolhido. Escolha o país certo ou tire a foto de novo.',
    },
  },
  documentChooseAgain: 'Escolher de novo',

  uploadingTitle: 'Enviando suas fotos',
  uploadingBody: 'Mantenha esta página aberta.',
  uploadProgress: (done, total) => `Fotos enviadas: ${done} de ${total}`,
  uploadWaitingOnline: 'Você está sem conexão. O envio será retomado quando a conexão voltar.',

  doneTitle: 'Obrigado',
  doneBody: 'Sua verificação foi enviada.',
  doneRedirecting: 'Redirecionando…',
  doneContinue: 'Continuar',

  cancelledTitle: 'Verificação interrompida',
  cancelledBody: 'Você pode fechar esta página. Nada mais será enviado.',
  cancelConfirm: 'Interromper a verificação? As fotos que ainda não foram enviadas serão descartadas.',

  errorTitle: 'Algo deu errado',
  errors: {
    vision_unavailable: {
      title: 'As verificações automáticas não estão disponíveis neste dispositivo',
      instruction:
        'Você ainda pode tirar cada foto com o botão. A prova de vida passa a ser uma única foto, analisada por uma pessoa.',
    },
    camera_not_allowed: {
      title: 'O acesso à câmera está bloqueado',
      instruction:
        'Permita o acesso à câmera para este site nas configurações do navegador e tente novamente. Você também pode enviar fotos da galeria.',
    },
    camera_blocked_by_embed: {
      title: 'A câmera não está disponível nesta janela',
      instruction:
        'Esta página está incorporada sem acesso à câmera. Abra a verificação em uma janela própria ou envie fotos da galeria.',
    },
    camera_not_found: {
      title: 'Nenhuma câmera encontrada',
      instruction: 'Conecte uma câmera e tente novamente, ou envie fotos da galeria.',
    },
    camera_in_use: {
      title: 'A câmera está em uso',
      instruction: 'Feche outros apps ou abas que estejam usando a câmera e tente novamente.',
    },
    camera_black: {
      title: 'A câmera mostra só preto',
      instruction:
        'Verifique se nada cobre a lente (alguns notebooks têm uma tampa ou uma tecla que desliga a câmera) e se há um pouco de luz, e tente novamente. Você também pode escolher outra câmera.',
    },
    camera_frozen: {
      title: 'A imagem da câmera está congelada',
      instruction: 'A câmera iniciou, mas a imagem não muda. Tente novamente ou escolha outra câmera, se tiver.',
    },
    constraints_unsatisfiable: {
      title: 'Não é possível usar a câmera',
      instruction: 'Sua câmera não atende ao que esta etapa exige. Tente outra câmera ou envie fotos da galeria.',
    },
    insecure_context: {
      title: 'A câmera precisa de uma conexão segura',
      instruction: 'Abra esta página por https ou envie fotos da galeria.',
    },
    token_invalid: {
      title: 'Este link não é válido',
      instruction: 'Peça um novo link de verificação.',
    },
    token_expired: {
      title: 'Este link expirou',
      instruction: 'Os links de verificação valem por tempo limitado. Peça um novo.',
    },
    session_completed: {
      title: 'Verificação já enviada',
      instruction: 'Esta verificação já foi enviada. Você não precisa fazer mais nada.',
    },
    network: {
      title: 'Sem conexão',
      instruction:
        'Verifique sua conexão com a internet. Nada do que você fez foi perdido: tente novamente quando estiver on-line.',
    },
    upload_rejected: {
      title: 'Uma foto não foi aceita',
      instruction: 'Tire essa foto novamente.',
    },
    server_error: {
      title: 'Nosso serviço está com problemas',
      instruction: 'Nada do que você fez foi perdido. Tente novamente em instantes.',
    },
    bad_response: {
      title: 'Resposta inesperada',
      instruction: 'Recebemos uma resposta que não esperávamos. Tente novamente em instantes.',
    },
  },
  errorCode: (code) => `Código do erro: ${code}`,
  handoffOffer: 'Continuar no celular',
  handoffTitle: 'Continue no seu celular',
  handoffBody:
    'Escaneie este código com a câmera do seu celular ou abra o link no celular. Mantenha esta página aberta: ela termina sozinha quando você concluir no celular.',
  handoffConnectedBody:
    'Continue as etapas no seu celular. Mantenha esta página aberta: ela termina sozinha quando você concluir.',
  handoffFinishedBody: 'Tudo foi enviado do seu celular. Esta página será concluída agora.',
  handoffQrLabel: 'Código QR do link para o seu celular',
  handoffLinkLabel: 'Link para o seu celular',
  handoffCopy: 'Copiar link',
  handoffCopied: 'Link copiado',
  handoffCopyManual: 'Selecione o link e copie.',
  handoffCreating: 'Criando o link…',
  handoffValidFor: (minutes) =>
    `O link funciona uma única vez, por ${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}.`,
  handoffExpired: 'Este link expirou.',
  handoffStalled: 'Nada aconteceu no seu celular há algum tempo.',
  handoffNewLink: 'Criar um novo link',
  handoffFailed: 'Não foi possível criar o link.',
  handoffWaiting: 'Aguardando o seu celular…',
  handoffConnected: 'Seu celular está conectado.',
  handoffPhoneStep: (step) => `No seu celular: ${step}`,
  handoffStepNames: {
    intro: 'início',
    consent: 'consentimento',
    document_select: 'escolha do documento',
    uploading: 'envio',
    done: 'concluído',
  },
  handoffReceived: (done, total) => `Fotos recebidas: ${done} de ${total}`,
  handoffFinished: 'Seu celular concluiu.',
  handoffUseThisDevice: 'Continuar neste dispositivo',
  phoneDoneTitle: 'Volte ao seu computador',
  phoneDoneBody: 'Tudo foi enviado. Você pode fechar esta página e voltar ao computador: ele continua sozinho.',
  handoffOpenTitle: 'Continuar neste celular',
  handoffOpenBody:
    'Você abriu um link para continuar a verificação da sua identidade neste celular. Continue apenas se você mesmo a iniciou no seu computador.',
  handoffOpenButton: 'Continuar neste celular',
  handoffRefused: {
    unknown: {
      title: 'Este link não é válido',
      instruction: 'Verifique se você abriu o link inteiro ou crie um novo no seu computador.',
    },
    used: {
      title: 'Este link já foi usado',
      instruction:
        'Cada link funciona uma única vez. No computador, escolha “Criar um novo link” e escaneie o novo código.',
    },
    expired: {
      title: 'Este link expirou',
      instruction:
        'Os links funcionam por 10 minutos. No computador, escolha “Criar um novo link” e escaneie o novo código.',
    },
    closed: {
      title: 'Esta verificação está encerrada',
      instruction: 'Ela já foi enviada ou expirou. Não há mais nada a fazer neste celular.',
    },
  },
};

export default ptBR;
