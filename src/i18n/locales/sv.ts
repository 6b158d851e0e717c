/**
 * Swedish (sv). Machine-assisted translation by the team; not yet reviewed by a native speaker.
 * Terms kept consistent: identity document = ”id-handling”, selfie = ”selfie”,
 * liveness = ”närvarokontroll”, consent = ”samtycke”.
 */
import { counted } from '../plural.js';
import type { Translation } from '../translation.js';

const minutes = counted('sv', { one: 'minut', other: 'minuter' });

const sv: Translation = {
  $code: 'sv',
  $dir: 'ltr',
  $name: 'Svenska',

  widgetLabel: 'Identitetskontroll',
  progress: (step, total) => `Steg ${step} av ${total}`,
  continue: 'Fortsätt',
  back: 'Tillbaka',
  cancel: 'Avbryt',
  retry: 'Försök igen',
  loading: 'Din verifiering laddas…',

  introTitle: (name) => (name ? `Hej ${name}, nu verifierar vi din identitet` : 'Nu verifierar vi din identitet'),
  introBody: 'Det tar ungefär två minuter. Det här behöver du:',
  introNeedDocument: 'En giltig id-handling',
  introNeedSelfie: 'Ett snabbt foto av ditt ansikte',
  introNeedLiveness: 'Några enkla huvudrörelser',
  introTime: (m) => `Cirka ${minutes(m)}`,
  introStart: 'Börja',
  languageLabel: 'Språk',
  inAppTitle: 'Öppna sidan i din webbläsare',
  inAppBody: (app) =>
    `Webbläsaren i ${app} kan ofta inte använda kameran. Kopiera länken och öppna den i Safari, Chrome eller en annan webbläsare (eller välj ”Öppna i webbläsare” i appens meny), eller fortsätt på din telefon.`,
  inAppOpen: 'Öppna i min webbläsare',

  consentTitle: 'Ditt samtycke',
  consentBody: 'För att bekräfta att id-handlingen är din tar vi foton av ditt ansikte.',
  consentPoints: [
    'Ditt ansikte analyseras på den här enheten för att vägleda dig; bara de foton du godkänner skickas.',
    'Fotona används bara för att verifiera din identitet för den här begäran.',
    'Du kan avbryta när som helst.',
  ],
  consentAccept: 'Jag samtycker',
  consentDecline: 'Jag samtycker inte',

  documentSelectTitle: 'Välj id-handling',
  documentTypeLabel: 'Typ av handling',
  countryLabel: 'Utfärdande land',
  countryPlaceholder: 'Välj ett land',
  documentTypes: {
    passport: 'Pass',
    id_card: 'Id-kort',
    drivers_license: 'Körkort',
    residence_permit: 'Uppehållstillstånd',
  },

  captureTitle: {
    document_front: 'Id-handlingens framsida',
    document_back: 'Id-handlingens baksida',
    selfie: 'Ta en selfie',
    liveness: 'Närvarokontroll',
  },
  captureHint: {
    document_front: 'Lägg id-handlingens framsida inom ramen, på ett mörkt underlag, utan reflexer.',
    document_back: 'Vänd på id-handlingen och lägg baksidan inom ramen.',
    selfie: 'Titta rakt in i kameran och håll ansiktet inom ovalen.',
    liveness: 'Följ instruktionerna för att visa att du är närvarande.',
  },
  shutter: 'Ta foto',
  switchCamera: 'Byt kamera',
  useFile: 'Ladda upp ett foto i stället',
  uploadInstead: 'Välj en fil',
  cameraStarting: 'Kameran startar…',
  cameraPickerLabel: 'Kamera',
  cameraBack: (n) => `Bakre kamera ${n}`,
  cameraFront: (n) => `Främre kamera ${n}`,
  cameraNumbered: (n) => `Kamera ${n}`,
  torch: 'Lampa',
  cameraPromptHelp:
    'Webbläsaren ber om tillstånd att använda kameran. Välj ”Tillåt” i frågan, oftast nära adressfältet.',
  guidance: {
    starting: 'Förbereder…',
    no_face: 'Vi ser inte ditt ansikte',
    multiple_faces: 'Bara en person får synas i bilden',
    too_far: 'Kom närmare',
    too_close: 'Flytta dig lite längre bort',
    off_centre: 'Centrera ansiktet i ovalen',
    too_dark: 'Det är för mörkt: leta upp mer ljus',
    too_blurry: 'Håll stilla: bilden är suddig',
    glare: 'Luta handlingen för att undvika reflexer',
    hold_still: 'Håll stilla…',
    good: 'Perfekt, håll kvar',
    capturing: 'Fotot tas…',
  },
  autoCaptureOn: 'Fotot tas automatiskt när bilden är bra.',
  manualCaptureOnly: 'Automatisk fotografering är inte tillgänglig på den här enheten. Ta fotot med knappen.',

  livenessTitle: 'Visa att du är närvarande',
  livenessIntro: 'Håll ansiktet i ovalen och följ varje instruktion.',
  livenessChallenge: {
    blink: 'Blinka långsamt',
    turn_left: 'Vrid huvudet åt vänster',
    turn_right: 'Vrid huvudet åt höger',
    smile: 'Le',
  },
  livenessHoldStill: 'Titta rakt fram och håll stilla',
  livenessTimeout: 'Det såg vi inte. Vi försöker igen.',
  livenessPassed: 'Klart',
  livenessStart: 'Starta kontrollen',
  livenessProgress: (done, total) => `${done} av ${total} klara`,
  manualCaptureOrFile:
    'Automatisk fotografering är inte tillgänglig på den här enheten. Ta fotot med knappen eller välj en fil.',
  livenessCantDo: 'Jag kan inte göra de här rörelserna',
  livenessPhoto: 'Ta ett foto för granskning',
  livenessPhotoReview: {
    title: 'Kontrollera fotot',
    check: 'Se till att hela ansiktet syns, skarpt och väl belyst. En person granskar det här fotot.',
  },
  livenessFallback: {
    vision_unavailable:
      'Den här enheten kan inte göra rörelsekontrollen. Ta ett foto i stället: en person granskar det.',
    challenge_failed: 'Rörelserna kändes inte igen. Ta ett foto i stället: en person granskar det.',
    no_baseline: 'Vi kunde inte se ditt ansikte rakt framifrån. Ta ett foto i stället: en person granskar det.',
    applicant_choice: 'Inga problem. Ta ett foto i stället: en person granskar det.',
  },

  reviewTitle: {
    document_front: 'Kontrollera framsidan',
    document_back: 'Kontrollera baksidan',
    selfie: 'Kontrollera din selfie',
    liveness: 'Kontrollen är klar',
  },
  reviewCheck: {
    document_front: 'Se till att all text går att läsa, utan oskärpa eller reflexer, och att hela handlingen syns.',
    document_back: 'Se till att all text går att läsa, utan oskärpa eller reflexer, och att hela handlingen syns.',
    selfie: 'Se till att hela ansiktet syns, skarpt och väl belyst.',
    liveness: 'Närvarokontrollen är registrerad.',
  },
  reviewImageAlt: {
    document_front: 'Foto av id-handlingens framsida',
    document_back: 'Foto av id-handlingens baksida',
    selfie: 'Din selfie',
    liveness: 'En bildruta från din närvarokontroll',
  },
  retake: 'Ta om',
  confirm: 'Använd fotot',

  fileTooLarge: (mb) => `Filen är för stor. Välj en bild under ${mb} MB.`,
  fileNotImage: 'Filen är varken ett foto eller en PDF.',
  fileHeicCorrupt:
    'Det här HEIC-fotot kunde inte öppnas; det kan vara skadat. Välj en annan fil eller ta ett foto med kameran.',
  fileHeicUnsupported: 'Det här HEIC-fotot kan inte öppnas här. Välj JPEG eller PNG, eller ta fotot med kameran.',
  fileUnreadable: 'Bilden kunde inte läsas. Välj ett annat foto.',
  filePdfTooLarge: (mb) => `Den här PDF-filen är för stor. Välj en PDF under ${mb} MB eller ett foto av dokumentet.`,
  filePdfEncrypted: 'Den här PDF-filen är lösenordsskyddad. Välj en PDF utan lösenord eller ett foto av dokumentet.',
  filePdfCorrupt:
    'Den här PDF-filen kunde inte öppnas; den kan vara skadad. Välj en annan fil eller ta ett foto med kameran.',
  documentReadIssue: {
    document_expired: {
      title: 'Dokumentet har gått ut',
      instruction: 'Giltighetstiden har passerat. Använd ett giltigt dokument, eller ta om bilden om den lästes fel.',
    },
    document_type_mismatch: {
      title: 'Det här är inte dokumentet du valde',
      instruction: 'Det läses som en annan typ av dokument. Välj det dokument du har, eller ta om bilden.',
    },
    document_country_mismatch: {
      title: 'Dokumentet är från ett annat land',
      instruction: 'Det stämmer inte med landet du valde. Välj rätt land, eller ta om bilden.',
    },
  },
  documentChooseAgain: 'Välj igen',

  uploadingTitle: 'Dina foton skickas',
  uploadingBody: 'Håll sidan öppen.',
  uploadProgress: (done, total) => `${done} av ${total} skickade`,
  uploadWaitingOnline: 'Du är offline. Sändningen fortsätter när anslutningen är tillbaka.',

  doneTitle: 'Tack',
  doneBody: 'Din verifiering har skickats in.',
  doneRedirecting: 'Du skickas tillbaka…',
  doneContinue: 'Fortsätt',

  cancelledTitle: 'Verifieringen avbröts',
  cancelledBody: 'Du kan stänga sidan. Inget mer skickas.',
  cancelConfirm: 'Avbryta verifieringen? Foton som inte har skickats än tas bort.',

  errorTitle: 'Något gick fel',
  errors: {
    vision_unavailable: {
      title: 'Automatiska kontroller är inte tillgängliga på den här enheten',
      instruction:
        'Du kan fortfarande ta varje foto med knappen. Närvarokontrollen tar då ett foto som en person granskar.',
    },
    camera_not_allowed: {
      title: 'Kameraåtkomst är blockerad',
      instruction:
        'Tillåt kameraåtkomst för den här webbplatsen i webbläsarens inställningar och försök igen. Du kan också ladda upp foton.',
    },
    camera_blocked_by_embed: {
      title: 'Kameran är inte tillgänglig i det här fönstret',
      instruction:
        'Sidan är inbäddad utan kameraåtkomst. Öppna verifieringen i ett eget fönster, eller ladda upp foton.',
    },
    camera_not_found: {
      title: 'Ingen kamera hittades',
      instruction: 'Anslut en kamera och försök igen, eller ladda upp foton.',
    },
    camera_in_use: {
      title: 'Kameran är upptagen',
      instruction: 'Stäng andra appar eller flikar som använder kameran och försök igen.',
    },
    camera_black: {
      title: 'Kameran visar bara svart',
      instruction:
        'Kontrollera att inget täcker linsen (vissa bärbara datorer har ett integritetsskydd eller en kameraknapp) och att det finns lite ljus, och försök igen. Du kan också välja en annan kamera.',
    },
    camera_frozen: {
      title: 'Kamerabilden har frusit',
      instruction: 'Kameran startade men bilden ändras inte. Försök igen, eller välj en annan kamera om du har en.',
    },
    constraints_unsatisfiable: {
      title: 'Kameran kan inte användas',
      instruction:
        'Din kamera stöder inte det som det här steget kräver. Prova en annan kamera, eller ladda upp foton.',
    },
    insecure_context: {
      title: 'Kameran kräver en säker anslutning',
      instruction: 'Öppna sidan via https, eller ladda upp foton.',
    },
    token_invalid: {
      title: 'Länken är inte giltig',
      instruction: 'Be om en ny verifieringslänk.',
    },
    token_expired: {
      title: 'Länken har gått ut',
      instruction: 'Verifieringslänkar gäller en begränsad tid. Be om en ny.',
    },
    session_completed: {
      title: 'Redan inskickad',
      instruction: 'Den här verifieringen har redan skickats in. Du behöver inte göra något mer.',
    },
    network: {
      title: 'Ingen anslutning',
      instruction: 'Kontrollera internetanslutningen. Inget har gått förlorat: försök igen när du är online.',
    },
    upload_rejected: {
      title: 'Ett foto godtogs inte',
      instruction: 'Ta det fotot igen.',
    },
    server_error: {
      title: 'Vår tjänst har problem',
      instruction: 'Inget har gått förlorat. Försök igen om en stund.',
    },
    bad_response: {
      title: 'Oväntat svar',
      instruction: 'Vi fick något vi inte väntade oss. Försök igen om en stund.',
    },
  },
  errorCode: (code) => `Felkod: ${code}`,
  handoffOffer: 'Fortsätt på telefonen',
  handoffTitle: 'Fortsätt på telefonen',
  handoffBody:
    'Skanna koden med telefonens kamera eller öppna länken på telefonen. Håll den här sidan öppen: den avslutas av sig själv när du är klar på telefonen.',
  handoffConnectedBody:
    'Fortsätt med stegen på telefonen. Håll den här sidan öppen: den avslutas av sig själv när du är klar.',
  handoffFinishedBody: 'Allt skickades från telefonen. Sidan avslutas nu.',
  handoffQrLabel: 'QR-kod för länken till telefonen',
  handoffLinkLabel: 'Länk till telefonen',
  handoffCopy: 'Kopiera länk',
  handoffCopied: 'Länken kopierad',
  handoffCopyManual: 'Markera länken och kopiera den.',
  handoffCreating: 'Länken skapas…',
  handoffValidFor: (m) => `Länken fungerar en gång, i ${minutes(m)}.`,
  handoffExpired: 'Länken har gått ut.',
  handoffStalled: 'Inget har hänt på telefonen på ett tag.',
  handoffNewLink: 'Skapa en ny länk',
  handoffFailed: 'Länken kunde inte skapas.',
  handoffWaiting: 'Väntar på telefonen…',
  handoffConnected: 'Telefonen är ansluten.',
  handoffPhoneStep: (step) => `På telefonen: ${step}`,
  handoffStepNames: {
    intro: 'kommer i gång',
    consent: 'samtycke',
    document_select: 'väljer handling',
    uploading: 'skickar',
    done: 'klar',
  },
  handoffReceived: (done, total) => `Mottagna foton: ${done} av ${total}`,
  handoffFinished: 'Telefonen är klar.',
  handoffUseThisDevice: 'Använd den här enheten i stället',
  phoneDoneTitle: 'Gå tillbaka till datorn',
  phoneDoneBody:
    'Allt har skickats. Du kan stänga sidan och gå tillbaka till datorn: där fortsätter det av sig självt.',
  handoffOpenTitle: 'Fortsätt på den här telefonen',
  handoffOpenBody:
    'Du har öppnat en länk för att fortsätta identitetskontrollen på den här telefonen. Fortsätt bara om du själv startade den på datorn.',
  handoffOpenButton: 'Fortsätt på den här telefonen',
  handoffRefused: {
    unknown: {
      title: 'Länken är inte giltig',
      instruction: 'Kontrollera att du öppnade hela länken, eller skapa en ny på datorn.',
    },
    used: {
      title: 'Länken har redan använts',
      instruction: 'Varje länk fungerar en gång. Välj ”Skapa en ny länk” på datorn och skanna den nya koden.',
    },
    expired: {
      title: 'Länken har gått ut',
      instruction: 'Länkar fungerar i 10 minuter. Välj ”Skapa en ny länk” på datorn och skanna den nya koden.',
    },
    closed: {
      title: 'Verifieringen är stängd',
      instruction: 'Den har redan skickats in eller gått ut. Du behöver inte göra något mer på den här telefonen.',
    },
  },
};

export default sv;
