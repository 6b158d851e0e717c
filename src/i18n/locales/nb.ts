/**
 * Norwegian Bokmål (nb; also chosen for `no` and `nn`). Machine-assisted translation by the team; not
 * yet reviewed by a native speaker. Terms kept consistent: identity document = «identitetsdokument»,
 * selfie = «selfie», liveness = «tilstedeværelseskontroll», consent = «samtykke».
 */
import { counted } from '../plural.js';
import type { Translation } from '../translation.js';

const minutes = counted('nb', { one: 'minutt', other: 'minutter' });

const nb: Translation = {
  $code: 'nb',
  $dir: 'ltr',
  $name: 'Norsk bokmål',

  widgetLabel: 'Identitetsbekreftelse',
  progress: (step, total) => `Trinn ${step} av ${total}`,
  continue: 'Fortsett',
  back: 'Tilbake',
  cancel: 'Avbryt',
  retry: 'Prøv igjen',
  loading: 'Bekreftelsen lastes inn…',

  introTitle: (name) => (name ? `Hei ${name}, la oss bekrefte identiteten din` : 'La oss bekrefte identiteten din'),
  introBody: 'Det tar omtrent to minutter. Dette trenger du:',
  introNeedDocument: 'Et gyldig identitetsdokument',
  introNeedSelfie: 'Et raskt bilde av ansiktet ditt',
  introNeedLiveness: 'Noen enkle hodebevegelser',
  introTime: (m) => `Omtrent ${minutes(m)}`,
  introStart: 'Kom i gang',
  languageLabel: 'Språk',
  inAppTitle: 'Åpne siden i nettleseren din',
  inAppBody: (app) =>
    `Nettleseren i ${app} kan ofte ikke bruke kameraet. Kopier lenken og åpne den i Safari, Chrome eller en annen nettleser (eller velg «Åpne i nettleser» i appens meny), eller fortsett på telefonen.`,
  inAppOpen: 'Åpne i nettleseren min',

  consentTitle: 'Ditt samtykke',
  consentBody: 'For å bekrefte at identitetsdokumentet er ditt, tar vi bilder av ansiktet ditt.',
  consentPoints: [
    'Ansiktet ditt analyseres på denne enheten for å veilede deg; bare bildene du godkjenner, blir sendt.',
    'Bildene brukes bare til å bekrefte identiteten din for denne forespørselen.',
    'Du kan stoppe når som helst.',
  ],
  consentAccept: 'Jeg samtykker',
  consentDecline: 'Jeg samtykker ikke',

  documentSelectTitle: 'Velg identitetsdokument',
  documentTypeLabel: 'Dokumenttype',
  countryLabel: 'Utstedende land',
  countryPlaceholder: 'Velg et land',
  documentTypes: {
    passport: 'Pass',
    id_card: 'Nasjonalt ID-kort',
    drivers_license: 'Førerkort',
    residence_permit: 'Oppholdstillatelse',
  },

  captureTitle: {
    document_front: 'Forsiden av dokumentet',
    document_back: 'Baksiden av dokumentet',
    selfie: 'Ta en selfie',
    liveness: 'Tilstedeværelseskontroll',
  },
  captureHint: {
    document_front: 'Legg forsiden av dokumentet innenfor rammen, på et mørkt underlag, uten gjenskinn.',
    document_back: 'Snu dokumentet og legg baksiden innenfor rammen.',
    selfie: 'Se rett inn i kameraet og hold ansiktet innenfor ovalen.',
    liveness: 'Følg instruksjonene for å vise at du er til stede.',
  },
  shutter: 'Ta bilde',
  switchCamera: 'Bytt kamera',
  useFile: 'Last opp et bilde i stedet',
  uploadInstead: 'Velg en fil',
  cameraStarting: 'Kameraet starter…',
  cameraPickerLabel: 'Kamera',
  cameraBack: (n) => `Bakkamera ${n}`,
  cameraFront: (n) => `Frontkamera ${n}`,
  cameraNumbered: (n) => `Kamera ${n}`,
  torch: 'Lykt',
  cameraPromptHelp:
    'Nettleseren ber om tillatelse til å bruke kameraet. Velg «Tillat» i dialogen, vanligvis ved adressefeltet.',
  guidance: {
    starting: 'Gjør klar…',
    no_face: 'Vi ser ikke ansiktet ditt',
    multiple_faces: 'Bare én person skal være i bildet',
    too_far: 'Kom nærmere',
    too_close: 'Flytt deg litt lenger unna',
    off_centre: 'Plasser ansiktet midt i ovalen',
    too_dark: 'Det er for mørkt: finn mer lys',
    too_blurry: 'Hold stille: bildet er uskarpt',
    glare: 'Vipp dokumentet for å unngå gjenskinn',
    hold_still: 'Hold stille…',
    good: 'Perfekt, hold det slik',
    capturing: 'Tar bildet…',
  },
  autoCaptureOn: 'Bildet tas automatisk når bildet er godt.',
  manualCaptureOnly: 'Automatisk bildetaking er ikke tilgjengelig på denne enheten. Bruk knappen for å ta bildet.',

  livenessTitle: 'Vis at du er til stede',
  livenessIntro: 'Hold ansiktet i ovalen og følg hver instruksjon.',
  livenessChallenge: {
    blink: 'Blunk sakte',
    turn_left: 'Snu hodet mot venstre',
    turn_right: 'Snu hodet mot høyre',
    smile: 'Smil',
  },
  livenessHoldStill: 'Se rett fram og hold stille',
  livenessTimeout: 'Det så vi ikke. La oss prøve igjen.',
  livenessPassed: 'Ferdig',
  livenessStart: 'Start kontrollen',
  livenessProgress: (done, total) => `${done} av ${total} utført`,
  manualCaptureOrFile:
    'Automatisk bildetaking er ikke tilgjengelig på denne enheten. Bruk knappen for å ta bildet, eller velg en fil.',
  livenessCantDo: 'Jeg klarer ikke disse bevegelsene',
  livenessPhoto: 'Ta ett bilde til gjennomgang',
  livenessPhotoReview: {
    title: 'Sjekk bildet ditt',
    check: 'Pass på at hele ansiktet er synlig, skarpt og godt opplyst. En person går gjennom dette bildet.',
  },
  livenessFallback: {
    vision_unavailable:
      'Denne enheten kan ikke utføre bevegelseskontrollen. Ta ett bilde i stedet: en person går gjennom det.',
    challenge_failed: 'Bevegelsene ble ikke gjenkjent. Ta ett bilde i stedet: en person går gjennom det.',
    no_baseline: 'Vi kunne ikke se ansiktet ditt rett forfra. Ta ett bilde i stedet: en person går gjennom det.',
    applicant_choice: 'Ikke noe problem. Ta ett bilde i stedet: en person går gjennom det.',
  },

  reviewTitle: {
    document_front: 'Sjekk forsiden',
    document_back: 'Sjekk baksiden',
    selfie: 'Sjekk selfien din',
    liveness: 'Kontrollen er fullført',
  },
  reviewCheck: {
    document_front: 'Pass på at all tekst er lesbar, uten uskarphet eller gjenskinn, og at hele dokumentet er synlig.',
    document_back: 'Pass på at all tekst er lesbar, uten uskarphet eller gjenskinn, og at hele dokumentet er synlig.',
    selfie: 'Pass på at hele ansiktet er synlig, skarpt og godt opplyst.',
    liveness: 'Tilstedeværelseskontrollen er registrert.',
  },
  reviewImageAlt: {
    document_front: 'Bilde av forsiden av dokumentet',
    document_back: 'Bilde av baksiden av dokumentet',
    selfie: 'Selfien din',
    liveness: 'Et bilde fra tilstedeværelseskontrollen',
  },
  retake: 'Ta på nytt',
  confirm: 'Bruk dette bildet',

  fileTooLarge: (mb) => `Filen er for stor. Velg et bilde under ${mb} MB.`,
  fileNotImage: 'Filen er verken et bilde eller en PDF.',
  fileHeicCorrupt:
    'Dette HEIC-bildet kunne ikke åpnes; det kan være skadet. Velg en annen fil, eller ta et bilde med kameraet.',
  fileHeicUnsupported: 'Dette HEIC-bildet kan ikke åpnes her. Velg JPEG eller PNG, eller ta bildet med kameraet.',
  fileUnreadable: 'Bildet kunne ikke leses. Velg et annet bilde.',
  filePdfTooLarge: (mb) => `Denne PDF-en er for stor. Velg en PDF under ${mb} MB eller et bilde av dokumentet.`,
  filePdfEncrypted: 'Denne PDF-en er beskyttet med passord. Velg en PDF uten passord eller et bilde av dokumentet.',
  filePdfCorrupt:
    'Denne PDF-en kunne ikke åpnes; den kan være skadet. Velg en annen fil, eller ta et bilde med kameraet.',
  documentReadIssue: {
    document_expired: {
      title: 'Dokumentet er utløpt',
      instruction: 'Utløpsdatoen er passert. Bruk et gyldig dokument, eller ta bildet på nytt hvis det ble lest feil.',
    },
    document_type_mismatch: {
      title: 'Dette er ikke dokumentet du valgte',
      instruction: 'Det leses som en annen dokumenttype. Velg dokumentet du har, eller ta bildet på nytt.',
    },
    document_country_mismatch: {
      title: 'Dokumentet er fra et annet land',
      instruction: 'Det stemmer ikke med landet du valgte. Velg riktig land, eller ta bildet på nytt.',
    },
  },
  documentChooseAgain: 'Velg på nytt',

  uploadingTitle: 'Bildene dine sendes',
  uploadingBody: 'Hold denne siden åpen.',
  uploadProgress: (done, total) => `${done} av ${total} sendt`,
  uploadWaitingOnline: 'Du er frakoblet. Sendingen fortsetter når tilkoblingen er tilbake.',

  doneTitle: 'Takk',
  doneBody: 'Bekreftelsen din er sendt inn.',
  doneRedirecting: 'Du sendes tilbake…',
  doneContinue: 'Fortsett',

  cancelledTitle: 'Bekreftelsen er stoppet',
  cancelledBody: 'Du kan lukke denne siden. Ingenting mer blir sendt.',
  cancelConfirm: 'Stoppe bekreftelsen? Bilder som ikke er sendt ennå, blir forkastet.',

  errorTitle: 'Noe gikk galt',
  errors: {
    vision_unavailable: {
      title: 'Automatiske kontroller er ikke tilgjengelige på denne enheten',
      instruction:
        'Du kan fortsatt ta hvert bilde med knappen. Tilstedeværelseskontrollen tar da ett bilde som en person går gjennom.',
    },
    camera_not_allowed: {
      title: 'Tilgang til kameraet er blokkert',
      instruction:
        'Gi dette nettstedet tilgang til kameraet i nettleserinnstillingene og prøv igjen. Du kan også laste opp bilder.',
    },
    camera_blocked_by_embed: {
      title: 'Kameraet er ikke tilgjengelig i dette vinduet',
      instruction: 'Siden er innebygd uten kameratilgang. Åpne bekreftelsen i et eget vindu, eller last opp bilder.',
    },
    camera_not_found: {
      title: 'Fant ikke noe kamera',
      instruction: 'Koble til et kamera og prøv igjen, eller last opp bilder.',
    },
    camera_in_use: {
      title: 'Kameraet er opptatt',
      instruction: 'Lukk andre apper eller faner som bruker kameraet, og prøv igjen.',
    },
    camera_black: {
      title: 'Kameraet viser bare svart',
      instruction:
        'Sjekk at ingenting dekker linsen (noen bærbare har et personvernlokk eller en kameratast) og at det er litt lys, og prøv igjen. Du kan også velge et annet kamera.',
    },
    camera_frozen: {
      title: 'Kamerabildet har frosset',
      instruction:
        'Kameraet startet, men bildet endrer seg ikke. Prøv igjen, eller velg et annet kamera hvis du har et.',
    },
    constraints_unsatisfiable: {
      title: 'Kameraet kan ikke brukes',
      instruction: 'Kameraet ditt støtter ikke det dette trinnet trenger. Prøv et annet kamera, eller last opp bilder.',
    },
    insecure_context: {
      title: 'Kameraet trenger en sikker tilkobling',
      instruction: 'Åpne siden via https, eller last opp bilder.',
    },
    token_invalid: {
      title: 'Lenken er ikke gyldig',
      instruction: 'Be om en ny bekreftelseslenke.',
    },
    token_expired: {
      title: 'Lenken har utløpt',
      instruction: 'Bekreftelseslenker gjelder en begrenset tid. Be om en ny.',
    },
    session_completed: {
      title: 'Allerede sendt inn',
      instruction: 'Denne bekreftelsen er allerede sendt inn. Du trenger ikke gjøre mer.',
    },
    network: {
      title: 'Ingen tilkobling',
      instruction: 'Sjekk internettilkoblingen. Ingenting er tapt: prøv igjen når du er på nett igjen.',
    },
    upload_rejected: {
      title: 'Et bilde ble ikke godtatt',
      instruction: 'Ta det bildet på nytt.',
    },
    server_error: {
      title: 'Tjenesten vår har problemer',
      instruction: 'Ingenting er tapt. Prøv igjen om et øyeblikk.',
    },
    bad_response: {
      title: 'Uventet svar',
      instruction: 'Vi mottok noe vi ikke ventet. Prøv igjen om et øyeblikk.',
    },
  },
  errorCode: (code) => `Feilkode: ${code}`,
  handoffOffer: 'Fortsett på telefonen',
  handoffTitle: 'Fortsett på telefonen',
  handoffBody:
    'Skann koden med telefonkameraet, eller åpne lenken på telefonen. Hold denne siden åpen: den avslutter av seg selv når du er ferdig på telefonen.',
  handoffConnectedBody:
    'Fortsett med trinnene på telefonen. Hold denne siden åpen: den avslutter av seg selv når du er ferdig.',
  handoffFinishedBody: 'Alt ble sendt fra telefonen. Siden avslutter nå.',
  handoffQrLabel: 'QR-kode med lenken til telefonen',
  handoffLinkLabel: 'Lenke til telefonen',
  handoffCopy: 'Kopier lenken',
  handoffCopied: 'Lenken er kopiert',
  handoffCopyManual: 'Merk lenken og kopier den.',
  handoffCreating: 'Lager en lenke…',
  handoffValidFor: (m) => `Lenken virker én gang, i ${minutes(m)}.`,
  handoffExpired: 'Lenken har utløpt.',
  handoffStalled: 'Ingenting har skjedd på telefonen på en stund.',
  handoffNewLink: 'Lag en ny lenke',
  handoffFailed: 'Lenken kunne ikke lages.',
  handoffWaiting: 'Venter på telefonen…',
  handoffConnected: 'Telefonen er tilkoblet.',
  handoffPhoneStep: (step) => `På telefonen: ${step}`,
  handoffStepNames: {
    intro: 'kommer i gang',
    consent: 'samtykke',
    document_select: 'velger dokument',
    uploading: 'sender',
    done: 'ferdig',
  },
  handoffReceived: (done, total) => `Mottatte bilder: ${done} av ${total}`,
  handoffFinished: 'Telefonen er ferdig.',
  handoffUseThisDevice: 'Bruk denne enheten i stedet',
  phoneDoneTitle: 'Gå tilbake til datamaskinen',
  phoneDoneBody: 'Alt er sendt. Du kan lukke siden og gå tilbake til datamaskinen: den fortsetter av seg selv.',
  handoffOpenTitle: 'Fortsett på denne telefonen',
  handoffOpenBody:
    'Du har åpnet en lenke for å fortsette identitetsbekreftelsen på denne telefonen. Fortsett bare hvis du selv startet den på datamaskinen.',
  handoffOpenButton: 'Fortsett på denne telefonen',
  handoffRefused: {
    unknown: {
      title: 'Lenken er ikke gyldig',
      instruction: 'Sjekk at du åpnet hele lenken, eller lag en ny på datamaskinen.',
    },
    used: {
      title: 'Lenken er allerede brukt',
      instruction: 'Hver lenke virker én gang. Velg «Lag en ny lenke» på datamaskinen og skann den nye koden.',
    },
    expired: {
      title: 'Lenken har utløpt',
      instruction: 'Lenker virker i 10 minutter. Velg «Lag en ny lenke» på datamaskinen og skann den nye koden.',
    },
    closed: {
      title: 'Denne bekreftelsen er lukket',
      instruction: 'Den er allerede sendt inn eller har utløpt. Du trenger ikke gjøre mer på denne telefonen.',
    },
  },
};

export default nb;
