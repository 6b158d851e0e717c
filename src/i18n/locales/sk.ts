/**
 * Slovak (sk). Machine-assisted translation by the team; not yet reviewed by a native speaker.
 * Terms kept consistent: identity document = „doklad totožnosti“, selfie = „selfie“,
 * liveness = „overenie prítomnosti“, consent = „súhlas“.
 */
import { counted } from '../plural.js';
import type { Translation } from '../translation.js';

/** minúta (1), minúty (2–4), minút (5+), minúty (fractions). */
const minutes = counted('sk', { one: 'minúta', few: 'minúty', many: 'minúty', other: 'minút' });
/** After „na“ (accusative): minútu for one. */
const forMinutes = counted('sk', { one: 'minútu', few: 'minúty', many: 'minúty', other: 'minút' });

const sk: Translation = {
  $code: 'sk',
  $dir: 'ltr',
  $name: 'Slovenčina',

  widgetLabel: 'Overenie totožnosti',
  progress: (step, total) => `Krok ${step} z ${total}`,
  continue: 'Pokračovať',
  back: 'Späť',
  cancel: 'Zrušiť',
  retry: 'Skúsiť znova',
  loading: 'Načítava sa overenie…',

  introTitle: (name) => (name ? `Dobrý deň, ${name}, overme vašu totožnosť` : 'Overme vašu totožnosť'),
  introBody: 'Trvá to asi dve minúty. Budete potrebovať:',
  introNeedDocument: 'Platný doklad totožnosti',
  introNeedSelfie: 'Rýchlu fotku tváre',
  introNeedLiveness: 'Niekoľko jednoduchých pohybov hlavou',
  introTime: (m) => `Asi ${minutes(m)}`,
  introStart: 'Začať',
  languageLabel: 'Jazyk',
  inAppTitle: 'Otvorte túto stránku v prehliadači',
  inAppBody: (app) =>
    `Prehliadač v aplikácii ${app} často nemôže použiť fotoaparát. Skopírujte odkaz a otvorte ho v Safari, Chrome alebo inom prehliadači (alebo v ponuke aplikácie zvoľte „Otvoriť v prehliadači“), prípadne pokračujte v telefóne.`,
  inAppOpen: 'Otvoriť v mojom prehliadači',

  consentTitle: 'Váš súhlas',
  consentBody: 'Aby sme potvrdili, že ste držiteľom dokladu, urobíme fotografie vašej tváre.',
  consentPoints: [
    'Vaša tvár sa analyzuje v tomto zariadení, aby vás mohla navádzať; odosielajú sa len fotografie, ktoré potvrdíte.',
    'Fotografie slúžia iba na overenie vašej totožnosti pre túto žiadosť.',
    'Kedykoľvek môžete prestať.',
  ],
  consentAccept: 'Súhlasím',
  consentDecline: 'Nesúhlasím',

  documentSelectTitle: 'Vyberte doklad',
  documentTypeLabel: 'Typ dokladu',
  countryLabel: 'Krajina vydania',
  countryPlaceholder: 'Vyberte krajinu',
  documentTypes: {
    passport: 'Cestovný pas',
    id_card: 'Občiansky preukaz',
    drivers_license: 'Vodičský preukaz',
    residence_permit: 'Povolenie na pobyt',
  },

  captureTitle: {
    document_front: 'Predná strana dokladu',
    document_back: 'Zadná strana dokladu',
    selfie: 'Urobte selfie',
    liveness: 'Overenie prítomnosti',
  },
  captureHint: {
    document_front: 'Umiestnite prednú stranu dokladu do rámčeka, na tmavú plochu, bez odleskov.',
    document_back: 'Otočte doklad a umiestnite zadnú stranu do rámčeka.',
    selfie: 'Pozerajte sa priamo do fotoaparátu a držte tvár vnútri oválu.',
    liveness: 'Postupujte podľa pokynov, aby ste ukázali, že ste prítomní.',
  },
  shutter: 'Odfotiť',
  switchCamera: 'Prepnúť fotoaparát',
  useFile: 'Radšej nahrať fotku',
  uploadInstead: 'Vybrať súbor',
  cameraStarting: 'Spúšťa sa fotoaparát…',
  cameraPickerLabel: 'Fotoaparát',
  cameraBack: (n) => `Zadný fotoaparát ${n}`,
  cameraFront: (n) => `Predný fotoaparát ${n}`,
  cameraNumbered: (n) => `Fotoaparát ${n}`,
  torch: 'Svetlo',
  cameraPromptHelp:
    'Prehliadač žiada o povolenie používať fotoaparát. V dialógu zvoľte „Povoliť“, zvyčajne pri paneli s adresou.',
  guidance: {
    starting: 'Pripravujeme…',
    no_face: 'Nevidíme vašu tvár',
    multiple_faces: 'Na zábere smie byť iba jedna osoba',
    too_far: 'Priblížte sa',
    too_close: 'Trochu sa vzdiaľte',
    off_centre: 'Umiestnite tvár do stredu oválu',
    too_dark: 'Je príliš tma: nájdite viac svetla',
    too_blurry: 'Nehýbte sa: obraz je rozmazaný',
    glare: 'Nakloňte doklad, aby ste sa vyhli odleskom',
    hold_still: 'Nehýbte sa…',
    good: 'Výborne, takto vydržte',
    capturing: 'Fotíme…',
  },
  autoCaptureOn: 'Fotka sa urobí automaticky, keď bude obraz dobrý.',
  manualCaptureOnly: 'Automatické fotenie nie je v tomto zariadení dostupné. Odfoťte tlačidlom.',

  livenessTitle: 'Ukážte, že ste prítomní',
  livenessIntro: 'Držte tvár v ováli a riaďte sa jednotlivými pokynmi.',
  livenessChallenge: {
    blink: 'Pomaly žmurknite',
    turn_left: 'Otočte hlavu doľava',
    turn_right: 'Otočte hlavu doprava',
    smile: 'Usmejte sa',
  },
  livenessHoldStill: 'Pozerajte sa priamo pred seba a nehýbte sa',
  livenessTimeout: 'To sme nezachytili. Skúsme to znova.',
  livenessPassed: 'Hotovo',
  livenessStart: 'Spustiť overenie',
  livenessProgress: (done, total) => `Hotovo ${done} z ${total}`,
  manualCaptureOrFile: 'Automatické fotenie nie je v tomto zariadení dostupné. Odfoťte tlačidlom alebo vyberte súbor.',
  livenessCantDo: 'Tieto pohyby nezvládnem',
  livenessPhoto: 'Urobiť jednu fotku na kontrolu',
  livenessPhotoReview: {
    title: 'Skontrolujte fotku',
    check: 'Uistite sa, že je vidieť celú tvár, ostro a dobre osvetlenú. Túto fotku skontroluje človek.',
  },
  livenessFallback: {
    vision_unavailable:
      'Toto zariadenie nedokáže vykonať kontrolu pohybov. Urobte namiesto toho jednu fotku: skontroluje ju človek.',
    challenge_failed: 'Pohyby neboli rozpoznané. Urobte namiesto toho jednu fotku: skontroluje ju človek.',
    no_baseline: 'Nepodarilo sa vidieť vašu tvár spredu. Urobte namiesto toho jednu fotku: skontroluje ju človek.',
    applicant_choice: 'Nevadí. Urobte namiesto toho jednu fotku: skontroluje ju človek.',
  },

  reviewTitle: {
    document_front: 'Skontrolujte prednú stranu',
    document_back: 'Skontrolujte zadnú stranu',
    selfie: 'Skontrolujte selfie',
    liveness: 'Overenie dokončené',
  },
  reviewCheck: {
    document_front: 'Uistite sa, že celý text je čitateľný, bez rozmazania a odleskov, a že je vidieť celý doklad.',
    document_back: 'Uistite sa, že celý text je čitateľný, bez rozmazania a odleskov, a že je vidieť celý doklad.',
    selfie: 'Uistite sa, že je vidieť celú tvár, ostro a dobre osvetlenú.',
    liveness: 'Overenie prítomnosti je zaznamenané.',
  },
  reviewImageAlt: {
    document_front: 'Fotka prednej strany dokladu',
    document_back: 'Fotka zadnej strany dokladu',
    selfie: 'Vaše selfie',
    liveness: 'Snímka z overenia prítomnosti',
  },
  retake: 'Znova',
  confirm: 'Použiť túto fotku',

  fileTooLarge: (mb) => `Súbor je príliš veľký. Vyberte obrázok menší ako ${mb} MB.`,
  fileNotImage: 'Tento súbor nie je fotka ani PDF.',
  fileHeicCorrupt:
    'Túto fotku HEIC sa nepodarilo otvoriť; môže byť poškodená. Vyberte iný súbor alebo odfoťte doklad fotoaparátom.',
  fileHeicUnsupported: 'Túto fotku HEIC tu nie je možné otvoriť. Vyberte JPEG alebo PNG, alebo odfoťte fotoaparátom.',
  fileUnreadable: 'Tento obrázok sa nepodarilo prečítať. Vyberte inú fotku.',
  filePdfTooLarge: (mb) => `Toto PDF je príliš veľké. Vyberte PDF menšie ako ${mb} MB alebo fotku dokladu.`,
  filePdfEncrypted: 'Toto PDF je chránené heslom. Vyberte PDF bez hesla alebo fotku dokladu.',
  filePdfCorrupt:
    'Toto PDF sa nepodarilo otvoriť; môže byť poškodené. Vyberte iný súbor alebo odfoťte doklad fotoaparátom.',
  documentReadIssue: {
    document_expired: {
      title: 'Platnosť tohto dokladu vypršala',
      instruction:
        'Dátum platnosti už uplynul. Použite platný doklad alebo fotku urobte znova, ak bola prečítaná chybne.',
    },
    document_type_mismatch: {
      title: 'Toto nie je zvolený doklad',
      instruction: 'Číta sa ako iný druh dokladu. Zvoľte doklad, ktorý máte, alebo fotku urobte znova.',
    },
    document_country_mismatch: {
      title: 'Tento doklad je z inej krajiny',
      instruction: 'Nezodpovedá zvolenej krajine. Zvoľte správnu krajinu alebo fotku urobte znova.',
    },
  },
  documentChooseAgain: 'Zvoliť znova',

  uploadingTitle: 'Odosielanie fotiek',
  uploadingBody: 'Nechajte, prosím, túto stránku otvorenú.',
  uploadProgress: (done, total) => `Odoslané ${done} z ${total}`,
  uploadWaitingOnline: 'Ste offline. Odosielanie bude pokračovať po obnovení pripojenia.',

  doneTitle: 'Ďakujeme',
  doneBody: 'Vaše overenie bolo odoslané.',
  doneRedirecting: 'Vraciame vás späť…',
  doneContinue: 'Pokračovať',

  cancelledTitle: 'Overenie zastavené',
  cancelledBody: 'Túto stránku môžete zavrieť. Nič ďalšie sa neodošle.',
  cancelConfirm: 'Zastaviť overenie? Zatiaľ neodoslané fotky sa zahodia.',

  errorTitle: 'Niečo sa pokazilo',
  errors: {
    vision_unavailable: {
      title: 'Automatické kontroly nie sú v tomto zariadení dostupné',
      instruction:
        'Každú fotku môžete stále urobiť tlačidlom. Overenie prítomnosti potom urobí jednu fotku, ktorú skontroluje človek.',
    },
    camera_not_allowed: {
      title: 'Prístup k fotoaparátu je zablokovaný',
      instruction:
        'V nastaveniach prehliadača povoľte tejto stránke prístup k fotoaparátu a skúste to znova. Môžete tiež nahrať fotky.',
    },
    camera_blocked_by_embed: {
      title: 'Fotoaparát nie je v tomto okne dostupný',
      instruction:
        'Táto stránka je vložená bez prístupu k fotoaparátu. Otvorte overenie v samostatnom okne alebo nahrajte fotky.',
    },
    camera_not_found: {
      title: 'Nenašiel sa žiadny fotoaparát',
      instruction: 'Pripojte fotoaparát a skúste to znova, alebo nahrajte fotky.',
    },
    camera_in_use: {
      title: 'Fotoaparát je obsadený',
      instruction: 'Zatvorte iné aplikácie alebo karty, ktoré používajú fotoaparát, a skúste to znova.',
    },
    camera_black: {
      title: 'Fotoaparát ukazuje len čiernu',
      instruction:
        'Skontrolujte, či nič nezakrýva objektív (niektoré notebooky majú krytku alebo kláves fotoaparátu) a či je trochu svetla, a skúste to znova. Môžete tiež vybrať iný fotoaparát.',
    },
    camera_frozen: {
      title: 'Obraz z fotoaparátu zamrzol',
      instruction:
        'Fotoaparát sa spustil, ale obraz sa nemení. Skúste to znova alebo vyberte iný fotoaparát, ak ho máte.',
    },
    constraints_unsatisfiable: {
      title: 'Fotoaparát sa nedá použiť',
      instruction:
        'Váš fotoaparát nepodporuje to, čo tento krok potrebuje. Skúste iný fotoaparát alebo nahrajte fotky.',
    },
    insecure_context: {
      title: 'Fotoaparát vyžaduje zabezpečené pripojenie',
      instruction: 'Otvorte túto stránku cez https alebo nahrajte fotky.',
    },
    token_invalid: {
      title: 'Tento odkaz nie je platný',
      instruction: 'Požiadajte o nový overovací odkaz.',
    },
    token_expired: {
      title: 'Platnosť odkazu vypršala',
      instruction: 'Overovacie odkazy platia obmedzený čas. Požiadajte o nový.',
    },
    session_completed: {
      title: 'Už odoslané',
      instruction: 'Toto overenie už bolo odoslané. Už nemusíte nič robiť.',
    },
    network: {
      title: 'Bez pripojenia',
      instruction: 'Skontrolujte pripojenie na internet. Nič sa nestratilo: skúste to znova, keď budete opäť online.',
    },
    upload_rejected: {
      title: 'Fotka nebola prijatá',
      instruction: 'Urobte, prosím, túto fotku znova.',
    },
    server_error: {
      title: 'Naša služba má problémy',
      instruction: 'Nič sa nestratilo. Skúste to, prosím, o chvíľu znova.',
    },
    bad_response: {
      title: 'Neočakávaná odpoveď',
      instruction: 'Dostali sme niečo, čo sme nečakali. Skúste to, prosím, o chvíľu znova.',
    },
  },
  errorCode: (code) => `Kód chyby: ${code}`,
  handoffOffer: 'Pokračovať v telefóne',
  handoffTitle: 'Pokračovať v telefóne',
  handoffBody:
    'Naskenujte tento kód fotoaparátom telefónu alebo otvorte odkaz v telefóne. Nechajte túto stránku otvorenú: sama sa dokončí, keď v telefóne skončíte.',
  handoffConnectedBody:
    'Pokračujte v krokoch v telefóne. Nechajte túto stránku otvorenú: sama sa dokončí, keď skončíte.',
  handoffFinishedBody: 'Všetko bolo odoslané z telefónu. Táto stránka sa teraz dokončí.',
  handoffQrLabel: 'QR kód odkazu pre telefón',
  handoffLinkLabel: 'Odkaz pre telefón',
  handoffCopy: 'Kopírovať odkaz',
  handoffCopied: 'Odkaz skopírovaný',
  handoffCopyManual: 'Označte odkaz a skopírujte ho.',
  handoffCreating: 'Vytvára sa odkaz…',
  handoffValidFor: (m) => `Odkaz funguje raz, na ${forMinutes(m)}.`,
  handoffExpired: 'Platnosť odkazu vypršala.',
  handoffStalled: 'V telefóne sa už chvíľu nič nedeje.',
  handoffNewLink: 'Vytvoriť nový odkaz',
  handoffFailed: 'Odkaz sa nepodarilo vytvoriť.',
  handoffWaiting: 'Čakáme na telefón…',
  handoffConnected: 'Telefón je pripojený.',
  handoffPhoneStep: (step) => `V telefóne: ${step}`,
  handoffStepNames: {
    intro: 'začiatok',
    consent: 'súhlas',
    document_select: 'výber dokladu',
    uploading: 'odosielanie',
    done: 'dokončené',
  },
  handoffReceived: (done, total) => `Prijaté fotky: ${done} z ${total}`,
  handoffFinished: 'Telefón skončil.',
  handoffUseThisDevice: 'Radšej použiť toto zariadenie',
  phoneDoneTitle: 'Vráťte sa k počítaču',
  phoneDoneBody: 'Všetko bolo odoslané. Túto stránku môžete zavrieť a vrátiť sa k počítaču: tam sa pokračuje samo.',
  handoffOpenTitle: 'Pokračovať v tomto telefóne',
  handoffOpenBody:
    'Otvorili ste odkaz na pokračovanie overenia totožnosti v tomto telefóne. Pokračujte, len ak ste overenie sami začali na počítači.',
  handoffOpenButton: 'Pokračovať v tomto telefóne',
  handoffRefused: {
    unknown: {
      title: 'Tento odkaz nie je platný',
      instruction: 'Skontrolujte, či ste otvorili celý odkaz, alebo na počítači vytvorte nový.',
    },
    used: {
      title: 'Tento odkaz už bol použitý',
      instruction: 'Každý odkaz funguje raz. Na počítači zvoľte „Vytvoriť nový odkaz“ a naskenujte nový kód.',
    },
    expired: {
      title: 'Platnosť odkazu vypršala',
      instruction: 'Odkazy fungujú 10 minút. Na počítači zvoľte „Vytvoriť nový odkaz“ a naskenujte nový kód.',
    },
    closed: {
      title: 'Toto overenie je uzavreté',
      instruction: 'Už bolo odoslané alebo vypršalo. V tomto telefóne už nemusíte nič robiť.',
    },
  },
};

export default sk;
