/**
 * Hungarian (hu). Machine-assisted translation by the team; not yet reviewed by a native speaker.
 * Terms kept consistent: identity document = „személyazonosító okmány”, selfie = „szelfi”,
 * liveness = „jelenlét-ellenőrzés”, consent = „hozzájárulás”. Counted nouns stay singular after a
 * number in Hungarian (3 perc), so no plural forms are needed.
 */
import type { Translation } from '../translation.js';

const hu: Translation = {
  $code: 'hu',
  $dir: 'ltr',
  $name: 'Magyar',

  widgetLabel: 'Személyazonosság-ellenőrzés',
  progress: (step, total) => `${step}/${total}. lépés`,
  continue: 'Tovább',
  back: 'Vissza',
  cancel: 'Mégse',
  retry: 'Újrapróbálás',
  loading: 'Az ellenőrzés betöltése…',

  introTitle: (name) =>
    name ? `Szia, ${name}! Ellenőrizzük a személyazonosságodat` : 'Ellenőrizzük a személyazonosságodat',
  introBody: 'Körülbelül két percet vesz igénybe. Ezekre lesz szükséged:',
  introNeedDocument: 'Érvényes személyazonosító okmány',
  introNeedSelfie: 'Egy gyors fotó az arcodról',
  introNeedLiveness: 'Néhány egyszerű fejmozdulat',
  introTime: (m) => `Kb. ${m} perc`,
  introStart: 'Kezdés',
  languageLabel: 'Nyelv',
  inAppTitle: 'Nyisd meg ezt az oldalt a böngésződben',
  inAppBody: (app) =>
    `A(z) ${app} beépített böngészője gyakran nem tudja használni a kamerát. Másold ki a linket, és nyisd meg Safariban, Chrome-ban vagy más böngészőben (vagy válaszd az alkalmazás menüjében a „Megnyitás böngészőben” lehetőséget), vagy folytasd a telefonodon.`,
  inAppOpen: 'Megnyitás a böngészőmben',

  consentTitle: 'Hozzájárulásod',
  consentBody: 'Annak megerősítésére, hogy az okmány a tiéd, fényképeket készítünk az arcodról.',
  consentPoints: [
    'Az arcodat ezen az eszközön elemezzük, hogy segítsünk; csak az általad jóváhagyott fotókat küldjük el.',
    'A fotókat kizárólag a személyazonosságod ellenőrzésére használjuk ennél a kérelemnél.',
    'Bármikor abbahagyhatod.',
  ],
  consentAccept: 'Hozzájárulok',
  consentDecline: 'Nem járulok hozzá',

  documentSelectTitle: 'Válaszd ki az okmányt',
  documentTypeLabel: 'Okmány típusa',
  countryLabel: 'Kiállító ország',
  countryPlaceholder: 'Válassz országot',
  documentTypes: {
    passport: 'Útlevél',
    id_card: 'Személyi igazolvány',
    drivers_license: 'Vezetői engedély',
    residence_permit: 'Tartózkodási engedély',
  },

  captureTitle: {
    document_front: 'Az okmány előlapja',
    document_back: 'Az okmány hátlapja',
    selfie: 'Készíts szelfit',
    liveness: 'Jelenlét-ellenőrzés',
  },
  captureHint: {
    document_front: 'Helyezd az okmány előlapját a keretbe, sötét felületre, tükröződés nélkül.',
    document_back: 'Fordítsd meg az okmányt, és helyezd a hátlapját a keretbe.',
    selfie: 'Nézz egyenesen a kamerába, és tartsd az arcodat az oválison belül.',
    liveness: 'Kövesd az utasításokat, hogy megmutasd: jelen vagy.',
  },
  shutter: 'Fotó készítése',
  switchCamera: 'Kameraváltás',
  useFile: 'Inkább fotót töltök fel',
  uploadInstead: 'Fájl kiválasztása',
  cameraStarting: 'A kamera indítása…',
  cameraPickerLabel: 'Kamera választása',
  cameraBack: (n) => `${n}. hátlapi kamera`,
  cameraFront: (n) => `${n}. előlapi kamera`,
  cameraNumbered: (n) => `${n}. kamera`,
  torch: 'Lámpa',
  cameraPromptHelp:
    'A böngésződ engedélyt kér a kamera használatára. Válaszd az „Engedélyezés” lehetőséget, általában a címsor közelében.',
  guidance: {
    starting: 'Előkészítés…',
    no_face: 'Nem látjuk az arcodat',
    multiple_faces: 'Csak egy ember legyen a képen',
    too_far: 'Gyere közelebb',
    too_close: 'Menj egy kicsit távolabb',
    off_centre: 'Igazítsd az arcodat az ovális közepére',
    too_dark: 'Túl sötét van: keress több fényt',
    too_blurry: 'Maradj mozdulatlan: a kép elmosódott',
    glare: 'Döntsd meg az okmányt a tükröződés elkerüléséhez',
    hold_still: 'Maradj mozdulatlan…',
    good: 'Tökéletes, maradj így',
    capturing: 'Fotó készítése…',
  },
  autoCaptureOn: 'A fotó automatikusan elkészül, amikor a kép megfelelő.',
  manualCaptureOnly: 'Az automatikus fotózás ezen az eszközön nem érhető el. A fotót a gombbal készítsd el.',

  livenessTitle: 'Mutasd meg, hogy jelen vagy',
  livenessIntro: 'Tartsd az arcodat az oválisban, és kövesd az utasításokat.',
  livenessChallenge: {
    blink: 'Pislogj lassan',
    turn_left: 'Fordítsd a fejed balra',
    turn_right: 'Fordítsd a fejed jobbra',
    smile: 'Mosolyogj',
  },
  livenessHoldStill: 'Nézz egyenesen előre, és maradj mozdulatlan',
  livenessTimeout: 'Ezt nem láttuk. Próbáljuk újra.',
  livenessPassed: 'Kész',
  livenessStart: 'Ellenőrzés indítása',
  livenessProgress: (done, total) => `${done}/${total} kész`,
  manualCaptureOrFile:
    'Az automatikus fotózás ezen az eszközön nem érhető el. A fotót a gombbal készítsd el, vagy válassz egy fájlt.',
  livenessCantDo: 'Nem tudom megcsinálni ezeket a mozdulatokat',
  livenessPhoto: 'Egy fotó készítése ellenőrzésre',
  livenessPhotoReview: {
    title: 'Ellenőrizd a fotót',
    check:
      'Győződj meg róla, hogy az egész arcod látszik, éles és jól megvilágított. Ezt a fotót egy munkatársunk ellenőrzi.',
  },
  livenessFallback: {
    vision_unavailable:
      'Ez az eszköz nem tudja elvégezni a mozdulatok ellenőrzését. Készíts helyette egy fotót: egy munkatársunk ellenőrzi.',
    challenge_failed: 'A mozdulatokat nem sikerült felismerni. Készíts helyette egy fotót: egy munkatársunk ellenőrzi.',
    no_baseline: 'Nem láttuk az arcodat szemből. Készíts helyette egy fotót: egy munkatársunk ellenőrzi.',
    applicant_choice: 'Semmi gond. Készíts helyette egy fotót: egy munkatársunk ellenőrzi.',
  },

  reviewTitle: {
    document_front: 'Ellenőrizd az előlapot',
    document_back: 'Ellenőrizd a hátlapot',
    selfie: 'Ellenőrizd a szelfit',
    liveness: 'Ellenőrzés kész',
  },
  reviewCheck: {
    document_front:
      'Győződj meg róla, hogy minden szöveg olvasható, elmosódás és tükröződés nélkül, és az egész okmány látszik.',
    document_back:
      'Győződj meg róla, hogy minden szöveg olvasható, elmosódás és tükröződés nélkül, és az egész okmány látszik.',
    selfie: 'Győződj meg róla, hogy az egész arcod látszik, éles és jól megvilágított.',
    liveness: 'A jelenlét-ellenőrzés rögzítve.',
  },
  reviewImageAlt: {
    document_front: 'Fotó az okmány előlapjáról',
    document_back: 'Fotó az okmány hátlapjáról',
    selfie: 'A szelfid',
    liveness: 'Egy képkocka a jelenlét-ellenőrzésből',
  },
  retake: 'Újra',
  confirm: 'Ezt a fotót használom',

  fileTooLarge: (mb) => `Ez a fájl túl nagy. Válassz ${mb} MB-nál kisebb képet.`,
  fileNotImage: 'Ez a fájl nem fotó és nem PDF.',
  fileHeicCorrupt:
    'Ezt a HEIC fotót nem sikerült megnyitni; lehet, hogy sérült. Válassz másik fájlt, vagy készíts fotót a kamerával.',
  fileHeicUnsupported:
    'Ez a HEIC fotó itt nem nyitható meg. Válassz JPEG vagy PNG képet, vagy készítsd el a fotót a kamerával.',
  fileUnreadable: 'Ezt a képet nem sikerült beolvasni. Válassz másik fotót.',
  filePdfTooLarge: (mb) => `Ez a PDF túl nagy. Válassz ${mb} MB-nál kisebb PDF-et vagy egy fotót a dokumentumról.`,
  filePdfEncrypted: 'Ez a PDF jelszóval védett. Válassz jelszó nélküli PDF-et vagy egy fotót a dokumentumról.',
  filePdfCorrupt:
    'Ezt a PDF-et nem sikerült megnyitni; lehet, hogy sérült. Válassz másik fájlt, vagy készíts fotót a kamerával.',
  documentReadIssue: {
    document_expired: {
      title: 'Ez az okmány lejárt',
      instruction:
        'Az érvényessége lejárt. Használj érvényes okmányt, vagy készítsd el újra a fotót, ha rosszul lett beolvasva.',
    },
    document_type_mismatch: {
      title: 'Ez nem a választott okmány',
      instruction:
        'Más típusú okmányként olvasható be. Válaszd azt az okmányt, amely nálad van, vagy készítsd el újra a fotót.',
    },
    document_country_mismatch: {
      title: 'Ez az okmány más országból való',
      instruction: 'Nem egyezik a választott országgal. Válaszd a helyes országot, vagy készítsd el újra a fotót.',
    },
  },
  documentChooseAgain: 'Választás újra',

  uploadingTitle: 'A fotók küldése',
  uploadingBody: 'Kérjük, hagyd nyitva ezt az oldalt.',
  uploadProgress: (done, total) => `${done}/${total} elküldve`,
  uploadWaitingOnline: 'Nincs internetkapcsolat. A küldés folytatódik, amint visszatér a kapcsolat.',

  doneTitle: 'Köszönjük',
  doneBody: 'Az ellenőrzésedet elküldtük.',
  doneRedirecting: 'Visszairányítunk…',
  doneContinue: 'Tovább',

  cancelledTitle: 'Az ellenőrzés leállítva',
  cancelledBody: 'Bezárhatod ezt az oldalt. Több adatot nem küldünk.',
  cancelConfirm: 'Leállítod az ellenőrzést? A még el nem küldött fotók törlődnek.',

  errorTitle: 'Hiba történt',
  errors: {
    vision_unavailable: {
      title: 'Az automatikus ellenőrzések ezen az eszközön nem érhetők el',
      instruction:
        'Minden fotót elkészíthetsz a gombbal. A jelenlét-ellenőrzés ekkor egyetlen fotót készít, amelyet egy munkatársunk ellenőriz.',
    },
    camera_not_allowed: {
      title: 'A kamera-hozzáférés le van tiltva',
      instruction:
        'Engedélyezd a kamera-hozzáférést ehhez az oldalhoz a böngésző beállításaiban, majd próbáld újra. Fotókat is feltölthetsz.',
    },
    camera_blocked_by_embed: {
      title: 'A kamera ebben az ablakban nem érhető el',
      instruction:
        'Ez az oldal kamera-hozzáférés nélkül van beágyazva. Nyisd meg az ellenőrzést külön ablakban, vagy tölts fel fotókat.',
    },
    camera_not_found: {
      title: 'Nem található kamera',
      instruction: 'Csatlakoztass egy kamerát, és próbáld újra, vagy tölts fel fotókat.',
    },
    camera_in_use: {
      title: 'A kamera foglalt',
      instruction: 'Zárd be a kamerát használó többi alkalmazást vagy lapot, majd próbáld újra.',
    },
    camera_black: {
      title: 'A kamera csak feketét mutat',
      instruction:
        'Ellenőrizd, hogy semmi sem takarja az objektívet (egyes laptopokon van takaró vagy kameragomb), és hogy van némi fény, majd próbáld újra. Másik kamerát is választhatsz.',
    },
    camera_frozen: {
      title: 'A kamera képe megfagyott',
      instruction: 'A kamera elindult, de a képe nem változik. Próbáld újra, vagy válassz másik kamerát, ha van.',
    },
    constraints_unsatisfiable: {
      title: 'A kamera nem használható',
      instruction:
        'A kamerád nem támogatja, amire ennek a lépésnek szüksége van. Próbálj másik kamerát, vagy tölts fel fotókat.',
    },
    insecure_context: {
      title: 'A kamerához biztonságos kapcsolat kell',
      instruction: 'Nyisd meg ezt az oldalt https-en keresztül, vagy tölts fel fotókat.',
    },
    token_invalid: {
      title: 'Ez a link nem érvényes',
      instruction: 'Kérj új ellenőrző linket.',
    },
    token_expired: {
      title: 'Ez a link lejárt',
      instruction: 'Az ellenőrző linkek korlátozott ideig érvényesek. Kérj újat.',
    },
    session_completed: {
      title: 'Már elküldve',
      instruction: 'Ezt az ellenőrzést már elküldték. Nincs további teendőd.',
    },
    network: {
      title: 'Nincs kapcsolat',
      instruction: 'Ellenőrizd az internetkapcsolatot. Semmi sem veszett el: próbáld újra, ha ismét online vagy.',
    },
    upload_rejected: {
      title: 'Egy fotót nem fogadtunk el',
      instruction: 'Kérjük, készítsd el újra azt a fotót.',
    },
    server_error: {
      title: 'Szolgáltatásunk hibát észlelt',
      instruction: 'Semmi sem veszett el. Próbáld újra egy pillanat múlva.',
    },
    bad_response: {
      title: 'Váratlan válasz',
      instruction: 'Olyasmit kaptunk, amire nem számítottunk. Próbáld újra egy pillanat múlva.',
    },
  },
  errorCode: (code) => `Hibakód: ${code}`,
  handoffOffer: 'Folytatás telefonon',
  handoffTitle: 'Folytatás telefonon',
  handoffBody:
    'Olvasd be ezt a kódot a telefonod kamerájával, vagy nyisd meg a linket a telefonon. Hagyd nyitva ezt az oldalt: magától befejeződik, amikor a telefonon végeztél.',
  handoffConnectedBody:
    'Folytasd a lépéseket a telefonon. Hagyd nyitva ezt az oldalt: magától befejeződik, amikor végeztél.',
  handoffFinishedBody: 'Minden elküldve a telefonodról. Ez az oldal most befejeződik.',
  handoffQrLabel: 'A telefonos link QR-kódja',
  handoffLinkLabel: 'Link a telefonhoz',
  handoffCopy: 'Link másolása',
  handoffCopied: 'Link másolva',
  handoffCopyManual: 'Jelöld ki a linket, és másold ki.',
  handoffCreating: 'Link létrehozása…',
  handoffValidFor: (m) => `A link egyszer használható, ${m} percig.`,
  handoffExpired: 'Ez a link lejárt.',
  handoffStalled: 'Egy ideje nem történik semmi a telefonon.',
  handoffNewLink: 'Új link létrehozása',
  handoffFailed: 'A linket nem sikerült létrehozni.',
  handoffWaiting: 'Várakozás a telefonra…',
  handoffConnected: 'A telefon csatlakozott.',
  handoffPhoneStep: (step) => `A telefonon: ${step}`,
  handoffStepNames: {
    intro: 'kezdés',
    consent: 'hozzájárulás',
    document_select: 'okmány kiválasztása',
    uploading: 'küldés',
    done: 'kész',
  },
  handoffReceived: (done, total) => `Beérkezett fotók: ${done}/${total}`,
  handoffFinished: 'A telefon végzett.',
  handoffUseThisDevice: 'Inkább ezt az eszközt használom',
  phoneDoneTitle: 'Térj vissza a számítógéphez',
  phoneDoneBody:
    'Minden elküldve. Bezárhatod ezt az oldalt, és visszatérhetsz a számítógéphez: ott magától folytatódik.',
  handoffOpenTitle: 'Folytatás ezen a telefonon',
  handoffOpenBody:
    'Egy linket nyitottál meg, hogy ezen a telefonon folytasd a személyazonosság ellenőrzését. Csak akkor folytasd, ha te magad kezdted el a számítógépen.',
  handoffOpenButton: 'Folytatás ezen a telefonon',
  handoffRefused: {
    unknown: {
      title: 'Ez a link nem érvényes',
      instruction: 'Ellenőrizd, hogy a teljes linket nyitottad-e meg, vagy hozz létre újat a számítógépen.',
    },
    used: {
      title: 'Ezt a linket már felhasználták',
      instruction:
        'Minden link egyszer használható. A számítógépen válaszd az „Új link létrehozása” lehetőséget, és olvasd be az új kódot.',
    },
    expired: {
      title: 'Ez a link lejárt',
      instruction:
        'A linkek 10 percig érvényesek. A számítógépen válaszd az „Új link létrehozása” lehetőséget, és olvasd be az új kódot.',
    },
    closed: {
      title: 'Ez az ellenőrzés lezárult',
      instruction: 'Már elküldték, vagy lejárt. Ezen a telefonon nincs további teendőd.',
    },
  },
};

export default hu;
