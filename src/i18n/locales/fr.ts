import { counted } from '../plural.js';
import type { Translation } from '../translation.js';

const minutes = counted('fr', { one: 'minute', other: 'minutes' });

/** French typography: a no-break space before a colon, a narrow one before ; ? ! */
const nbsp = '\u00a0';
const nnbsp = '\u202f';

const fr: Translation = {
  $code: 'fr',
  $dir: 'ltr',
  $name: 'Français',

  widgetLabel: 'Vérification d’identité',
  progress: (step, total) => `Étape ${step} sur ${total}`,
  continue: 'Continuer',
  back: 'Retour',
  cancel: 'Annuler',
  retry: 'Réessayer',
  loading: 'Chargement de votre vérification…',

  introTitle: (name) => (name ? `Bonjour ${name}, vérifions votre identité` : 'Vérifions votre identité'),
  introBody: `Cela prend environ deux minutes. Voici ce dont vous aurez besoin${nbsp}:`,
  introNeedDocument: 'Une pièce d’identité en cours de validité',
  introNeedSelfie: 'Une photo rapide de votre visage',
  introNeedLiveness: 'Quelques mouvements de tête simples',
  introTime: (m) => `Environ ${minutes(m)}`,
  introStart: 'Commencer',
  languageLabel: 'Langue',
  inAppTitle: 'Ouvrez cette page dans votre navigateur',
  inAppBody: (app) =>
    `Le navigateur intégré à ${app} ne peut souvent pas utiliser la caméra. Copiez le lien et ouvrez-le dans Safari, Chrome ou un autre navigateur (ou choisissez «${nbsp}Ouvrir dans le navigateur${nbsp}» dans le menu de l’application), ou continuez sur votre téléphone.`,
  inAppOpen: 'Ouvrir dans mon navigateur',

  consentTitle: 'Votre consentement',
  consentBody:
    'Pour confirmer que vous êtes bien le titulaire du document, nous allons prendre des photos de votre visage.',
  consentPoints: [
    `Votre visage est analysé sur cet appareil pour vous guider${nnbsp}; seules les photos que vous confirmez sont envoyées.`,
    'Les photos servent uniquement à vérifier votre identité dans le cadre de cette demande.',
    'Vous pouvez arrêter à tout moment.',
  ],
  consentAccept: 'J’accepte',
  consentDecline: 'Je n’accepte pas',

  documentSelectTitle: 'Choisissez votre document',
  documentTypeLabel: 'Type de document',
  countryLabel: 'Pays de délivrance',
  countryPlaceholder: 'Sélectionnez un pays',
  documentTypes: {
    passport: 'Passeport',
    id_card: 'Carte d’identité',
    drivers_license: 'Permis de conduire',
    residence_permit: 'Titre de séjour',
  },

  captureTitle: {
    document_front: 'Recto de votre document',
    document_back: 'Verso de votre document',
    selfie: 'Prenez un selfie',
    liveness: 'Vérification de présence',
  },
  captureHint: {
    document_front: 'Placez le recto de votre document dans le cadre, sur une surface sombre, sans reflets.',
    document_back: 'Retournez votre document et placez le verso dans le cadre.',
    selfie: 'Regardez droit vers la caméra et gardez votre visage dans l’ovale.',
    liveness: 'Suivez les instructions pour confirmer votre présence.',
  },
  shutter: 'Prendre la photo',
  switchCamera: 'Changer de caméra',
  useFile: 'Importer une photo à la place',
  uploadInstead: 'Choisir un fichier',
  cameraStarting: 'Démarrage de la caméra…',
  cameraPickerLabel: 'Caméra',
  cameraBack: (n) => `Caméra arrière ${n}`,
  cameraFront: (n) => `Caméra avant ${n}`,
  cameraNumbered: (n) => `Caméra ${n}`,
  torch: 'Lampe',
  cameraPromptHelp: `Votre navigateur demande l’autorisation d’utiliser la caméra. Choisissez «${nbsp}Autoriser${nbsp}» dans la fenêtre qui s’affiche, généralement près de la barre d’adresse.`,
  guidance: {
    starting: 'Préparation…',
    no_face: 'Nous ne voyons pas votre visage',
    multiple_faces: 'Une seule personne doit apparaître à l’image',
    too_far: 'Rapprochez-vous',
    too_close: 'Éloignez-vous un peu',
    off_centre: 'Centrez votre visage dans l’ovale',
    too_dark: `Il fait trop sombre${nbsp}: placez-vous dans un endroit plus lumineux`,
    too_blurry: `Ne bougez pas${nbsp}: l’image est floue`,
    glare: 'Inclinez le document pour éviter les reflets',
    hold_still: 'Ne bougez plus…',
    good: 'Parfait, restez ainsi',
    capturing: 'Prise de la photo…',
  },
  autoCaptureOn: 'La photo est prise automatiquement dès que l’image convient.',
  manualCaptureOnly:
    'La prise de vue automatique n’est pas disponible sur cet appareil. Utilisez le bouton pour prendre la photo.',

  livenessTitle: 'Confirmez votre présence',
  livenessIntro: 'Gardez votre visage dans l’ovale et suivez chaque instruction.',
  livenessChallenge: {
    blink: 'Clignez lentement des yeux',
    turn_left: 'Tournez la tête vers votre gauche',
    turn_right: 'Tournez la tête vers votre droite',
    smile: 'Souriez',
  },
  livenessHoldStill: 'Regardez droit devant vous sans bouger',
  livenessTimeout: 'Nous n’avons pas détecté le mouvement. Essayons à nouveau.',
  livenessPassed: 'Terminé',
  livenessStart: 'Lancer la vérification',
  livenessProgress: (done, total) => `Mouvements réalisés${nbsp}: ${done} sur ${total}`,
  manualCaptureOrFile:
    'La prise de vue automatique n’est pas disponible sur cet appareil. Utilisez le bouton pour prendre la photo, ou importez un fichier.',
  livenessCantDo: 'Je ne peux pas faire ces mouvements',
  livenessPhoto: 'Prendre une photo pour vérification',
  livenessPhotoReview: {
    title: 'Vérifiez votre photo',
    check: 'Vérifiez que tout votre visage est visible, net et bien éclairé. Une personne examinera cette photo.',
  },
  livenessFallback: {
    vision_unavailable:
      'Cet appareil ne peut pas effectuer la vérification par mouvements. Prenez plutôt une photo, qu’une personne examinera.',
    challenge_failed: 'Les mouvements n’ont pas été reconnus. Prenez plutôt une photo, qu’une personne examinera.',
    no_baseline: 'Nous n’avons pas pu voir votre visage de face. Prenez plutôt une photo, qu’une personne examinera.',
    applicant_choice: 'Aucun problème. Prenez plutôt une photo, qu’une personne examinera.',
  },

  reviewTitle: {
    document_front: 'Vérifiez le recto',
    document_back: 'Vérifiez le verso',
    selfie: 'Vérifiez votre selfie',
    liveness: 'Vérification terminée',
  },
  reviewCheck: {
    document_front:
      'Assurez-vous que tout le texte est lisible, sans flou ni reflet, et que le document est entièrement visible.',
    document_back:
      'Assurez-vous que tout le texte est lisible, sans flou ni reflet, et que le document est entièrement visible.',
    selfie: 'Assurez-vous que votre visage est entièrement visible, net et bien éclairé.',
    liveness: 'La vérification de présence est enregistrée.',
  },
  reviewImageAlt: {
    document_front: 'Photo du recto de votre document',
    document_back: 'Photo du verso de votre document',
    selfie: 'Votre selfie',
    liveness: 'Une image de votre vérification de présence',
  },
  retake: 'Reprendre la photo',
  confirm: 'Utiliser cette photo',

  fileTooLarge: (mb) => `Ce fichier est trop volumineux. Choisissez une image de moins de ${mb}${nbsp}Mo.`,
  fileNotImage: 'Ce fichier n’est ni une photo ni un PDF.',
  fileHeicCorrupt: `Cette photo HEIC n’a pas pu être ouverte${nnbsp}; elle est peut-être endommagée. Choisissez un autre fichier ou prenez une photo avec la caméra.`,
  fileHeicUnsupported:
    'Cette photo HEIC ne peut pas être ouverte ici. Choisissez un fichier JPEG ou PNG, ou prenez la photo avec la caméra.',
  fileUnreadable: 'Impossible de lire cette image. Choisissez une autre photo.',
  filePdfTooLarge: (mb) =>
    `Ce PDF est trop volumineux. Choisissez un PDF de moins de ${mb}${nbsp}Mo ou une photo du document.`,
  filePdfEncrypted:
    'Ce PDF est protégé par un mot de passe. Choisissez un PDF sans mot de passe ou une photo du document.',
  filePdfCorrupt: `Ce PDF n’a pas pu être ouvert${nnbsp}; il est peut-être endommagé. Choisissez un autre fichier ou prenez une photo avec la caméra.`,
  documentReadIssue: {
    document_expired: {
      title: 'Ce document a expiré',
      instruction:
        'Sa date d’expiration est passée. Utilisez un document valide, ou reprenez la photo si elle a été mal lue.',
    },
    document_type_mismatch: {
      title: 'Ce n’est pas le document choisi',
      instruction:
        'Il se lit comme un autre type de document. Choisissez le document que vous avez, ou reprenez la photo.',
    },
    document_country_mismatch: {
      title: 'Ce document vient d’un autre pays',
      instruction: 'Il ne correspond pas au pays choisi. Choisissez le bon pays, ou reprenez la photo.',
    },
  },
  documentChooseAgain: 'Choisir à nouveau',

  uploadingTitle: 'Envoi de vos photos',
  uploadingBody: 'Veuillez garder cette page ouverte.',
  uploadProgress: (done, total) => `Photos envoyées${nbsp}: ${done} sur ${total}`,
  uploadWaitingOnline: 'Vous êtes hors ligne. L’envoi reprendra dès le retour de la connexion.',

  doneTitle: 'Merci',
  doneBody: 'Votre vérification a bien été envoyée.',
  doneRedirecting: 'Redirection en cours…',
  doneContinue: 'Continuer',

  cancelledTitle: 'Vérification interrompue',
  cancelledBody: 'Vous pouvez fermer cette page. Plus rien ne sera envoyé.',
  cancelConfirm: `Arrêter la vérification${nnbsp}? Les photos qui n’ont pas encore été envoyées seront supprimées.`,

  errorTitle: 'Une erreur s’est produite',
  errors: {
    vision_unavailable: {
      title: 'Les vérifications automatiques ne sont pas disponibles sur cet appareil',
      instruction:
        'Vous pouvez toujours prendre chaque photo avec le bouton. La vérification de présence se fait alors avec une seule photo, examinée par une personne.',
    },
    camera_not_allowed: {
      title: 'L’accès à la caméra est bloqué',
      instruction:
        'Autorisez l’accès à la caméra pour ce site dans les paramètres de votre navigateur, puis réessayez. Vous pouvez aussi importer des photos.',
    },
    camera_blocked_by_embed: {
      title: 'La caméra n’est pas disponible dans cette fenêtre',
      instruction:
        'Cette page est intégrée sans accès à la caméra. Ouvrez la vérification dans une fenêtre à part, ou importez des photos.',
    },
    camera_not_found: {
      title: 'Aucune caméra détectée',
      instruction: 'Branchez une caméra et réessayez, ou importez des photos.',
    },
    camera_in_use: {
      title: 'La caméra est déjà utilisée',
      instruction: 'Fermez les autres applications ou onglets qui utilisent la caméra, puis réessayez.',
    },
    camera_black: {
      title: 'La caméra n’affiche que du noir',
      instruction:
        'Vérifiez que rien ne couvre l’objectif (certains ordinateurs portables ont un cache ou une touche qui coupe la caméra) et qu’il y a un peu de lumière, puis réessayez. Vous pouvez aussi choisir une autre caméra.',
    },
    camera_frozen: {
      title: 'L’image de la caméra est figée',
      instruction:
        'La caméra a démarré mais son image ne change pas. Réessayez, ou choisissez une autre caméra si vous en avez une.',
    },
    constraints_unsatisfiable: {
      title: 'Impossible d’utiliser la caméra',
      instruction:
        'Votre caméra ne permet pas de réaliser cette étape. Essayez une autre caméra, ou importez des photos.',
    },
    insecure_context: {
      title: 'La caméra nécessite une connexion sécurisée',
      instruction: 'Ouvrez cette page en https, ou importez des photos.',
    },
    token_invalid: {
      title: 'Ce lien n’est pas valide',
      instruction: 'Demandez un nouveau lien de vérification.',
    },
    token_expired: {
      title: 'Ce lien a expiré',
      instruction: 'Les liens de vérification ont une durée de validité limitée. Demandez-en un nouveau.',
    },
    session_completed: {
      title: 'Vérification déjà envoyée',
      instruction: 'Cette vérification a déjà été envoyée. Vous n’avez plus rien à faire.',
    },
    network: {
      title: 'Pas de connexion',
      instruction: `Vérifiez votre connexion internet. Rien n’est perdu${nbsp}: réessayez une fois la connexion rétablie.`,
    },
    upload_rejected: {
      title: 'Une photo n’a pas été acceptée',
      instruction: 'Veuillez reprendre cette photo.',
    },
    server_error: {
      title: 'Notre service rencontre un problème',
      instruction: 'Rien n’est perdu. Veuillez réessayer dans un instant.',
    },
    bad_response: {
      title: 'Réponse inattendue',
      instruction: 'Nous avons reçu une réponse inattendue. Veuillez réessayer dans un instant.',
    },
  },
  errorCode: (code) => `Code d’erreur${nbsp}: ${code}`,
  handoffOffer: 'Continuer sur mon téléphone',
  handoffTitle: 'Continuer sur votre téléphone',
  handoffBody: `Scannez ce code avec l’appareil photo de votre téléphone, ou ouvrez le lien sur votre téléphone. Gardez cette page ouverte${nbsp}: elle se termine d’elle-même quand vous avez fini sur votre téléphone.`,
  handoffConnectedBody: `Poursuivez les étapes sur votre téléphone. Gardez cette page ouverte${nbsp}: elle se termine d’elle-même quand vous avez fini.`,
  handoffFinishedBody: 'Tout a été envoyé depuis votre téléphone. Cette page se termine maintenant.',
  handoffQrLabel: 'Code QR du lien pour votre téléphone',
  handoffLinkLabel: 'Lien pour votre téléphone',
  handoffCopy: 'Copier le lien',
  handoffCopied: 'Lien copié',
  handoffCopyManual: 'Sélectionnez le lien et copiez-le.',
  handoffCreating: 'Création du lien…',
  handoffValidFor: (minutes) =>
    `Le lien ne fonctionne qu’une fois, pendant ${minutes}${nbsp}${minutes < 2 ? 'minute' : 'minutes'}.`,
  handoffExpired: 'Ce lien a expiré.',
  handoffStalled: 'Rien ne se passe sur votre téléphone depuis un moment.',
  handoffNewLink: 'Créer un nouveau lien',
  handoffFailed: 'Le lien n’a pas pu être créé.',
  handoffWaiting: 'En attente de votre téléphone…',
  handoffConnected: 'Votre téléphone est connecté.',
  handoffPhoneStep: (step) => `Sur votre téléphone${nbsp}: ${step}`,
  handoffStepNames: {
    intro: 'accueil',
    consent: 'consentement',
    document_select: 'choix du document',
    uploading: 'envoi',
    done: 'terminé',
  },
  handoffReceived: (done, total) => `Photos reçues${nbsp}: ${done} sur ${total}`,
  handoffFinished: 'Votre téléphone a terminé.',
  handoffUseThisDevice: 'Continuer sur cet appareil',
  phoneDoneTitle: 'Retournez sur votre ordinateur',
  phoneDoneBody: `Tout a été envoyé. Vous pouvez fermer cette page et revenir sur votre ordinateur${nbsp}: il continue de lui-même.`,
  handoffOpenTitle: 'Continuer sur ce téléphone',
  handoffOpenBody:
    'Vous avez ouvert un lien pour poursuivre la vérification de votre identité sur ce téléphone. Continuez seulement si vous l’avez commencée vous-même sur votre ordinateur.',
  handoffOpenButton: 'Continuer sur ce téléphone',
  handoffRefused: {
    unknown: {
      title: 'Ce lien n’est pas valide',
      instruction: 'Vérifiez que vous avez ouvert le lien en entier, ou créez-en un nouveau sur votre ordinateur.',
    },
    used: {
      title: 'Ce lien a déjà été utilisé',
      instruction: `Chaque lien ne fonctionne qu’une fois. Sur votre ordinateur, choisissez «${nbsp}Créer un nouveau lien${nbsp}» et scannez le nouveau code.`,
    },
    expired: {
      title: 'Ce lien a expiré',
      instruction: `Les liens fonctionnent pendant 10 minutes. Sur votre ordinateur, choisissez «${nbsp}Créer un nouveau lien${nbsp}» et scannez le nouveau code.`,
    },
    closed: {
      title: 'Cette vérification est terminée',
      instruction: 'Elle a déjà été envoyée ou a expiré. Il n’y a plus rien à faire sur ce téléphone.',
    },
  },
};

export default fr;
