/**
 * Italian (it). Machine-assisted translation by the team; not yet reviewed by a native speaker.
 * Terms kept consistent: identity document = «documento d’identità», selfie = «selfie»,
 * liveness = «verifica di presenza», consent = «consenso».
 */
import { counted } from '../plural.js';
import type { Translation } from '../translation.js';

const minutes = counted('it', { one: 'minuto', other: 'minuti' });

const it: Translation = {
  $code: 'it',
  $dir: 'ltr',
  $name: 'Italiano',

  widgetLabel: 'Verifica dell’identità',
  progress: (step, total) => `Passaggio ${step} di ${total}`,
  continue: 'Continua',
  back: 'Indietro',
  cancel: 'Annulla',
  retry: 'Riprova',
  loading: 'Caricamento della verifica…',

  introTitle: (name) => (name ? `Ciao ${name}, verifichiamo la tua identità` : 'Verifichiamo la tua identità'),
  introBody: 'Servono circa due minuti. Ecco cosa ti occorre:',
  introNeedDocument: 'Un documento d’identità valido',
  introNeedSelfie: 'Una foto veloce del tuo viso',
  introNeedLiveness: 'Alcuni semplici movimenti della testa',
  introTime: (m) => `Circa ${minutes(m)}`,
  introStart: 'Inizia',
  languageLabel: 'Lingua',
  inAppTitle: 'Apri questa pagina nel browser',
  inAppBody: (app) =>
    `Il browser integrato in ${app} spesso non può usare la fotocamera. Copia il link e aprilo in Safari, Chrome o un altro browser (oppure scegli «Apri nel browser» nel menu dell’app), o continua sul telefono.`,
  inAppOpen: 'Apri nel mio browser',

  consentTitle: 'Il tuo consenso',
  consentBody: 'Per confermare che il documento è tuo, scatteremo alcune foto del tuo viso.',
  consentPoints: [
    'Il tuo viso viene analizzato su questo dispositivo per guidarti; vengono inviate solo le foto che confermi.',
    'Le foto servono solo a verificare la tua identità per questa richiesta.',
    'Puoi interrompere in qualsiasi momento.',
  ],
  consentAccept: 'Acconsento',
  consentDecline: 'Non acconsento',

  documentSelectTitle: 'Scegli il documento',
  documentTypeLabel: 'Tipo di documento',
  countryLabel: 'Paese di rilascio',
  countryPlaceholder: 'Seleziona un paese',
  documentTypes: {
    passport: 'Passaporto',
    id_card: 'Carta d’identità',
    drivers_license: 'Patente di guida',
    residence_permit: 'Permesso di soggiorno',
  },

  captureTitle: {
    document_front: 'Fronte del documento',
    document_back: 'Retro del documento',
    selfie: 'Scatta un selfie',
    liveness: 'Verifica di presenza',
  },
  captureHint: {
    document_front: 'Inquadra il fronte del documento nella cornice, su una superficie scura e senza riflessi.',
    document_back: 'Gira il documento e inquadra il retro nella cornice.',
    selfie: 'Guarda dritto nella fotocamera e tieni il viso dentro l’ovale.',
    liveness: 'Segui le istruzioni per dimostrare che sei presente.',
  },
  shutter: 'Scatta la foto',
  switchCamera: 'Cambia fotocamera',
  useFile: 'Carica invece una foto',
  uploadInstead: 'Scegli un file',
  cameraStarting: 'Avvio della fotocamera…',
  cameraPickerLabel: 'Fotocamera',
  cameraBack: (n) => `Fotocamera posteriore ${n}`,
  cameraFront: (n) => `Fotocamera anteriore ${n}`,
  cameraNumbered: (n) => `Fotocamera ${n}`,
  torch: 'Luce',
  cameraPromptHelp:
    'Il browser chiede il permesso di usare la fotocamera. Scegli «Consenti» nella richiesta, di solito vicino alla barra degli indirizzi.',
  guidance: {
    starting: 'Preparazione…',
    no_face: 'Non vediamo il tuo viso',
    multiple_faces: 'Nell’immagine deve esserci una sola persona',
    too_far: 'Avvicinati',
    too_close: 'Allontanati un po’',
    off_centre: 'Centra il viso nell’ovale',
    too_dark: 'È troppo buio: cerca più luce',
    too_blurry: 'Stai fermo: l’immagine è sfocata',
    glare: 'Inclina il documento per evitare i riflessi',
    hold_still: 'Stai fermo…',
    good: 'Perfetto, resta così',
    capturing: 'Scatto della foto…',
  },
  autoCaptureOn: 'La foto viene scattata automaticamente quando l’immagine è buona.',
  manualCaptureOnly:
    'Lo scatto automatico non è disponibile su questo dispositivo. Usa il pulsante per scattare la foto.',

  livenessTitle: 'Dimostra che sei presente',
  livenessIntro: 'Tieni il viso nell’ovale e segui ogni istruzione.',
  livenessChallenge: {
    blink: 'Sbatti lentamente le palpebre',
    turn_left: 'Gira la testa verso sinistra',
    turn_right: 'Gira la testa verso destra',
    smile: 'Sorridi',
  },
  livenessHoldStill: 'Guarda dritto davanti a te e stai fermo',
  livenessTimeout: 'Non lo abbiamo visto. Riproviamo.',
  livenessPassed: 'Fatto',
  livenessStart: 'Avvia la verifica',
  livenessProgress: (done, total) => `${done} di ${total} completati`,
  manualCaptureOrFile:
    'Lo scatto automatico non è disponibile su questo dispositivo. Usa il pulsante per scattare la foto o scegli un file.',
  livenessCantDo: 'Non riesco a fare questi movimenti',
  livenessPhoto: 'Scatta una foto da far controllare',
  livenessPhotoReview: {
    title: 'Controlla la foto',
    check: 'Assicurati che tutto il viso sia visibile, a fuoco e ben illuminato. Una persona controllerà questa foto.',
  },
  livenessFallback: {
    vision_unavailable:
      'Questo dispositivo non può eseguire la verifica dei movimenti. Scatta invece una foto: la controllerà una persona.',
    challenge_failed: 'I movimenti non sono stati riconosciuti. Scatta invece una foto: la controllerà una persona.',
    no_baseline:
      'Non siamo riusciti a vedere il tuo viso di fronte. Scatta invece una foto: la controllerà una persona.',
    applicant_choice: 'Nessun problema. Scatta invece una foto: la controllerà una persona.',
  },

  reviewTitle: {
    document_front: 'Controlla il fronte',
    document_back: 'Controlla il retro',
    selfie: 'Controlla il selfie',
    liveness: 'Verifica completata',
  },
  reviewCheck: {
    document_front:
      'Assicurati che tutto il testo sia leggibile, senza sfocature né riflessi, e che il documento sia intero.',
    document_back:
      'Assicurati che tutto il testo sia leggibile, senza sfocature né riflessi, e che il documento sia intero.',
    selfie: 'Assicurati che tutto il viso sia visibile, a fuoco e ben illuminato.',
    liveness: 'La verifica di presenza è stata registrata.',
  },
  reviewImageAlt: {
    document_front: 'Foto del fronte del documento',
    document_back: 'Foto del retro del documento',
    selfie: 'Il tuo selfie',
    liveness: 'Un fotogramma della verifica di presenza',
  },
  retake: 'Rifai',
  confirm: 'Usa questa foto',

  fileTooLarge: (mb) => `Il file è troppo grande. Scegli un’immagine sotto i ${mb} MB.`,
  fileNotImage: 'Questo file non è né una foto né un PDF.',
  fileHeicCorrupt:
    'Impossibile aprire questa foto HEIC; potrebbe essere danneggiata. Scegli un altro file o scatta una foto con la fotocamera.',
  fileHeicUnsupported:
    'Questa foto HEIC non può essere aperta qui. Scegli un JPEG o un PNG, oppure scatta la foto con la fotocamera.',
  fileUnreadable: 'Impossibile leggere questa immagine. Scegli un’altra foto.',
  filePdfTooLarge: (mb) => `Questo PDF è troppo grande. Scegli un PDF sotto i ${mb} MB o una foto del documento.`,
  filePdfEncrypted: 'Questo PDF è protetto da password. Scegli un PDF senza password o una foto del documento.',
  filePdfCorrupt:
    'Impossibile aprire questo PDF; potrebbe essere danneggiato. Scegli un altro file o scatta una foto con la fotocamera.',
  documentReadIssue: {
    document_expired: {
      title: 'Questo documento è scaduto',
      instruction: 'La data di scadenza è passata. Usa un documento valido o rifai la foto se è stata letta male.',
    },
    document_type_mismatch: {
      title: 'Non è il documento scelto',
      instruction: 'Risulta un altro tipo di documento. Scegli il documento che hai o rifai la foto.',
    },
    document_country_mismatch: {
      title: 'Questo documento è di un altro paese',
      instruction: 'Non corrisponde al paese scelto. Scegli il paese giusto o rifai la foto.',
    },
  },
  documentChooseAgain: 'Scegli di nuovo',

  uploadingTitle: 'Invio delle foto',
  uploadingBody: 'Tieni aperta questa pagina.',
  uploadProgress: (done, total) => `${done} di ${total} inviate`,
  uploadWaitingOnline: 'Sei offline. L’invio riprenderà quando torna la connessione.',

  doneTitle: 'Grazie',
  doneBody: 'La tua verifica è stata inviata.',
  doneRedirecting: 'Ti stiamo riportando indietro…',
  doneContinue: 'Continua',

  cancelledTitle: 'Verifica interrotta',
  cancelledBody: 'Puoi chiudere questa pagina. Non verrà inviato altro.',
  cancelConfirm: 'Interrompere la verifica? Le foto non ancora inviate verranno eliminate.',

  errorTitle: 'Qualcosa è andato storto',
  errors: {
    vision_unavailable: {
      title: 'I controlli automatici non sono disponibili su questo dispositivo',
      instruction:
        'Puoi comunque scattare ogni foto con il pulsante. La verifica di presenza scatta allora una sola foto, che controllerà una persona.',
    },
    camera_not_allowed: {
      title: 'L’accesso alla fotocamera è bloccato',
      instruction:
        'Consenti l’accesso alla fotocamera per questo sito nelle impostazioni del browser, poi riprova. Puoi anche caricare delle foto.',
    },
    camera_blocked_by_embed: {
      title: 'La fotocamera non è disponibile in questa finestra',
      instruction:
        'Questa pagina è incorporata senza accesso alla fotocamera. Apri la verifica in una finestra a parte, oppure carica delle foto.',
    },
    camera_not_found: {
      title: 'Nessuna fotocamera trovata',
      instruction: 'Collega una fotocamera e riprova, oppure carica delle foto.',
    },
    camera_in_use: {
      title: 'La fotocamera è occupata',
      instruction: 'Chiudi le altre app o schede che usano la fotocamera, poi riprova.',
    },
    camera_black: {
      title: 'La fotocamera mostra solo nero',
      instruction:
        'Controlla che nulla copra l’obiettivo (alcuni portatili hanno uno sportellino per la privacy o un tasto della fotocamera) e che ci sia un po’ di luce, poi riprova. Puoi anche scegliere un’altra fotocamera.',
    },
    camera_frozen: {
      title: 'L’immagine della fotocamera è bloccata',
      instruction:
        'La fotocamera si è avviata ma l’immagine non cambia. Riprova, oppure scegli un’altra fotocamera se ne hai una.',
    },
    constraints_unsatisfiable: {
      title: 'Impossibile usare la fotocamera',
      instruction:
        'La tua fotocamera non supporta ciò che serve in questo passaggio. Prova un’altra fotocamera, oppure carica delle foto.',
    },
    insecure_context: {
      title: 'La fotocamera richiede una connessione sicura',
      instruction: 'Apri questa pagina tramite https, oppure carica delle foto.',
    },
    token_invalid: {
      title: 'Questo link non è valido',
      instruction: 'Richiedi un nuovo link di verifica.',
    },
    token_expired: {
      title: 'Questo link è scaduto',
      instruction: 'I link di verifica sono validi per un tempo limitato. Richiedine uno nuovo.',
    },
    session_completed: {
      title: 'Già inviata',
      instruction: 'Questa verifica è già stata inviata. Non devi fare altro.',
    },
    network: {
      title: 'Nessuna connessione',
      instruction: 'Controlla la connessione a internet. Non hai perso nulla: riprova quando sei di nuovo online.',
    },
    upload_rejected: {
      title: 'Una foto non è stata accettata',
      instruction: 'Scatta di nuovo quella foto.',
    },
    server_error: {
      title: 'Il nostro servizio ha un problema',
      instruction: 'Non hai perso nulla. Riprova tra un momento.',
    },
    bad_response: {
      title: 'Risposta inattesa',
      instruction: 'Abbiamo ricevuto qualcosa che non ci aspettavamo. Riprova tra un momento.',
    },
  },
  errorCode: (code) => `Codice di errore: ${code}`,
  handoffOffer: 'Continua sul telefono',
  handoffTitle: 'Continua sul telefono',
  handoffBody:
    'Inquadra questo codice con la fotocamera del telefono, oppure apri il link sul telefono. Tieni aperta questa pagina: si chiude da sola quando hai finito sul telefono.',
  handoffConnectedBody:
    'Prosegui con i passaggi sul telefono. Tieni aperta questa pagina: si chiude da sola quando hai finito.',
  handoffFinishedBody: 'Tutto è stato inviato dal telefono. Questa pagina ora si chiude.',
  handoffQrLabel: 'Codice QR del link per il telefono',
  handoffLinkLabel: 'Link per il telefono',
  handoffCopy: 'Copia il link',
  handoffCopied: 'Link copiato',
  handoffCopyManual: 'Seleziona il link e copialo.',
  handoffCreating: 'Creazione del link…',
  handoffValidFor: (m) => `Il link funziona una sola volta, per ${minutes(m)}.`,
  handoffExpired: 'Questo link è scaduto.',
  handoffStalled: 'Da un po’ non succede nulla sul telefono.',
  handoffNewLink: 'Crea un nuovo link',
  handoffFailed: 'Impossibile creare il link.',
  handoffWaiting: 'In attesa del telefono…',
  handoffConnected: 'Il telefono è collegato.',
  handoffPhoneStep: (step) => `Sul telefono: ${step}`,
  handoffStepNames: {
    intro: 'inizio',
    consent: 'consenso',
    document_select: 'scelta del documento',
    uploading: 'invio',
    done: 'finito',
  },
  handoffReceived: (done, total) => `Foto ricevute: ${done} di ${total}`,
  handoffFinished: 'Il telefono ha finito.',
  handoffUseThisDevice: 'Usa invece questo dispositivo',
  phoneDoneTitle: 'Torna al computer',
  phoneDoneBody: 'Tutto è stato inviato. Puoi chiudere questa pagina e tornare al computer: proseguirà da solo.',
  handoffOpenTitle: 'Continua su questo telefono',
  handoffOpenBody:
    'Hai aperto un link per proseguire la verifica dell’identità su questo telefono. Continua solo se l’hai avviata tu stesso sul computer.',
  handoffOpenButton: 'Continua su questo telefono',
  handoffRefused: {
    unknown: {
      title: 'Questo link non è valido',
      instruction: 'Controlla di aver aperto il link completo, oppure creane uno nuovo sul computer.',
    },
    used: {
      title: 'Questo link è già stato usato',
      instruction:
        'Ogni link funziona una sola volta. Sul computer scegli «Crea un nuovo link» e inquadra il nuovo codice.',
    },
    expired: {
      title: 'Questo link è scaduto',
      instruction:
        'I link funzionano per 10 minuti. Sul computer scegli «Crea un nuovo link» e inquadra il nuovo codice.',
    },
    closed: {
      title: 'Questa verifica è chiusa',
      instruction: 'È già stata inviata oppure è scaduta. Non devi fare altro su questo telefono.',
    },
  },
};

export default it;
