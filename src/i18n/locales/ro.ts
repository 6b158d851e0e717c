/**
 * Romanian (ro). Machine-assisted translation by the team; not yet reviewed by a native speaker.
 * Terms kept consistent: identity document = „act de identitate”, selfie = „selfie”,
 * liveness = „verificarea prezenței”, consent = „consimțământ”.
 */
import { counted } from '../plural.js';
import type { Translation } from '../translation.js';

/** 1 minut, 2–19 minute, 20 de minute (Romanian puts „de” before the noun from 20 on). */
const minutes = counted('ro', { one: 'minut', few: 'minute', other: 'de minute' });

const ro: Translation = {
  $code: 'ro',
  $dir: 'ltr',
  $name: 'Română',

  widgetLabel: 'Verificarea identității',
  progress: (step, total) => `Pasul ${step} din ${total}`,
  continue: 'Continuă',
  back: 'Înapoi',
  cancel: 'Anulează',
  retry: 'Încearcă din nou',
  loading: 'Se încarcă verificarea…',

  introTitle: (name) => (name ? `Bună, ${name}, hai să îți verificăm identitatea` : 'Hai să îți verificăm identitatea'),
  introBody: 'Durează cam două minute. Iată de ce ai nevoie:',
  introNeedDocument: 'Un act de identitate valabil',
  introNeedSelfie: 'O fotografie rapidă a feței',
  introNeedLiveness: 'Câteva mișcări simple ale capului',
  introTime: (m) => `Cam ${minutes(m)}`,
  introStart: 'Începe',
  languageLabel: 'Limba',
  inAppTitle: 'Deschide această pagină în browser',
  inAppBody: (app) =>
    `Browserul din ${app} adesea nu poate folosi camera. Copiază linkul și deschide-l în Safari, Chrome sau alt browser (ori alege „Deschide în browser” din meniul aplicației) sau continuă pe telefon.`,
  inAppOpen: 'Deschide în browserul meu',

  consentTitle: 'Consimțământul tău',
  consentBody: 'Pentru a confirma că actul îți aparține, vom face fotografii ale feței tale.',
  consentPoints: [
    'Fața ta este analizată pe acest dispozitiv pentru a te ghida; se trimit doar fotografiile pe care le confirmi.',
    'Fotografiile sunt folosite doar pentru verificarea identității tale pentru această cerere.',
    'Te poți opri oricând.',
  ],
  consentAccept: 'Sunt de acord',
  consentDecline: 'Nu sunt de acord',

  documentSelectTitle: 'Alege actul',
  documentTypeLabel: 'Tipul actului',
  countryLabel: 'Țara emitentă',
  countryPlaceholder: 'Selectează o țară',
  documentTypes: {
    passport: 'Pașaport',
    id_card: 'Carte de identitate',
    drivers_license: 'Permis de conducere',
    residence_permit: 'Permis de ședere',
  },

  captureTitle: {
    document_front: 'Fața actului',
    document_back: 'Spatele actului',
    selfie: 'Fă un selfie',
    liveness: 'Verificarea prezenței',
  },
  captureHint: {
    document_front: 'Așază fața actului în cadru, pe o suprafață închisă la culoare, fără reflexii.',
    document_back: 'Întoarce actul și așază spatele în cadru.',
    selfie: 'Privește drept în cameră și ține fața în interiorul ovalului.',
    liveness: 'Urmează instrucțiunile pentru a arăta că ești prezent.',
  },
  shutter: 'Fă fotografia',
  switchCamera: 'Schimbă camera',
  useFile: 'Încarcă o fotografie în schimb',
  uploadInstead: 'Alege un fișier',
  cameraStarting: 'Se pornește camera…',
  cameraPickerLabel: 'Cameră',
  cameraBack: (n) => `Camera din spate ${n}`,
  cameraFront: (n) => `Camera frontală ${n}`,
  cameraNumbered: (n) => `Cameră ${n}`,
  torch: 'Lanternă',
  cameraPromptHelp:
    'Browserul cere permisiunea de a folosi camera. Alege „Permite” în fereastra afișată, de obicei lângă bara de adrese.',
  guidance: {
    starting: 'Se pregătește…',
    no_face: 'Nu îți vedem fața',
    multiple_faces: 'În imagine trebuie să fie o singură persoană',
    too_far: 'Apropie-te',
    too_close: 'Depărtează-te puțin',
    off_centre: 'Centrează fața în oval',
    too_dark: 'Este prea întuneric: caută mai multă lumină',
    too_blurry: 'Nu te mișca: imaginea este neclară',
    glare: 'Înclină actul pentru a evita reflexiile',
    hold_still: 'Nu te mișca…',
    good: 'Perfect, rămâi așa',
    capturing: 'Se face fotografia…',
  },
  autoCaptureOn: 'Fotografia se face automat când imaginea este bună.',
  manualCaptureOnly:
    'Captura automată nu este disponibilă pe acest dispozitiv. Folosește butonul pentru a face fotografia.',

  livenessTitle: 'Arată că ești prezent',
  livenessIntro: 'Ține fața în oval și urmează fiecare instrucțiune.',
  livenessChallenge: {
    blink: 'Clipește încet',
    turn_left: 'Întoarce capul spre stânga ta',
    turn_right: 'Întoarce capul spre dreapta ta',
    smile: 'Zâmbește',
  },
  livenessHoldStill: 'Privește drept înainte și nu te mișca',
  livenessTimeout: 'Nu am observat asta. Hai să încercăm din nou.',
  livenessPassed: 'Gata',
  livenessStart: 'Începe verificarea',
  livenessProgress: (done, total) => `${done} din ${total} efectuate`,
  manualCaptureOrFile:
    'Captura automată nu este disponibilă pe acest dispozitiv. Folosește butonul pentru a face fotografia sau alege un fișier.',
  livenessCantDo: 'Nu pot face aceste mișcări',
  livenessPhoto: 'Fă o fotografie pentru verificare',
  livenessPhotoReview: {
    title: 'Verifică fotografia',
    check: 'Asigură-te că toată fața se vede, clar și bine luminată. O persoană va verifica această fotografie.',
  },
  livenessFallback: {
    vision_unavailable:
      'Acest dispozitiv nu poate face verificarea mișcărilor. Fă în schimb o fotografie: o va verifica o persoană.',
    challenge_failed: 'Mișcările nu au fost recunoscute. Fă în schimb o fotografie: o va verifica o persoană.',
    no_baseline: 'Nu ți-am putut vedea fața din față. Fă în schimb o fotografie: o va verifica o persoană.',
    applicant_choice: 'Nicio problemă. Fă în schimb o fotografie: o va verifica o persoană.',
  },

  reviewTitle: {
    document_front: 'Verifică fața',
    document_back: 'Verifică spatele',
    selfie: 'Verifică selfie-ul',
    liveness: 'Verificare încheiată',
  },
  reviewCheck: {
    document_front:
      'Asigură-te că tot textul se poate citi, fără neclarități sau reflexii, și că actul se vede în întregime.',
    document_back:
      'Asigură-te că tot textul se poate citi, fără neclarități sau reflexii, și că actul se vede în întregime.',
    selfie: 'Asigură-te că toată fața se vede, clar și bine luminată.',
    liveness: 'Verificarea prezenței a fost înregistrată.',
  },
  reviewImageAlt: {
    document_front: 'Fotografia feței actului',
    document_back: 'Fotografia spatelui actului',
    selfie: 'Selfie-ul tău',
    liveness: 'Un cadru din verificarea prezenței',
  },
  retake: 'Refă',
  confirm: 'Folosește fotografia',

  fileTooLarge: (mb) => `Fișierul este prea mare. Alege o imagine sub ${mb} MB.`,
  fileNotImage: 'Acest fișier nu este nici fotografie, nici PDF.',
  fileHeicCorrupt:
    'Această fotografie HEIC nu a putut fi deschisă; poate fi deteriorată. Alege alt fișier sau fă o fotografie cu camera.',
  fileHeicUnsupported:
    'Această fotografie HEIC nu poate fi deschisă aici. Alege un JPEG sau PNG ori fă fotografia cu camera.',
  fileUnreadable: 'Imaginea nu a putut fi citită. Alege altă fotografie.',
  filePdfTooLarge: (mb) => `Acest PDF este prea mare. Alege un PDF sub ${mb} MB sau o fotografie a documentului.`,
  filePdfEncrypted: 'Acest PDF este protejat prin parolă. Alege un PDF fără parolă sau o fotografie a documentului.',
  filePdfCorrupt:
    'Acest PDF nu a putut fi deschis; poate fi deteriorat. Alege alt fișier sau fă o fotografie cu camera.',
  documentReadIssue: {
    document_expired: {
      title: 'Acest document a expirat',
      instruction:
        'Data de expirare a trecut. Folosește un document valabil sau refă fotografia dacă a fost citită greșit.',
    },
    document_type_mismatch: {
      title: 'Nu este documentul ales',
      instruction: 'Se citește ca alt tip de document. Alege documentul pe care îl ai sau refă fotografia.',
    },
    document_country_mismatch: {
      title: 'Acest document este din altă țară',
      instruction: 'Nu se potrivește cu țara aleasă. Alege țara corectă sau refă fotografia.',
    },
  },
  documentChooseAgain: 'Alege din nou',

  uploadingTitle: 'Se trimit fotografiile',
  uploadingBody: 'Te rugăm să ții pagina deschisă.',
  uploadProgress: (done, total) => `${done} din ${total} trimise`,
  uploadWaitingOnline: 'Ești offline. Trimiterea va continua când revine conexiunea.',

  doneTitle: 'Mulțumim',
  doneBody: 'Verificarea ta a fost trimisă.',
  doneRedirecting: 'Te ducem înapoi…',
  doneContinue: 'Continuă',

  cancelledTitle: 'Verificare oprită',
  cancelledBody: 'Poți închide această pagină. Nu se mai trimite nimic.',
  cancelConfirm: 'Oprești verificarea? Fotografiile netrimise încă vor fi șterse.',

  errorTitle: 'Ceva nu a mers bine',
  errors: {
    vision_unavailable: {
      title: 'Verificările automate nu sunt disponibile pe acest dispozitiv',
      instruction:
        'Poți face în continuare fiecare fotografie cu butonul. Verificarea prezenței face atunci o singură fotografie, verificată de o persoană.',
    },
    camera_not_allowed: {
      title: 'Accesul la cameră este blocat',
      instruction:
        'Permite accesul la cameră pentru acest site în setările browserului, apoi încearcă din nou. Poți și să încarci fotografii.',
    },
    camera_blocked_by_embed: {
      title: 'Camera nu este disponibilă în această fereastră',
      instruction:
        'Pagina este încorporată fără acces la cameră. Deschide verificarea într-o fereastră separată sau încarcă fotografii.',
    },
    camera_not_found: {
      title: 'Nu s-a găsit nicio cameră',
      instruction: 'Conectează o cameră și încearcă din nou sau încarcă fotografii.',
    },
    camera_in_use: {
      title: 'Camera este ocupată',
      instruction: 'Închide alte aplicații sau file care folosesc camera, apoi încearcă din nou.',
    },
    camera_black: {
      title: 'Camera arată doar negru',
      instruction:
        'Verifică dacă nimic nu acoperă obiectivul (unele laptopuri au un capac de confidențialitate sau o tastă pentru cameră) și dacă este puțină lumină, apoi încearcă din nou. Poți alege și altă cameră.',
    },
    camera_frozen: {
      title: 'Imaginea camerei este înghețată',
      instruction: 'Camera a pornit, dar imaginea nu se schimbă. Încearcă din nou sau alege altă cameră, dacă ai.',
    },
    constraints_unsatisfiable: {
      title: 'Camera nu poate fi folosită',
      instruction: 'Camera ta nu suportă ce cere acest pas. Încearcă altă cameră sau încarcă fotografii.',
    },
    insecure_context: {
      title: 'Camera are nevoie de o conexiune securizată',
      instruction: 'Deschide pagina prin https sau încarcă fotografii.',
    },
    token_invalid: {
      title: 'Acest link nu este valid',
      instruction: 'Cere un link nou de verificare.',
    },
    token_expired: {
      title: 'Acest link a expirat',
      instruction: 'Linkurile de verificare sunt valabile un timp limitat. Cere unul nou.',
    },
    session_completed: {
      title: 'Deja trimisă',
      instruction: 'Această verificare a fost deja trimisă. Nu mai ai nimic de făcut.',
    },
    network: {
      title: 'Fără conexiune',
      instruction: 'Verifică conexiunea la internet. Nu ai pierdut nimic: încearcă din nou când ești iar online.',
    },
    upload_rejected: {
      title: 'O fotografie nu a fost acceptată',
      instruction: 'Te rugăm să refaci acea fotografie.',
    },
    server_error: {
      title: 'Serviciul nostru are probleme',
      instruction: 'Nu ai pierdut nimic. Încearcă din nou peste câteva momente.',
    },
    bad_response: {
      title: 'Răspuns neașteptat',
      instruction: 'Am primit ceva la care nu ne așteptam. Încearcă din nou peste câteva momente.',
    },
  },
  errorCode: (code) => `Cod de eroare: ${code}`,
  handoffOffer: 'Continuă pe telefon',
  handoffTitle: 'Continuă pe telefon',
  handoffBody:
    'Scanează acest cod cu camera telefonului sau deschide linkul pe telefon. Ține această pagină deschisă: se încheie singură când termini pe telefon.',
  handoffConnectedBody: 'Continuă pașii pe telefon. Ține această pagină deschisă: se încheie singură când termini.',
  handoffFinishedBody: 'Totul a fost trimis de pe telefon. Această pagină se încheie acum.',
  handoffQrLabel: 'Codul QR al linkului pentru telefon',
  handoffLinkLabel: 'Link pentru telefon',
  handoffCopy: 'Copiază linkul',
  handoffCopied: 'Link copiat',
  handoffCopyManual: 'Selectează linkul și copiază-l.',
  handoffCreating: 'Se creează un link…',
  handoffValidFor: (m) => `Linkul funcționează o singură dată, timp de ${minutes(m)}.`,
  handoffExpired: 'Acest link a expirat.',
  handoffStalled: 'De ceva vreme nu se întâmplă nimic pe telefon.',
  handoffNewLink: 'Creează un link nou',
  handoffFailed: 'Linkul nu a putut fi creat.',
  handoffWaiting: 'Se așteaptă telefonul…',
  handoffConnected: 'Telefonul este conectat.',
  handoffPhoneStep: (step) => `Pe telefon: ${step}`,
  handoffStepNames: {
    intro: 'începutul',
    consent: 'consimțământul',
    document_select: 'alegerea actului',
    uploading: 'trimiterea',
    done: 'încheiat',
  },
  handoffReceived: (done, total) => `Fotografii primite: ${done} din ${total}`,
  handoffFinished: 'Telefonul a terminat.',
  handoffUseThisDevice: 'Folosește totuși acest dispozitiv',
  phoneDoneTitle: 'Întoarce-te la calculator',
  phoneDoneBody: 'Totul a fost trimis. Poți închide pagina și te poți întoarce la calculator: acolo continuă singur.',
  handoffOpenTitle: 'Continuă pe acest telefon',
  handoffOpenBody:
    'Ai deschis un link pentru a continua verificarea identității pe acest telefon. Continuă doar dacă ai început-o chiar tu pe calculator.',
  handoffOpenButton: 'Continuă pe acest telefon',
  handoffRefused: {
    unknown: {
      title: 'Acest link nu este valid',
      instruction: 'Verifică dacă ai deschis linkul întreg sau creează unul nou pe calculator.',
    },
    used: {
      title: 'Acest link a fost deja folosit',
      instruction:
        'Fiecare link funcționează o singură dată. Pe calculator, alege „Creează un link nou” și scanează noul cod.',
    },
    expired: {
      title: 'Acest link a expirat',
      instruction: 'Linkurile funcționează 10 minute. Pe calculator, alege „Creează un link nou” și scanează noul cod.',
    },
    closed: {
      title: 'Această verificare este închisă',
      instruction: 'A fost deja trimisă sau a expirat. Nu mai ai nimic de făcut pe acest telefon.',
    },
  },
};

export default ro;
