/**
 * Croatian (hr). Machine-assisted translation by the team; not yet reviewed by a native speaker.
 * Terms kept consistent: identity document = „identifikacijska isprava”, selfie = „selfie”,
 * liveness = „provjera prisutnosti”, consent = „privola”.
 */
import { counted } from '../plural.js';
import type { Translation } from '../translation.js';

/** minuta (1, 21…), minute (2–4, 22–24…), minuta (5–20, 25…). */
const minutes = counted('hr', { few: 'minute', other: 'minuta' });
/** The accusative after „na”: minutu for one, else as above. */
const forMinutes = counted('hr', { one: 'minutu', few: 'minute', other: 'minuta' });

const hr: Translation = {
  $code: 'hr',
  $dir: 'ltr',
  $name: 'Hrvatski',

  widgetLabel: 'Provjera identiteta',
  progress: (step, total) => `Korak ${step} od ${total}`,
  continue: 'Nastavi',
  back: 'Natrag',
  cancel: 'Odustani',
  retry: 'Pokušaj ponovno',
  loading: 'Učitavanje provjere…',

  introTitle: (name) => (name ? `Bok ${name}, provjerimo vaš identitet` : 'Provjerimo vaš identitet'),
  introBody: 'Traje oko dvije minute. Trebat će vam:',
  introNeedDocument: 'Važeća identifikacijska isprava',
  introNeedSelfie: 'Brza fotografija vašeg lica',
  introNeedLiveness: 'Nekoliko jednostavnih pokreta glavom',
  introTime: (m) => `Oko ${minutes(m)}`,
  introStart: 'Započni',
  languageLabel: 'Jezik',
  inAppTitle: 'Otvorite ovu stranicu u pregledniku',
  inAppBody: (app) =>
    `Preglednik unutar aplikacije ${app} često ne može koristiti kameru. Kopirajte poveznicu i otvorite je u Safariju, Chromeu ili drugom pregledniku (ili u izborniku aplikacije odaberite „Otvori u pregledniku”) ili nastavite na telefonu.`,
  inAppOpen: 'Otvori u mojem pregledniku',

  consentTitle: 'Vaša privola',
  consentBody: 'Kako bismo potvrdili da ste vlasnik isprave, snimit ćemo fotografije vašeg lica.',
  consentPoints: [
    'Vaše se lice analizira na ovom uređaju kako bi vas se vodilo; šalju se samo fotografije koje potvrdite.',
    'Fotografije se koriste samo za provjeru vašeg identiteta za ovaj zahtjev.',
    'Možete prekinuti u bilo kojem trenutku.',
  ],
  consentAccept: 'Dajem privolu',
  consentDecline: 'Ne dajem privolu',

  documentSelectTitle: 'Odaberite ispravu',
  documentTypeLabel: 'Vrsta isprave',
  countryLabel: 'Država izdavanja',
  countryPlaceholder: 'Odaberite državu',
  documentTypes: {
    passport: 'Putovnica',
    id_card: 'Osobna iskaznica',
    drivers_license: 'Vozačka dozvola',
    residence_permit: 'Dozvola boravka',
  },

  captureTitle: {
    document_front: 'Prednja strana isprave',
    document_back: 'Stražnja strana isprave',
    selfie: 'Snimite selfie',
    liveness: 'Provjera prisutnosti',
  },
  captureHint: {
    document_front: 'Postavite prednju stranu isprave unutar okvira, na tamnu podlogu, bez odsjaja.',
    document_back: 'Okrenite ispravu i postavite stražnju stranu unutar okvira.',
    selfie: 'Gledajte ravno u kameru i držite lice unutar ovala.',
    liveness: 'Slijedite upute kako biste pokazali da ste prisutni.',
  },
  shutter: 'Snimi fotografiju',
  switchCamera: 'Promijeni kameru',
  useFile: 'Radije učitaj fotografiju',
  uploadInstead: 'Odaberi datoteku',
  cameraStarting: 'Pokretanje kamere…',
  cameraPickerLabel: 'Kamera',
  cameraBack: (n) => `Stražnja kamera ${n}`,
  cameraFront: (n) => `Prednja kamera ${n}`,
  cameraNumbered: (n) => `Kamera ${n}`,
  torch: 'Svjetiljka',
  cameraPromptHelp:
    'Preglednik traži dopuštenje za korištenje kamere. U upitu odaberite „Dopusti”, obično pokraj adresne trake.',
  guidance: {
    starting: 'Priprema…',
    no_face: 'Ne vidimo vaše lice',
    multiple_faces: 'Na slici smije biti samo jedna osoba',
    too_far: 'Približite se',
    too_close: 'Odmaknite se malo',
    off_centre: 'Smjestite lice u sredinu ovala',
    too_dark: 'Previše je mračno: potražite više svjetla',
    too_blurry: 'Ne mičite se: slika je mutna',
    glare: 'Nagnite ispravu kako biste izbjegli odsjaj',
    hold_still: 'Ne mičite se…',
    good: 'Savršeno, ostanite tako',
    capturing: 'Snimanje fotografije…',
  },
  autoCaptureOn: 'Fotografija se snima automatski kada je slika dobra.',
  manualCaptureOnly: 'Automatsko snimanje nije dostupno na ovom uređaju. Snimite fotografiju gumbom.',

  livenessTitle: 'Pokažite da ste prisutni',
  livenessIntro: 'Držite lice u ovalu i slijedite svaku uputu.',
  livenessChallenge: {
    blink: 'Polako trepnite',
    turn_left: 'Okrenite glavu ulijevo',
    turn_right: 'Okrenite glavu udesno',
    smile: 'Nasmiješite se',
  },
  livenessHoldStill: 'Gledajte ravno naprijed i ne mičite se',
  livenessTimeout: 'To nismo vidjeli. Pokušajmo ponovno.',
  livenessPassed: 'Gotovo',
  livenessStart: 'Započni provjeru',
  livenessProgress: (done, total) => `Gotovo ${done} od ${total}`,
  manualCaptureOrFile:
    'Automatsko snimanje nije dostupno na ovom uređaju. Snimite fotografiju gumbom ili odaberite datoteku.',
  livenessCantDo: 'Ne mogu izvesti te pokrete',
  livenessPhoto: 'Snimi jednu fotografiju za pregled',
  livenessPhotoReview: {
    title: 'Provjerite fotografiju',
    check: 'Provjerite je li cijelo lice vidljivo, oštro i dobro osvijetljeno. Ovu će fotografiju pregledati osoba.',
  },
  livenessFallback: {
    vision_unavailable:
      'Ovaj uređaj ne može izvesti provjeru pokreta. Umjesto toga snimite jednu fotografiju: pregledat će je osoba.',
    challenge_failed: 'Pokreti nisu prepoznati. Umjesto toga snimite jednu fotografiju: pregledat će je osoba.',
    no_baseline:
      'Nismo mogli vidjeti vaše lice sprijeda. Umjesto toga snimite jednu fotografiju: pregledat će je osoba.',
    applicant_choice: 'Nema problema. Umjesto toga snimite jednu fotografiju: pregledat će je osoba.',
  },

  reviewTitle: {
    document_front: 'Provjerite prednju stranu',
    document_back: 'Provjerite stražnju stranu',
    selfie: 'Provjerite selfie',
    liveness: 'Provjera je dovršena',
  },
  reviewCheck: {
    document_front: 'Provjerite je li sav tekst čitljiv, bez zamućenja i odsjaja, i je li cijela isprava vidljiva.',
    document_back: 'Provjerite je li sav tekst čitljiv, bez zamućenja i odsjaja, i je li cijela isprava vidljiva.',
    selfie: 'Provjerite je li cijelo lice vidljivo, oštro i dobro osvijetljeno.',
    liveness: 'Provjera prisutnosti je zabilježena.',
  },
  reviewImageAlt: {
    document_front: 'Fotografija prednje strane isprave',
    document_back: 'Fotografija stražnje strane isprave',
    selfie: 'Vaš selfie',
    liveness: 'Kadar iz provjere prisutnosti',
  },
  retake: 'Ponovi',
  confirm: 'Koristi ovu fotografiju',

  fileTooLarge: (mb) => `Datoteka je prevelika. Odaberite sliku manju od ${mb} MB.`,
  fileNotImage: 'Ova datoteka nije ni fotografija ni PDF.',
  fileHeicCorrupt:
    'Ovu fotografiju HEIC nije moguće otvoriti; možda je oštećena. Odaberite drugu datoteku ili snimite fotografiju kamerom.',
  fileHeicUnsupported:
    'Ova se fotografija HEIC ovdje ne može otvoriti. Odaberite JPEG ili PNG ili snimite fotografiju kamerom.',
  fileUnreadable: 'Sliku nije moguće pročitati. Odaberite drugu fotografiju.',
  filePdfTooLarge: (mb) => `Ovaj PDF je prevelik. Odaberite PDF manji od ${mb} MB ili fotografiju dokumenta.`,
  filePdfEncrypted: 'Ovaj PDF zaštićen je lozinkom. Odaberite PDF bez lozinke ili fotografiju dokumenta.',
  filePdfCorrupt:
    'Ovaj PDF nije moguće otvoriti; možda je oštećen. Odaberite drugu datoteku ili snimite fotografiju kamerom.',
  documentReadIssue: {
    document_expired: {
      title: 'Ovaj je dokument istekao',
      instruction:
        'Datum valjanosti je prošao. Upotrijebite valjani dokument ili ponovno snimite fotografiju ako je pogrešno pročitana.',
    },
    document_type_mismatch: {
      title: 'Ovo nije odabrani dokument',
      instruction: 'Čita se kao druga vrsta dokumenta. Odaberite dokument koji imate ili ponovno snimite fotografiju.',
    },
    document_country_mismatch: {
      title: 'Ovaj je dokument iz druge zemlje',
      instruction: 'Ne odgovara odabranoj zemlji. Odaberite pravu zemlju ili ponovno snimite fotografiju.',
    },
  },
  documentChooseAgain: 'Odaberi ponovno',

  uploadingTitle: 'Slanje fotografija',
  uploadingBody: 'Molimo, ne zatvarajte ovu stranicu.',
  uploadProgress: (done, total) => `Poslano ${done} od ${total}`,
  uploadWaitingOnline: 'Niste povezani. Slanje će se nastaviti kada se veza vrati.',

  doneTitle: 'Hvala',
  doneBody: 'Vaša je provjera predana.',
  doneRedirecting: 'Vraćamo vas…',
  doneContinue: 'Nastavi',

  cancelledTitle: 'Provjera je zaustavljena',
  cancelledBody: 'Možete zatvoriti ovu stranicu. Ništa se više neće poslati.',
  cancelConfirm: 'Zaustaviti provjeru? Fotografije koje još nisu poslane bit će odbačene.',

  errorTitle: 'Nešto nije u redu',
  errors: {
    vision_unavailable: {
      title: 'Automatske provjere nisu dostupne na ovom uređaju',
      instruction:
        'Svaku fotografiju i dalje možete snimiti gumbom. Provjera prisutnosti tada snima jednu fotografiju koju pregledava osoba.',
    },
    camera_not_allowed: {
      title: 'Pristup kameri je blokiran',
      instruction:
        'U postavkama preglednika dopustite pristup kameri za ovu stranicu pa pokušajte ponovno. Možete i učitati fotografije.',
    },
    camera_blocked_by_embed: {
      title: 'Kamera nije dostupna u ovom prozoru',
      instruction:
        'Stranica je ugrađena bez pristupa kameri. Otvorite provjeru u zasebnom prozoru ili učitajte fotografije.',
    },
    camera_not_found: {
      title: 'Kamera nije pronađena',
      instruction: 'Priključite kameru i pokušajte ponovno ili učitajte fotografije.',
    },
    camera_in_use: {
      title: 'Kamera je zauzeta',
      instruction: 'Zatvorite druge aplikacije ili kartice koje koriste kameru pa pokušajte ponovno.',
    },
    camera_black: {
      title: 'Kamera prikazuje samo crno',
      instruction:
        'Provjerite da ništa ne prekriva objektiv (neka prijenosna računala imaju poklopac ili tipku kamere) i da ima malo svjetla pa pokušajte ponovno. Možete odabrati i drugu kameru.',
    },
    camera_frozen: {
      title: 'Slika kamere se zamrznula',
      instruction:
        'Kamera se pokrenula, ali se slika ne mijenja. Pokušajte ponovno ili odaberite drugu kameru ako je imate.',
    },
    constraints_unsatisfiable: {
      title: 'Kamera se ne može koristiti',
      instruction:
        'Vaša kamera ne podržava ono što ovaj korak treba. Pokušajte s drugom kamerom ili učitajte fotografije.',
    },
    insecure_context: {
      title: 'Kamera treba sigurnu vezu',
      instruction: 'Otvorite ovu stranicu preko https-a ili učitajte fotografije.',
    },
    token_invalid: {
      title: 'Ova poveznica nije valjana',
      instruction: 'Zatražite novu poveznicu za provjeru.',
    },
    token_expired: {
      title: 'Ova je poveznica istekla',
      instruction: 'Poveznice za provjeru vrijede ograničeno vrijeme. Zatražite novu.',
    },
    session_completed: {
      title: 'Već predano',
      instruction: 'Ova je provjera već predana. Ne trebate učiniti ništa više.',
    },
    network: {
      title: 'Nema veze',
      instruction: 'Provjerite internetsku vezu. Ništa nije izgubljeno: pokušajte ponovno kada opet budete povezani.',
    },
    upload_rejected: {
      title: 'Fotografija nije prihvaćena',
      instruction: 'Molimo, snimite tu fotografiju ponovno.',
    },
    server_error: {
      title: 'Naša usluga ima poteškoća',
      instruction: 'Ništa nije izgubljeno. Pokušajte ponovno za trenutak.',
    },
    bad_response: {
      title: 'Neočekivan odgovor',
      instruction: 'Primili smo nešto što nismo očekivali. Pokušajte ponovno za trenutak.',
    },
  },
  errorCode: (code) => `Kôd pogreške: ${code}`,
  handoffOffer: 'Nastavite na telefonu',
  handoffTitle: 'Nastavite na telefonu',
  handoffBody:
    'Skenirajte ovaj kôd kamerom telefona ili otvorite poveznicu na telefonu. Ne zatvarajte ovu stranicu: završit će sama kada završite na telefonu.',
  handoffConnectedBody: 'Nastavite s koracima na telefonu. Ne zatvarajte ovu stranicu: završit će sama kada završite.',
  handoffFinishedBody: 'Sve je poslano s telefona. Ova stranica sada završava.',
  handoffQrLabel: 'QR kôd poveznice za telefon',
  handoffLinkLabel: 'Poveznica za telefon',
  handoffCopy: 'Kopiraj poveznicu',
  handoffCopied: 'Poveznica je kopirana',
  handoffCopyManual: 'Označite poveznicu i kopirajte je.',
  handoffCreating: 'Stvaranje poveznice…',
  handoffValidFor: (m) => `Poveznica radi jednom, na ${forMinutes(m)}.`,
  handoffExpired: 'Ova je poveznica istekla.',
  handoffStalled: 'Na telefonu se već neko vrijeme ništa ne događa.',
  handoffNewLink: 'Stvori novu poveznicu',
  handoffFailed: 'Poveznicu nije moguće stvoriti.',
  handoffWaiting: 'Čekamo vaš telefon…',
  handoffConnected: 'Telefon je povezan.',
  handoffPhoneStep: (step) => `Na telefonu: ${step}`,
  handoffStepNames: {
    intro: 'početak',
    consent: 'privola',
    document_select: 'odabir isprave',
    uploading: 'slanje',
    done: 'gotovo',
  },
  handoffReceived: (done, total) => `Primljene fotografije: ${done} od ${total}`,
  handoffFinished: 'Telefon je završio.',
  handoffUseThisDevice: 'Radije koristi ovaj uređaj',
  phoneDoneTitle: 'Vratite se na računalo',
  phoneDoneBody: 'Sve je poslano. Možete zatvoriti ovu stranicu i vratiti se na računalo: ondje se nastavlja samo.',
  handoffOpenTitle: 'Nastavite na ovom telefonu',
  handoffOpenBody:
    'Otvorili ste poveznicu za nastavak provjere identiteta na ovom telefonu. Nastavite samo ako ste je sami započeli na računalu.',
  handoffOpenButton: 'Nastavite na ovom telefonu',
  handoffRefused: {
    unknown: {
      title: 'Ova poveznica nije valjana',
      instruction: 'Provjerite jeste li otvorili cijelu poveznicu ili na računalu stvorite novu.',
    },
    used: {
      title: 'Ova je poveznica već iskorištena',
      instruction: 'Svaka poveznica radi jednom. Na računalu odaberite „Stvori novu poveznicu” i skenirajte novi kôd.',
    },
    expired: {
      title: 'Ova je poveznica istekla',
      instruction: 'Poveznice rade 10 minuta. Na računalu odaberite „Stvori novu poveznicu” i skenirajte novi kôd.',
    },
    closed: {
      title: 'Ova je provjera zatvorena',
      instruction: 'Već je predana ili je istekla. Na ovom telefonu ne trebate učiniti ništa više.',
    },
  },
};

export default hr;
