import { counted } from '../plural.js';
import type { Translation } from '../translation.js';

const minutes = counted('es', { one: 'minuto', other: 'minutos' });

const es: Translation = {
  $code: 'es',
  $dir: 'ltr',
  $name: 'Español',

  widgetLabel: 'Verificación de identidad',
  progress: (step, total) => `Paso ${step} de ${total}`,
  continue: 'Continuar',
  back: 'Atrás',
  cancel: 'Cancelar',
  retry: 'Volver a intentarlo',
  loading: 'Cargando su verificación…',

  introTitle: (name) => (name ? `Hola, ${name}: vamos a verificar su identidad` : 'Vamos a verificar su identidad'),
  introBody: 'Solo le llevará unos dos minutos. Esto es lo que necesitará:',
  introNeedDocument: 'Un documento de identidad válido',
  introNeedSelfie: 'Una foto rápida de su cara',
  introNeedLiveness: 'Algunos movimientos sencillos de cabeza',
  introTime: (m) => `Aproximadamente ${minutes(m)}`,
  introStart: 'Empezar',
  languageLabel: 'Idioma',
  inAppTitle: 'Abra esta página en su navegador',
  inAppBody: (app) =>
    `El navegador integrado en ${app} a menudo no puede usar la cámara. Copie el enlace y ábralo en Safari, Chrome u otro navegador (o elija «Abrir en el navegador» en el menú de la aplicación), o continúe en su móvil.`,
  inAppOpen: 'Abrir en mi navegador',

  consentTitle: 'Su consentimiento',
  consentBody: 'Para confirmar que usted es el titular del documento, tomaremos fotos de su cara.',
  consentPoints: [
    'Su cara se analiza en este dispositivo para guiarle; solo se envían las fotos que usted confirme.',
    'Las fotos se utilizan únicamente para verificar su identidad en esta solicitud.',
    'Puede detenerse en cualquier momento.',
  ],
  consentAccept: 'Acepto',
  consentDecline: 'No acepto',

  documentSelectTitle: 'Elija su documento',
  documentTypeLabel: 'Tipo de documento',
  countryLabel: 'País de expedición',
  countryPlaceholder: 'Seleccione un país',
  documentTypes: {
    passport: 'Pasaporte',
    id_card: 'Documento de identidad',
    drivers_license: 'Permiso de conducir',
    residence_permit: 'Permiso de residencia',
  },

  captureTitle: {
    document_front: 'Anverso de su documento',
    document_back: 'Reverso de su documento',
    selfie: 'Hágase un selfi',
    liveness: 'Prueba de vida',
  },
  captureHint: {
    document_front: 'Coloque el anverso de su documento dentro del marco, sobre una superficie oscura y sin reflejos.',
    document_back: 'Dé la vuelta al documento y coloque el reverso dentro del marco.',
    selfie: 'Mire directamente a la cámara y mantenga la cara dentro del óvalo.',
    liveness: 'Siga las instrucciones para demostrar que está presente.',
  },
  shutter: 'Tomar la foto',
  switchCamera: 'Cambiar de cámara',
  useFile: 'Subir una foto en su lugar',
  uploadInstead: 'Elegir un archivo',
  cameraStarting: 'Iniciando la cámara…',
  cameraPickerLabel: 'Cámara',
  cameraBack: (n) => `Cámara trasera ${n}`,
  cameraFront: (n) => `Cámara frontal ${n}`,
  cameraNumbered: (n) => `Cámara ${n}`,
  torch: 'Linterna',
  cameraPromptHelp:
    'Su navegador solicita permiso para usar la cámara. Elija «Permitir» en el aviso, que suele aparecer cerca de la barra de direcciones.',
  guidance: {
    starting: 'Preparando…',
    no_face: 'No vemos su cara',
    multiple_faces: 'Solo debe aparecer una persona en la imagen',
    too_far: 'Acérquese',
    too_close: 'Aléjese un poco',
    off_centre: 'Centre la cara en el óvalo',
    too_dark: 'Hay muy poca luz: busque un lugar más iluminado',
    too_blurry: 'No se mueva: la imagen está borrosa',
    glare: 'Incline el documento para evitar reflejos',
    hold_still: 'No se mueva…',
    good: 'Perfecto, quédese así',
    capturing: 'Tomando la foto…',
  },
  autoCaptureOn: 'La foto se toma automáticamente cuando la imagen es adecuada.',
  manualCaptureOnly: 'La captura automática no está disponible en este dispositivo. Use el botón para tomar la foto.',

  livenessTitle: 'Demuestre que está presente',
  livenessIntro: 'Mantenga la cara dentro del óvalo y siga cada instrucción.',
  livenessChallenge: {
    blink: 'Parpadee despacio',
    turn_left: 'Gire la cabeza hacia su izquierda',
    turn_right: 'Gire la cabeza hacia su derecha',
    smile: 'Sonría',
  },
  livenessHoldStill: 'Mire al frente y no se mueva',
  livenessTimeout: 'No hemos detectado el movimiento. Intentémoslo de nuevo.',
  livenessPassed: 'Completado',
  livenessStart: 'Iniciar la comprobación',
  livenessProgress: (done, total) => `Movimientos completados: ${done} de ${total}`,
  manualCaptureOrFile:
    'La captura automática no está disponible en este dispositivo. Use el botón para tomar la foto o elija un archivo.',
  livenessCantDo: 'No puedo hacer estos movimientos',
  livenessPhoto: 'Tomar una foto para revisión',
  livenessPhotoReview: {
    title: 'Revise su foto',
    check: 'Asegúrese de que todo su rostro se vea, enfocado y bien iluminado. Una persona revisará esta foto.',
  },
  livenessFallback: {
    vision_unavailable:
      'Este dispositivo no puede hacer la comprobación de movimientos. Tome una sola foto en su lugar: una persona la revisará.',
    challenge_failed: 'No se han reconocido los movimientos. Tome una sola foto en su lugar: una persona la revisará.',
    no_baseline: 'No hemos podido ver su cara de frente. Tome una sola foto en su lugar: una persona la revisará.',
    applicant_choice: 'No hay problema. Tome una sola foto en su lugar: una persona la revisará.',
  },

  reviewTitle: {
    document_front: 'Revise el anverso',
    document_back: 'Revise el reverso',
    selfie: 'Revise su selfi',
    liveness: 'Comprobación completada',
  },
  reviewCheck: {
    document_front:
      'Asegúrese de que todo el texto se lee bien, sin desenfoque ni reflejos, y de que el documento se ve entero.',
    document_back:
      'Asegúrese de que todo el texto se lee bien, sin desenfoque ni reflejos, y de que el documento se ve entero.',
    selfie: 'Asegúrese de que su cara se ve entera, enfocada y bien iluminada.',
    liveness: 'La prueba de vida ha quedado registrada.',
  },
  reviewImageAlt: {
    document_front: 'Foto del anverso de su documento',
    document_back: 'Foto del reverso de su documento',
    selfie: 'Su selfi',
    liveness: 'Un fotograma de su prueba de vida',
  },
  retake: 'Repetir la foto',
  confirm: 'Usar esta foto',

  fileTooLarge: (mb) => `Este archivo es demasiado grande. Elija una imagen de menos de ${mb} MB.`,
  fileNotImage: 'Este archivo no es una foto ni un PDF.',
  fileHeicCorrupt:
    'No se pudo abrir esta foto HEIC; puede estar dañada. Elija otro archivo o haga una foto con la cámara.',
  fileHeicUnsupported:
    'Esta foto HEIC no se puede abrir aquí. Elija un archivo JPEG o PNG, o tome la foto con la cámara.',
  fileUnreadable: 'No se ha podido leer esta imagen. Elija otra foto.',
  filePdfTooLarge: (mb) => `Este PDF es demasiado grande. Elija un PDF de menos de ${mb} MB o una foto del documento.`,
  filePdfEncrypted: 'Este PDF está protegido con contraseña. Elija un PDF sin contraseña o una foto del documento.',
  filePdfCorrupt: 'No se pudo abrir este PDF; puede estar dañado. Elija otro archivo o haga una foto con la cámara.',
  documentReadIssue: {
    document_expired: {
      title: 'Este documento ha caducado',
      instruction: 'Su fecha de caducidad ya pasó. Use un documento válido o repita la foto si se leyó mal.',
    },
    document_type_mismatch: {
      title: 'No es el documento que eligió',
      instruction: 'Se lee como otro tipo de documento. Elija el documento que tiene o repita la foto.',
    },
    document_country_mismatch: {
      title: 'Este documento es de otro país',
      instruction: 'No coincide con el país que eligió. Elija el país correcto o repita la foto.',
    },
  },
  documentChooseAgain: 'Elegir de nuevo',

  uploadingTitle: 'Enviando sus fotos',
  uploadingBody: 'No cierre esta página.',
  uploadProgress: (done, total) => `Fotos enviadas: ${done} de ${total}`,
  uploadWaitingOnline: 'No tiene conexión. El envío se reanudará cuando vuelva la conexión.',

  doneTitle: 'Gracias',
  doneBody: 'Su verificación se ha enviado.',
  doneRedirecting: 'Le estamos redirigiendo…',
  doneContinue: 'Continuar',

  cancelledTitle: 'Verificación detenida',
  cancelledBody: 'Puede cerrar esta página. No se enviará nada más.',
  cancelConfirm: '¿Desea detener la verificación? Se descartarán las fotos que aún no se hayan enviado.',

  errorTitle: 'Se ha producido un error',
  errors: {
    vision_unavailable: {
      title: 'Las comprobaciones automáticas no están disponibles en este dispositivo',
      instruction:
        'Puede seguir tomando cada foto con el botón. La prueba de presencia se hace entonces con una sola foto que revisa una persona.',
    },
    camera_not_allowed: {
      title: 'El acceso a la cámara está bloqueado',
      instruction:
        'Permita el acceso a la cámara para este sitio en los ajustes del navegador y vuelva a intentarlo. También puede subir fotos en su lugar.',
    },
    camera_blocked_by_embed: {
      title: 'La cámara no está disponible en esta ventana',
      instruction:
        'Esta página está integrada sin acceso a la cámara. Abra la verificación en una ventana aparte o suba fotos en su lugar.',
    },
    camera_not_found: {
      title: 'No se ha encontrado ninguna cámara',
      instruction: 'Conecte una cámara y vuelva a intentarlo, o suba fotos en su lugar.',
    },
    camera_in_use: {
      title: 'La cámara está ocupada',
      instruction: 'Cierre las demás aplicaciones o pestañas que estén usando la cámara y vuelva a intentarlo.',
    },
    camera_black: {
      title: 'La cámara solo muestra negro',
      instruction:
        'Compruebe que nada tapa el objetivo (algunos portátiles tienen una tapa o una tecla que desactiva la cámara) y que hay algo de luz, y vuelva a intentarlo. También puede elegir otra cámara.',
    },
    camera_frozen: {
      title: 'La imagen de la cámara está congelada',
      instruction:
        'La cámara se ha iniciado, pero su imagen no cambia. Vuelva a intentarlo o elija otra cámara si tiene una.',
    },
    constraints_unsatisfiable: {
      title: 'No se puede usar la cámara',
      instruction: 'Su cámara no admite lo que requiere este paso. Pruebe con otra cámara o suba fotos en su lugar.',
    },
    insecure_context: {
      title: 'La cámara necesita una conexión segura',
      instruction: 'Abra esta página mediante https o suba fotos en su lugar.',
    },
    token_invalid: {
      title: 'Este enlace no es válido',
      instruction: 'Solicite un nuevo enlace de verificación.',
    },
    token_expired: {
      title: 'Este enlace ha caducado',
      instruction: 'Los enlaces de verificación tienen una validez limitada. Solicite uno nuevo.',
    },
    session_completed: {
      title: 'Verificación ya enviada',
      instruction: 'Esta verificación ya se ha enviado. No tiene que hacer nada más.',
    },
    network: {
      title: 'Sin conexión',
      instruction:
        'Compruebe su conexión a internet. No se ha perdido nada: vuelva a intentarlo cuando recupere la conexión.',
    },
    upload_rejected: {
      title: 'No se ha aceptado una de las fotos',
      instruction: 'Vuelva a tomar esa foto.',
    },
    server_error: {
      title: 'Nuestro servicio tiene problemas',
      instruction: 'No se ha perdido nada. Vuelva a intentarlo dentro de un momento.',
    },
    bad_response: {
      title: 'Respuesta inesperada',
      instruction: 'Hemos recibido una respuesta que no esperábamos. Vuelva a intentarlo dentro de un momento.',
    },
  },
  errorCode: (code) => `Código de error: ${code}`,
  handoffOffer: 'Continuar en mi móvil',
  handoffTitle: 'Continúe en su móvil',
  handoffBody:
    'Escanee este código con la cámara de su móvil o abra el enlace en el móvil. Mantenga esta página abierta: terminará sola cuando acabe en el móvil.',
  handoffConnectedBody: 'Siga los pasos en su móvil. Mantenga esta página abierta: terminará sola cuando acabe.',
  handoffFinishedBody: 'Todo se ha enviado desde su móvil. Esta página termina ahora.',
  handoffQrLabel: 'Código QR del enlace para su móvil',
  handoffLinkLabel: 'Enlace para su móvil',
  handoffCopy: 'Copiar enlace',
  handoffCopied: 'Enlace copiado',
  handoffCopyManual: 'Seleccione el enlace y cópielo.',
  handoffCreating: 'Creando el enlace…',
  handoffValidFor: (minutes) =>
    `El enlace funciona una sola vez, durante ${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}.`,
  handoffExpired: 'Este enlace ha caducado.',
  handoffStalled: 'Hace un rato que no pasa nada en su móvil.',
  handoffNewLink: 'Crear un enlace nuevo',
  handoffFailed: 'No se pudo crear el enlace.',
  handoffWaiting: 'Esperando a su móvil…',
  handoffConnected: 'Su móvil está conectado.',
  handoffPhoneStep: (step) => `En su móvil: ${step}`,
  handoffStepNames: {
    intro: 'inicio',
    consent: 'consentimiento',
    document_select: 'elección del documento',
    uploading: 'envío',
    done: 'terminado',
  },
  handoffReceived: (done, total) => `Fotos recibidas: ${done} de ${total}`,
  handoffFinished: 'Su móvil ha terminado.',
  handoffUseThisDevice: 'Seguir en este dispositivo',
  phoneDoneTitle: 'Vuelva a su ordenador',
  phoneDoneBody: 'Todo se ha enviado. Puede cerrar esta página y volver a su ordenador: continuará solo.',
  handoffOpenTitle: 'Continuar en este móvil',
  handoffOpenBody:
    'Ha abierto un enlace para continuar la verificación de su identidad en este móvil. Continúe solo si la ha iniciado usted mismo en su ordenador.',
  handoffOpenButton: 'Continuar en este móvil',
  handoffRefused: {
    unknown: {
      title: 'Este enlace no es válido',
      instruction: 'Compruebe que ha abierto el enlace completo o cree uno nuevo en su ordenador.',
    },
    used: {
      title: 'Este enlace ya se ha utilizado',
      instruction:
        'Cada enlace funciona una sola vez. En su ordenador, elija «Crear un enlace nuevo» y escanee el nuevo código.',
    },
    expired: {
      title: 'Este enlace ha caducado',
      instruction:
        'Los enlaces funcionan durante 10 minutos. En su ordenador, elija «Crear un enlace nuevo» y escanee el nuevo código.',
    },
    closed: {
      title: 'Esta verificación está cerrada',
      instruction: 'Ya se ha enviado o ha caducado. No queda nada por hacer en este móvil.',
    },
  },
};

export default es;
