/**
 * Danish (da). Machine-assisted translation by the team; not yet reviewed by a native speaker.
 * Terms kept consistent: identity document = »identitetsdokument«, selfie = »selfie«,
 * liveness = »tilstedeværelsestjek«, consent = »samtykke«.
 */
import { counted } from '../plural.js';
import type { Translation } from '../translation.js';

const minutes = counted('da', { one: 'minut', other: 'minutter' });

const da: Translation = {
  $code: 'da',
  $dir: 'ltr',
  $name: 'Dansk',

  widgetLabel: 'Identitetsbekræftelse',
  progress: (step, total) => `Trin ${step} af ${total}`,
  continue: 'Fortsæt',
  back: 'Tilbage',
  cancel: 'Annuller',
  retry: 'Prøv igen',
  loading: 'Din bekræftelse indlæses…',

  introTitle: (name) => (name ? `Hej ${name}, lad os bekræfte din identitet` : 'Lad os bekræfte din identitet'),
  introBody: 'Det tager omkring to minutter. Det skal du bruge:',
  introNeedDocument: 'Et gyldigt identitetsdokument',
  introNeedSelfie: 'Et hurtigt foto af dit ansigt',
  introNeedLiveness: 'Nogle få enkle hovedbevægelser',
  introTime: (m) => `Omkring ${minutes(m)}`,
  introStart: 'Kom i gang',
  languageLabel: 'Sprog',
  inAppTitle: 'Åbn siden i din browser',
  inAppBody: (app) =>
    `Browseren i ${app} kan ofte ikke bruge kameraet. Kopiér linket, og åbn det i Safari, Chrome eller en anden browser (eller vælg »Åbn i browser« i appens menu), eller fortsæt på din telefon.`,
  inAppOpen: 'Åbn i min browser',

  consentTitle: 'Dit samtykke',
  consentBody: 'For at bekræfte, at identitetsdokumentet er dit, tager vi fotos af dit ansigt.',
  consentPoints: [
    'Dit ansigt analyseres på denne enhed for at guide dig; kun de fotos, du godkender, bliver sendt.',
    'Fotoene bruges kun til at bekræfte din identitet i forbindelse med denne anmodning.',
    'Du kan stoppe når som helst.',
  ],
  consentAccept: 'Jeg giver samtykke',
  consentDecline: 'Jeg giver ikke samtykke',

  documentSelectTitle: 'Vælg dit identitetsdokument',
  documentTypeLabel: 'Dokumenttype',
  countryLabel: 'Udstedende land',
  countryPlaceholder: 'Vælg et land',
  documentTypes: {
    passport: 'Pas',
    id_card: 'Identitetskort',
    drivers_license: 'Kørekort',
    residence_permit: 'Opholdstilladelse',
  },

  captureTitle: {
    document_front: 'Forsiden af dit dokument',
    document_back: 'Bagsiden af dit dokument',
    selfie: 'Tag en selfie',
    liveness: 'Tilstedeværelsestjek',
  },
  captureHint: {
    document_front: 'Læg forsiden af dokumentet inden for rammen, på en mørk overflade, uden genskin.',
    document_back: 'Vend dokumentet, og læg bagsiden inden for rammen.',
    selfie: 'Se lige ind i kameraet, og hold ansigtet inden for ovalen.',
    liveness: 'Følg instruktionerne for at vise, at du er til stede.',
  },
  shutter: 'Tag foto',
  switchCamera: 'Skift kamera',
  useFile: 'Upload et foto i stedet',
  uploadInstead: 'Vælg en fil',
  cameraStarting: 'Kameraet starter…',
  cameraPickerLabel: 'Kamera',
  cameraBack: (n) => `Bagkamera ${n}`,
  cameraFront: (n) => `Frontkamera ${n}`,
  cameraNumbered: (n) => `Kamera ${n}`,
  torch: 'Lygte',
  cameraPromptHelp:
    'Din browser beder om tilladelse til at bruge kameraet. Vælg »Tillad« i dialogen, som regel ved adresselinjen.',
  guidance: {
    starting: 'Gør klar…',
    no_face: 'Vi kan ikke se dit ansigt',
    multiple_faces: 'Der må kun være én person på billedet',
    too_far: 'Kom tættere på',
    too_close: 'Gå lidt længere væk',
    off_centre: 'Placer ansigtet midt i ovalen',
    too_dark: 'Det er for mørkt: find mere lys',
    too_blurry: 'Hold stille: billedet er sløret',
    glare: 'Vip dokumentet for at undgå genskin',
    hold_still: 'Hold stille…',
    good: 'Perfekt, bliv der',
    capturing: 'Tager fotoet…',
  },
  autoCaptureOn: 'Fotoet tages automatisk, når billedet er godt.',
  manualCaptureOnly: 'Automatisk optagelse er ikke tilgængelig på denne enhed. Brug knappen til at tage fotoet.',

  livenessTitle: 'Vis, at du er til stede',
  livenessIntro: 'Hold ansigtet i ovalen, og følg hver instruktion.',
  livenessChallenge: {
    blink: 'Blink langsomt',
    turn_left: 'Drej hovedet til venstre',
    turn_right: 'Drej hovedet til højre',
    smile: 'Smil',
  },
  livenessHoldStill: 'Se lige frem, og hold stille',
  livenessTimeout: 'Det så vi ikke. Lad os prøve igen.',
  livenessPassed: 'Færdig',
  livenessStart: 'Start tjekket',
  livenessProgress: (done, total) => `${done} af ${total} udført`,
  manualCaptureOrFile:
    'Automatisk optagelse er ikke tilgængelig på denne enhed. Brug knappen til at tage fotoet, eller vælg en fil.',
  livenessCantDo: 'Jeg kan ikke lave disse bevægelser',
  livenessPhoto: 'Tag ét foto til gennemsyn',
  livenessPhotoReview: {
    title: 'Tjek dit foto',
    check: 'Sørg for, at hele ansigtet er synligt, skarpt og godt belyst. En medarbejder gennemser dette foto.',
  },
  livenessFallback: {
    vision_unavailable:
      'Denne enhed kan ikke udføre bevægelsestjekket. Tag ét foto i stedet: en medarbejder gennemser det.',
    challenge_failed: 'Bevægelserne blev ikke genkendt. Tag ét foto i stedet: en medarbejder gennemser det.',
    no_baseline: 'Vi kunne ikke se dit ansigt lige forfra. Tag ét foto i stedet: en medarbejder gennemser det.',
    applicant_choice: 'Intet problem. Tag ét foto i stedet: en medarbejder gennemser det.',
  },

  reviewTitle: {
    document_front: 'Tjek forsiden',
    document_back: 'Tjek bagsiden',
    selfie: 'Tjek din selfie',
    liveness: 'Tjekket er fuldført',
  },
  reviewCheck: {
    document_front: 'Sørg for, at al tekst kan læses, uden sløring eller genskin, og at hele dokumentet er synligt.',
    document_back: 'Sørg for, at al tekst kan læses, uden sløring eller genskin, og at hele dokumentet er synligt.',
    selfie: 'Sørg for, at hele ansigtet er synligt, skarpt og godt belyst.',
    liveness: 'Tilstedeværelsestjekket er registreret.',
  },
  reviewImageAlt: {
    document_front: 'Foto af forsiden af dit dokument',
    document_back: 'Foto af bagsiden af dit dokument',
    selfie: 'Din selfie',
    liveness: 'Et billede fra dit tilstedeværelsestjek',
  },
  retake: 'Tag igen',
  confirm: 'Brug dette foto',

  fileTooLarge: (mb) => `Filen er for stor. Vælg et billede under ${mb} MB.`,
  fileNotImage: 'Filen er hverken et foto eller en PDF.',
  fileHeicCorrupt:
    'Dette HEIC-foto kunne ikke åbnes; det kan være beskadiget. Vælg en anden fil, eller tag et foto med kameraet.',
  fileHeicUnsupported: 'Dette HEIC-foto kan ikke åbnes her. Vælg JPEG eller PNG, eller tag fotoet med kameraet.',
  fileUnreadable: 'Billedet kunne ikke læses. Vælg et andet foto.',
  filePdfTooLarge: (mb) => `Denne PDF er for stor. Vælg en PDF under ${mb} MB eller et foto af dokumentet.`,
  filePdfEncrypted:
    'Denne PDF er beskyttet med en adgangskode. Vælg en PDF uden adgangskode eller et foto af dokumentet.',
  filePdfCorrupt:
    'Denne PDF kunne ikke åbnes; den kan være beskadiget. Vælg en anden fil, eller tag et foto med kameraet.',
  documentReadIssue: {
    document_expired: {
      title: 'Dokumentet er udløbet',
      instruction:
        'Udløbsdatoen er overskredet. Brug et gyldigt dokument, eller tag billedet igen, hvis det blev læst forkert.',
    },
    document_type_mismatch: {
      title: 'Det er ikke det valgte dokument',
      instruction: 'Det læses som en anden dokumenttype. Vælg det dokument, du har, eller tag billedet igen.',
    },
    document_country_mismatch: {
      title: 'Dokumentet er fra et andet land',
      instruction: 'Det passer ikke til det valgte land. Vælg det rigtige land, eller tag billedet igen.',
    },
  },
  documentChooseAgain: 'Vælg igen',

  uploadingTitle: 'Dine fotos sendes',
  uploadingBody: 'Hold denne side åben.',
  uploadProgress: (done, total) => `${done} af ${total} sendt`,
  uploadWaitingOnline: 'Du er offline. Afsendelsen fortsætter, når forbindelsen er tilbage.',

  doneTitle: 'Tak',
  doneBody: 'Din bekræftelse er sendt ind.',
  doneRedirecting: 'Du sendes tilbage…',
  doneContinue: 'Fortsæt',

  cancelledTitle: 'Bekræftelsen er stoppet',
  cancelledBody: 'Du kan lukke denne side. Der sendes ikke mere.',
  cancelConfirm: 'Stop bekræftelsen? Fotos, der ikke er sendt endnu, slettes.',

  errorTitle: 'Noget gik galt',
  errors: {
    vision_unavailable: {
      title: 'Automatiske tjek er ikke tilgængelige på denne enhed',
      instruction:
        'Du kan stadig tage hvert foto med knappen. Tilstedeværelsestjekket tager så ét foto, som en medarbejder gennemser.',
    },
    camera_not_allowed: {
      title: 'Adgang til kameraet er blokeret',
      instruction:
        'Tillad kameraadgang for dette websted i browserens indstillinger, og prøv igen. Du kan også uploade fotos.',
    },
    camera_blocked_by_embed: {
      title: 'Kameraet er ikke tilgængeligt i dette vindue',
      instruction: 'Siden er indlejret uden kameraadgang. Åbn bekræftelsen i sit eget vindue, eller upload fotos.',
    },
    camera_not_found: {
      title: 'Intet kamera fundet',
      instruction: 'Tilslut et kamera, og prøv igen, eller upload fotos.',
    },
    camera_in_use: {
      title: 'Kameraet er optaget',
      instruction: 'Luk andre apps eller faner, der bruger kameraet, og prøv igen.',
    },
    camera_black: {
      title: 'Kameraet viser kun sort',
      instruction:
        'Tjek, at intet dækker linsen (nogle bærbare har en privatlivsskærm eller en kameratast), og at der er lidt lys, og prøv igen. Du kan også vælge et andet kamera.',
    },
    camera_frozen: {
      title: 'Kamerabilledet står stille',
      instruction:
        'Kameraet startede, men billedet ændrer sig ikke. Prøv igen, eller vælg et andet kamera, hvis du har et.',
    },
    constraints_unsatisfiable: {
      title: 'Kameraet kan ikke bruges',
      instruction: 'Dit kamera understøtter ikke det, dette trin kræver. Prøv et andet kamera, eller upload fotos.',
    },
    insecure_context: {
      title: 'Kameraet kræver en sikker forbindelse',
      instruction: 'Åbn siden via https, eller upload fotos.',
    },
    token_invalid: {
      title: 'Linket er ikke gyldigt',
      instruction: 'Bed om et nyt bekræftelseslink.',
    },
    token_expired: {
      title: 'Linket er udløbet',
      instruction: 'Bekræftelseslinks gælder i begrænset tid. Bed om et nyt.',
    },
    session_completed: {
      title: 'Allerede sendt ind',
      instruction: 'Denne bekræftelse er allerede sendt ind. Du skal ikke gøre mere.',
    },
    network: {
      title: 'Ingen forbindelse',
      instruction: 'Tjek din internetforbindelse. Intet er gået tabt: prøv igen, når du er online igen.',
    },
    upload_rejected: {
      title: 'Et foto blev ikke godkendt',
      instruction: 'Tag venligst det foto igen.',
    },
    server_error: {
      title: 'Vores tjeneste har problemer',
      instruction: 'Intet er gået tabt. Prøv igen om et øjeblik.',
    },
    bad_response: {
      title: 'Uventet svar',
      instruction: 'Vi modtog noget, vi ikke forventede. Prøv igen om et øjeblik.',
    },
  },
  errorCode: (code) => `Fejlkode: ${code}`,
  handoffOffer: 'Fortsæt på din telefon',
  handoffTitle: 'Fortsæt på din telefon',
  handoffBody:
    'Scan koden med telefonens kamera, eller åbn linket på telefonen. Hold denne side åben: den afslutter af sig selv, når du er færdig på telefonen.',
  handoffConnectedBody:
    'Fortsæt med trinnene på telefonen. Hold denne side åben: den afslutter af sig selv, når du er færdig.',
  handoffFinishedBody: 'Alt blev sendt fra din telefon. Siden afslutter nu.',
  handoffQrLabel: 'QR-kode med linket til din telefon',
  handoffLinkLabel: 'Link til din telefon',
  handoffCopy: 'Kopiér link',
  handoffCopied: 'Link kopieret',
  handoffCopyManual: 'Markér linket, og kopiér det.',
  handoffCreating: 'Opretter et link…',
  handoffValidFor: (m) => `Linket virker én gang, i ${minutes(m)}.`,
  handoffExpired: 'Linket er udløbet.',
  handoffStalled: 'Der er ikke sket noget på din telefon i et stykke tid.',
  handoffNewLink: 'Opret et nyt link',
  handoffFailed: 'Linket kunne ikke oprettes.',
  handoffWaiting: 'Venter på din telefon…',
  handoffConnected: 'Din telefon er forbundet.',
  handoffPhoneStep: (step) => `På din telefon: ${step}`,
  handoffStepNames: {
    intro: 'kommer i gang',
    consent: 'samtykke',
    document_select: 'vælger dokument',
    uploading: 'sender',
    done: 'færdig',
  },
  handoffReceived: (done, total) => `Modtagne fotos: ${done} af ${total}`,
  handoffFinished: 'Din telefon er færdig.',
  handoffUseThisDevice: 'Brug denne enhed i stedet',
  phoneDoneTitle: 'Gå tilbage til computeren',
  phoneDoneBody: 'Alt er sendt. Du kan lukke siden og gå tilbage til computeren: den fortsætter af sig selv.',
  handoffOpenTitle: 'Fortsæt på denne telefon',
  handoffOpenBody:
    'Du har åbnet et link for at fortsætte din identitetsbekræftelse på denne telefon. Fortsæt kun, hvis du selv startede den på din computer.',
  handoffOpenButton: 'Fortsæt på denne telefon',
  handoffRefused: {
    unknown: {
      title: 'Linket er ikke gyldigt',
      instruction: 'Tjek, at du åbnede hele linket, eller opret et nyt på din computer.',
    },
    used: {
      title: 'Linket er allerede brugt',
      instruction: 'Hvert link virker én gang. Vælg »Opret et nyt link« på din computer, og scan den nye kode.',
    },
    expired: {
      title: 'Linket er udløbet',
      instruction: 'Links virker i 10 minutter. Vælg »Opret et nyt link« på din computer, og scan den nye kode.',
    },
    closed: {
      title: 'Denne bekræftelse er lukket',
      instruction: 'Den er allerede sendt ind eller udløbet. Du skal ikke gøre mere på denne telefon.',
    },
  },
};

export default da;
