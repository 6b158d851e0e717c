/**
 * Dutch (nl). Machine-assisted translation by the team; not yet reviewed by a native speaker.
 * Terms kept consistent: identity document = ‘identiteitsbewijs’, selfie = ‘selfie’,
 * liveness = ‘aanwezigheidscontrole’, consent = ‘toestemming’.
 */
import { counted } from '../plural.js';
import type { Translation } from '../translation.js';

const minutes = counted('nl', { one: 'minuut', other: 'minuten' });

const nl: Translation = {
  $code: 'nl',
  $dir: 'ltr',
  $name: 'Nederlands',

  widgetLabel: 'Identiteitsverificatie',
  progress: (step, total) => `Stap ${step} van ${total}`,
  continue: 'Doorgaan',
  back: 'Terug',
  cancel: 'Annuleren',
  retry: 'Opnieuw proberen',
  loading: 'Je verificatie wordt geladen…',

  introTitle: (name) => (name ? `Hoi ${name}, laten we je identiteit verifiëren` : 'Laten we je identiteit verifiëren'),
  introBody: 'Het duurt ongeveer twee minuten. Dit heb je nodig:',
  introNeedDocument: 'Een geldig identiteitsbewijs',
  introNeedSelfie: 'Een snelle foto van je gezicht',
  introNeedLiveness: 'Een paar eenvoudige hoofdbewegingen',
  introTime: (m) => `Ongeveer ${minutes(m)}`,
  introStart: 'Beginnen',
  languageLabel: 'Taal',
  inAppTitle: 'Open deze pagina in je browser',
  inAppBody: (app) =>
    `De browser in ${app} kan de camera vaak niet gebruiken. Kopieer de link en open hem in Safari, Chrome of een andere browser (of kies ‘Openen in browser’ in het menu van de app), of ga verder op je telefoon.`,
  inAppOpen: 'Openen in mijn browser',

  consentTitle: 'Je toestemming',
  consentBody: 'Om te bevestigen dat het identiteitsbewijs van jou is, maken we foto’s van je gezicht.',
  consentPoints: [
    'Je gezicht wordt op dit apparaat geanalyseerd om je te begeleiden; alleen de foto’s die je bevestigt worden verstuurd.',
    'De foto’s worden alleen gebruikt om je identiteit voor deze aanvraag te verifiëren.',
    'Je kunt op elk moment stoppen.',
  ],
  consentAccept: 'Ik ga akkoord',
  consentDecline: 'Ik ga niet akkoord',

  documentSelectTitle: 'Kies je identiteitsbewijs',
  documentTypeLabel: 'Soort document',
  countryLabel: 'Land van afgifte',
  countryPlaceholder: 'Kies een land',
  documentTypes: {
    passport: 'Paspoort',
    id_card: 'Identiteitskaart',
    drivers_license: 'Rijbewijs',
    residence_permit: 'Verblijfsvergunning',
  },

  captureTitle: {
    document_front: 'Voorkant van je identiteitsbewijs',
    document_back: 'Achterkant van je identiteitsbewijs',
    selfie: 'Maak een selfie',
    liveness: 'Aanwezigheidscontrole',
  },
  captureHint: {
    document_front:
      'Leg de voorkant van je identiteitsbewijs binnen het kader, op een donkere ondergrond, zonder schittering.',
    document_back: 'Draai je identiteitsbewijs om en leg de achterkant binnen het kader.',
    selfie: 'Kijk recht in de camera en houd je gezicht binnen het ovaal.',
    liveness: 'Volg de instructies om te laten zien dat je aanwezig bent.',
  },
  shutter: 'Foto maken',
  switchCamera: 'Andere camera',
  useFile: 'Upload liever een foto',
  uploadInstead: 'Kies een bestand',
  cameraStarting: 'Camera wordt gestart…',
  cameraPickerLabel: 'Camerakeuze',
  cameraBack: (n) => `Achtercamera ${n}`,
  cameraFront: (n) => `Voorcamera ${n}`,
  cameraNumbered: (n) => `Camera nr. ${n}`,
  torch: 'Lamp',
  cameraPromptHelp:
    'Je browser vraagt toestemming om de camera te gebruiken. Kies ‘Toestaan’ in de melding, meestal bij de adresbalk.',
  guidance: {
    starting: 'Even voorbereiden…',
    no_face: 'We zien je gezicht niet',
    multiple_faces: 'Er mag maar één persoon in beeld zijn',
    too_far: 'Kom dichterbij',
    too_close: 'Ga iets verder weg',
    off_centre: 'Zet je gezicht midden in het ovaal',
    too_dark: 'Het is te donker: zoek meer licht',
    too_blurry: 'Stilhouden: het beeld is wazig',
    glare: 'Kantel het document om schittering te voorkomen',
    hold_still: 'Stilhouden…',
    good: 'Perfect, zo houden',
    capturing: 'Foto wordt gemaakt…',
  },
  autoCaptureOn: 'De foto wordt automatisch gemaakt als het beeld goed is.',
  manualCaptureOnly: 'Automatisch vastleggen is op dit apparaat niet beschikbaar. Gebruik de knop om de foto te maken.',

  livenessTitle: 'Laat zien dat je aanwezig bent',
  livenessIntro: 'Houd je gezicht in het ovaal en volg elke instructie.',
  livenessChallenge: {
    blink: 'Knipper langzaam met je ogen',
    turn_left: 'Draai je hoofd naar links',
    turn_right: 'Draai je hoofd naar rechts',
    smile: 'Glimlach',
  },
  livenessHoldStill: 'Kijk recht vooruit en houd stil',
  livenessTimeout: 'Dat zagen we niet. Probeer het nog eens.',
  livenessPassed: 'Klaar',
  livenessStart: 'Controle starten',
  livenessProgress: (done, total) => `${done} van ${total} gedaan`,
  manualCaptureOrFile:
    'Automatisch vastleggen is op dit apparaat niet beschikbaar. Gebruik de knop om de foto te maken, of kies een bestand.',
  livenessCantDo: 'Ik kan deze bewegingen niet maken',
  livenessPhoto: 'Eén foto maken voor controle',
  livenessPhotoReview: {
    title: 'Controleer je foto',
    check: 'Zorg dat je hele gezicht zichtbaar, scherp en goed belicht is. Een medewerker bekijkt deze foto.',
  },
  livenessFallback: {
    vision_unavailable:
      'Dit apparaat kan de bewegingscontrole niet uitvoeren. Maak in plaats daarvan één foto: een medewerker bekijkt hem.',
    challenge_failed: 'De bewegingen werden niet herkend. Maak in plaats daarvan één foto: een medewerker bekijkt hem.',
    no_baseline:
      'We konden je gezicht niet recht van voren zien. Maak in plaats daarvan één foto: een medewerker bekijkt hem.',
    applicant_choice: 'Geen probleem. Maak in plaats daarvan één foto: een medewerker bekijkt hem.',
  },

  reviewTitle: {
    document_front: 'Controleer de voorkant',
    document_back: 'Controleer de achterkant',
    selfie: 'Controleer je selfie',
    liveness: 'Controle voltooid',
  },
  reviewCheck: {
    document_front:
      'Zorg dat alle tekst leesbaar is, zonder wazigheid of schittering, en dat het hele document zichtbaar is.',
    document_back:
      'Zorg dat alle tekst leesbaar is, zonder wazigheid of schittering, en dat het hele document zichtbaar is.',
    selfie: 'Zorg dat je hele gezicht zichtbaar, scherp en goed belicht is.',
    liveness: 'De aanwezigheidscontrole is vastgelegd.',
  },
  reviewImageAlt: {
    document_front: 'Foto van de voorkant van je identiteitsbewijs',
    document_back: 'Foto van de achterkant van je identiteitsbewijs',
    selfie: 'Je selfie',
    liveness: 'Een beeld uit je aanwezigheidscontrole',
  },
  retake: 'Opnieuw',
  confirm: 'Deze foto gebruiken',

  fileTooLarge: (mb) => `Dit bestand is te groot. Kies een afbeelding kleiner dan ${mb} MB.`,
  fileNotImage: 'Dit bestand is geen foto en geen pdf.',
  fileHeicCorrupt:
    'Deze HEIC-foto kon niet worden geopend; hij is mogelijk beschadigd. Kies een ander bestand of maak een foto met de camera.',
  fileHeicUnsupported:
    'Deze HEIC-foto kan hier niet worden geopend. Kies een JPEG of PNG, of maak de foto met de camera.',
  fileUnreadable: 'Deze afbeelding kon niet worden gelezen. Kies een andere foto.',
  filePdfTooLarge: (mb) => `Deze pdf is te groot. Kies een pdf kleiner dan ${mb} MB of een foto van het document.`,
  filePdfEncrypted:
    'Deze pdf is beveiligd met een wachtwoord. Kies een pdf zonder wachtwoord of een foto van het document.',
  filePdfCorrupt:
    'Deze pdf kon niet worden geopend; hij is mogelijk beschadigd. Kies een ander bestand of maak een foto met de camera.',
  documentReadIssue: {
    document_expired: {
      title: 'Dit document is verlopen',
      instruction:
        'De vervaldatum is verstreken. Gebruik een geldig document, of maak de foto opnieuw als die verkeerd is gelezen.',
    },
    document_type_mismatch: {
      title: 'Dit is niet het gekozen document',
      instruction:
        'Het wordt gelezen als een ander soort document. Kies het document dat u hebt, of maak de foto opnieuw.',
    },
    document_country_mismatch: {
      title: 'Dit document komt uit een ander land',
      instruction: 'Het past niet bij het gekozen land. Kies het juiste land, of maak de foto opnieuw.',
    },
  },
  documentChooseAgain: 'Opnieuw kiezen',

  uploadingTitle: 'Je foto’s worden verstuurd',
  uploadingBody: 'Houd deze pagina open.',
  uploadProgress: (done, total) => `${done} van ${total} verstuurd`,
  uploadWaitingOnline: 'Je bent offline. Het versturen gaat verder zodra de verbinding terug is.',

  doneTitle: 'Bedankt',
  doneBody: 'Je verificatie is ingediend.',
  doneRedirecting: 'Je wordt teruggestuurd…',
  doneContinue: 'Doorgaan',

  cancelledTitle: 'Verificatie gestopt',
  cancelledBody: 'Je kunt deze pagina sluiten. Er wordt niets meer verstuurd.',
  cancelConfirm: 'De verificatie stoppen? Foto’s die nog niet zijn verstuurd, worden verwijderd.',

  errorTitle: 'Er is iets misgegaan',
  errors: {
    vision_unavailable: {
      title: 'Automatische controles zijn op dit apparaat niet beschikbaar',
      instruction:
        'Je kunt elke foto nog steeds met de knop maken. De aanwezigheidscontrole maakt dan één foto die een medewerker bekijkt.',
    },
    camera_not_allowed: {
      title: 'Toegang tot de camera is geblokkeerd',
      instruction:
        'Sta cameratoegang voor deze site toe in de instellingen van je browser en probeer het opnieuw. Je kunt ook foto’s uploaden.',
    },
    camera_blocked_by_embed: {
      title: 'De camera is niet beschikbaar in dit venster',
      instruction:
        'Deze pagina is ingesloten zonder cameratoegang. Open de verificatie in een eigen venster, of upload foto’s.',
    },
    camera_not_found: {
      title: 'Geen camera gevonden',
      instruction: 'Sluit een camera aan en probeer het opnieuw, of upload foto’s.',
    },
    camera_in_use: {
      title: 'De camera is bezet',
      instruction: 'Sluit andere apps of tabbladen die de camera gebruiken en probeer het opnieuw.',
    },
    camera_black: {
      title: 'De camera toont alleen zwart',
      instruction:
        'Controleer of niets de lens afdekt (sommige laptops hebben een privacyklepje of een cameratoets) en of er wat licht is, en probeer het opnieuw. Je kunt ook een andere camera kiezen.',
    },
    camera_frozen: {
      title: 'Het camerabeeld staat stil',
      instruction:
        'De camera is gestart, maar het beeld verandert niet. Probeer het opnieuw, of kies een andere camera als je die hebt.',
    },
    constraints_unsatisfiable: {
      title: 'De camera kan niet worden gebruikt',
      instruction: 'Je camera ondersteunt niet wat deze stap nodig heeft. Probeer een andere camera, of upload foto’s.',
    },
    insecure_context: {
      title: 'De camera heeft een beveiligde verbinding nodig',
      instruction: 'Open deze pagina via https, of upload foto’s.',
    },
    token_invalid: {
      title: 'Deze link is niet geldig',
      instruction: 'Vraag een nieuwe verificatielink aan.',
    },
    token_expired: {
      title: 'Deze link is verlopen',
      instruction: 'Verificatielinks zijn beperkt geldig. Vraag een nieuwe aan.',
    },
    session_completed: {
      title: 'Al ingediend',
      instruction: 'Deze verificatie is al ingediend. Je hoeft niets meer te doen.',
    },
    network: {
      title: 'Geen verbinding',
      instruction:
        'Controleer je internetverbinding. Er gaat niets verloren: probeer het opnieuw zodra je weer online bent.',
    },
    upload_rejected: {
      title: 'Een foto is niet geaccepteerd',
      instruction: 'Maak die foto opnieuw.',
    },
    server_error: {
      title: 'Onze dienst heeft problemen',
      instruction: 'Er gaat niets verloren. Probeer het over een moment opnieuw.',
    },
    bad_response: {
      title: 'Onverwacht antwoord',
      instruction: 'We ontvingen iets wat we niet verwachtten. Probeer het over een moment opnieuw.',
    },
  },
  errorCode: (code) => `Foutcode: ${code}`,
  handoffOffer: 'Verder op je telefoon',
  handoffTitle: 'Verder op je telefoon',
  handoffBody:
    'Scan deze code met de camera van je telefoon, of open de link op je telefoon. Houd deze pagina open: hij rondt vanzelf af als je klaar bent op je telefoon.',
  handoffConnectedBody:
    'Ga verder met de stappen op je telefoon. Houd deze pagina open: hij rondt vanzelf af als je klaar bent.',
  handoffFinishedBody: 'Alles is vanaf je telefoon verstuurd. Deze pagina rondt nu af.',
  handoffQrLabel: 'QR-code van de link voor je telefoon',
  handoffLinkLabel: 'Link voor je telefoon',
  handoffCopy: 'Link kopiëren',
  handoffCopied: 'Link gekopieerd',
  handoffCopyManual: 'Selecteer de link en kopieer hem.',
  handoffCreating: 'Link wordt gemaakt…',
  handoffValidFor: (m) => `De link werkt één keer, gedurende ${minutes(m)}.`,
  handoffExpired: 'Deze link is verlopen.',
  handoffStalled: 'Er gebeurt al een tijdje niets op je telefoon.',
  handoffNewLink: 'Nieuwe link maken',
  handoffFailed: 'De link kon niet worden gemaakt.',
  handoffWaiting: 'Wachten op je telefoon…',
  handoffConnected: 'Je telefoon is verbonden.',
  handoffPhoneStep: (step) => `Op je telefoon: ${step}`,
  handoffStepNames: {
    intro: 'aan de slag',
    consent: 'toestemming',
    document_select: 'document kiezen',
    uploading: 'versturen',
    done: 'klaar',
  },
  handoffReceived: (done, total) => `Foto’s ontvangen: ${done} van ${total}`,
  handoffFinished: 'Je telefoon is klaar.',
  handoffUseThisDevice: 'Toch dit apparaat gebruiken',
  phoneDoneTitle: 'Ga terug naar je computer',
  phoneDoneBody:
    'Alles is verstuurd. Je kunt deze pagina sluiten en teruggaan naar je computer: die gaat vanzelf verder.',
  handoffOpenTitle: 'Verder op deze telefoon',
  handoffOpenBody:
    'Je hebt een link geopend om je identiteitsverificatie op deze telefoon voort te zetten. Ga alleen verder als je er zelf mee bent begonnen op je computer.',
  handoffOpenButton: 'Verder op deze telefoon',
  handoffRefused: {
    unknown: {
      title: 'Deze link is niet geldig',
      instruction: 'Controleer of je de hele link hebt geopend, of maak een nieuwe op je computer.',
    },
    used: {
      title: 'Deze link is al gebruikt',
      instruction: 'Elke link werkt één keer. Kies op je computer ‘Nieuwe link maken’ en scan de nieuwe code.',
    },
    expired: {
      title: 'Deze link is verlopen',
      instruction: 'Links werken 10 minuten. Kies op je computer ‘Nieuwe link maken’ en scan de nieuwe code.',
    },
    closed: {
      title: 'Deze verificatie is afgesloten',
      instruction: 'Ze is al ingediend of verlopen. Je hoeft op deze telefoon niets meer te doen.',
    },
  },
};

export default nl;
