/**
 * Czech (cs). Machine-assisted translation by the team; not yet reviewed by a native speaker.
 * Terms kept consistent: identity document = „doklad totožnosti“, selfie = „selfie“,
 * liveness = „ověření přítomnosti“, consent = „souhlas“.
 */
import { counted } from '../plural.js';
import type { Translation } from '../translation.js';

/** minuta (1), minuty (2–4), minut (5+), minuty (fractions, e.g. 1,5 minuty). */
const minutes = counted('cs', { one: 'minuta', few: 'minuty', many: 'minuty', other: 'minut' });
/** After „na“ (accusative): minutu for one. */
const forMinutes = counted('cs', { one: 'minutu', few: 'minuty', many: 'minuty', other: 'minut' });

const cs: Translation = {
  $code: 'cs',
  $dir: 'ltr',
  $name: 'Čeština',

  widgetLabel: 'Ověření totožnosti',
  progress: (step, total) => `Krok ${step} z ${total}`,
  continue: 'Pokračovat',
  back: 'Zpět',
  cancel: 'Zrušit',
  retry: 'Zkusit znovu',
  loading: 'Načítání ověření…',

  introTitle: (name) => (name ? `Dobrý den, ${name}, ověříme vaši totožnost` : 'Ověříme vaši totožnost'),
  introBody: 'Zabere to asi dvě minuty. Budete potřebovat:',
  introNeedDocument: 'Platný doklad totožnosti',
  introNeedSelfie: 'Rychlou fotku obličeje',
  introNeedLiveness: 'Několik jednoduchých pohybů hlavou',
  introTime: (m) => `Asi ${minutes(m)}`,
  introStart: 'Začít',
  languageLabel: 'Jazyk',
  inAppTitle: 'Otevřete tuto stránku v prohlížeči',
  inAppBody: (app) =>
    `Prohlížeč v aplikaci ${app} často nemůže použít fotoaparát. Zkopírujte odkaz a otevřete ho v Safari, Chrome nebo jiném prohlížeči (nebo v menu aplikace zvolte „Otevřít v prohlížeči“), případně pokračujte v telefonu.`,
  inAppOpen: 'Otevřít v mém prohlížeči',

  consentTitle: 'Váš souhlas',
  consentBody: 'Abychom potvrdili, že jste držitelem dokladu, pořídíme fotografie vašeho obličeje.',
  consentPoints: [
    'Váš obličej se analyzuje v tomto zařízení, aby vás mohl navádět; odesílají se jen fotografie, které potvrdíte.',
    'Fotografie slouží pouze k ověření vaší totožnosti pro tuto žádost.',
    'Kdykoli můžete přestat.',
  ],
  consentAccept: 'Souhlasím',
  consentDecline: 'Nesouhlasím',

  documentSelectTitle: 'Vyberte doklad',
  documentTypeLabel: 'Typ dokladu',
  countryLabel: 'Země vydání',
  countryPlaceholder: 'Vyberte zemi',
  documentTypes: {
    passport: 'Cestovní pas',
    id_card: 'Občanský průkaz',
    drivers_license: 'Řidičský průkaz',
    residence_permit: 'Povolení k pobytu',
  },

  captureTitle: {
    document_front: 'Přední strana dokladu',
    document_back: 'Zadní strana dokladu',
    selfie: 'Pořiďte selfie',
    liveness: 'Ověření přítomnosti',
  },
  captureHint: {
    document_front: 'Umístěte přední stranu dokladu do rámečku, na tmavou plochu, bez odlesků.',
    document_back: 'Otočte doklad a umístěte zadní stranu do rámečku.',
    selfie: 'Dívejte se přímo do fotoaparátu a držte obličej uvnitř oválu.',
    liveness: 'Postupujte podle pokynů, abyste ukázali, že jste přítomni.',
  },
  shutter: 'Vyfotit',
  switchCamera: 'Přepnout fotoaparát',
  useFile: 'Raději nahrát fotku',
  uploadInstead: 'Vybrat soubor',
  cameraStarting: 'Spouštění fotoaparátu…',
  cameraPickerLabel: 'Fotoaparát',
  cameraBack: (n) => `Zadní fotoaparát ${n}`,
  cameraFront: (n) => `Přední fotoaparát ${n}`,
  cameraNumbered: (n) => `Fotoaparát ${n}`,
  torch: 'Světlo',
  cameraPromptHelp:
    'Prohlížeč žádá o povolení používat fotoaparát. V dotazu zvolte „Povolit“, obvykle u adresního řádku.',
  guidance: {
    starting: 'Připravujeme…',
    no_face: 'Nevidíme váš obličej',
    multiple_faces: 'Na snímku smí být jen jedna osoba',
    too_far: 'Přibližte se',
    too_close: 'Trochu se vzdalte',
    off_centre: 'Umístěte obličej doprostřed oválu',
    too_dark: 'Je příliš tma: najděte více světla',
    too_blurry: 'Nehýbejte se: obraz je rozmazaný',
    glare: 'Nakloňte doklad, abyste se vyhnuli odleskům',
    hold_still: 'Nehýbejte se…',
    good: 'Výborně, takhle vydržte',
    capturing: 'Fotíme…',
  },
  autoCaptureOn: 'Fotka se pořídí automaticky, jakmile bude obraz dobrý.',
  manualCaptureOnly: 'Automatické focení není na tomto zařízení k dispozici. Vyfoťte tlačítkem.',

  livenessTitle: 'Ukažte, že jste přítomni',
  livenessIntro: 'Držte obličej v oválu a řiďte se jednotlivými pokyny.',
  livenessChallenge: {
    blink: 'Pomalu mrkněte',
    turn_left: 'Otočte hlavu doleva',
    turn_right: 'Otočte hlavu doprava',
    smile: 'Usmějte se',
  },
  livenessHoldStill: 'Dívejte se přímo před sebe a nehýbejte se',
  livenessTimeout: 'To jsme nezachytili. Zkusme to znovu.',
  livenessPassed: 'Hotovo',
  livenessStart: 'Spustit ověření',
  livenessProgress: (done, total) => `Hotovo ${done} z ${total}`,
  manualCaptureOrFile: 'Automatické focení není na tomto zařízení k dispozici. Vyfoťte tlačítkem, nebo vyberte soubor.',
  livenessCantDo: 'Tyto pohyby nezvládnu',
  livenessPhoto: 'Pořídit jednu fotku ke kontrole',
  livenessPhotoReview: {
    title: 'Zkontrolujte fotku',
    check: 'Ujistěte se, že je vidět celý obličej, ostře a dobře osvětlený. Tuto fotku zkontroluje člověk.',
  },
  livenessFallback: {
    vision_unavailable:
      'Toto zařízení nemůže provést kontrolu pohybů. Pořiďte místo toho jednu fotku: zkontroluje ji člověk.',
    challenge_failed: 'Pohyby nebyly rozpoznány. Pořiďte místo toho jednu fotku: zkontroluje ji člověk.',
    no_baseline: 'Nepodařilo se vidět váš obličej zepředu. Pořiďte místo toho jednu fotku: zkontroluje ji člověk.',
    applicant_choice: 'Nevadí. Pořiďte místo toho jednu fotku: zkontroluje ji člověk.',
  },

  reviewTitle: {
    document_front: 'Zkontrolujte přední stranu',
    document_back: 'Zkontrolujte zadní stranu',
    selfie: 'Zkontrolujte selfie',
    liveness: 'Ověření dokončeno',
  },
  reviewCheck: {
    document_front: 'Ujistěte se, že je veškerý text čitelný, bez rozmazání a odlesků, a že je vidět celý doklad.',
    document_back: 'Ujistěte se, že je veškerý text čitelný, bez rozmazání a odlesků, a že je vidět celý doklad.',
    selfie: 'Ujistěte se, že je vidět celý obličej, ostře a dobře osvětlený.',
    liveness: 'Ověření přítomnosti je zaznamenáno.',
  },
  reviewImageAlt: {
    document_front: 'Fotka přední strany dokladu',
    document_back: 'Fotka zadní strany dokladu',
    selfie: 'Vaše selfie',
    liveness: 'Snímek z ověření přítomnosti',
  },
  retake: 'Znovu',
  confirm: 'Použít tuto fotku',

  fileTooLarge: (mb) => `Soubor je příliš velký. Vyberte obrázek menší než ${mb} MB.`,
  fileNotImage: 'Tento soubor není fotka ani PDF.',
  fileHeicCorrupt:
    'Tuto fotku HEIC nelze otevřít; může být poškozená. Vyberte jiný soubor nebo vyfoťte doklad fotoaparátem.',
  fileHeicUnsupported: 'Tuto fotku HEIC zde nelze otevřít. Vyberte JPEG nebo PNG, nebo vyfoťte fotoaparátem.',
  fileUnreadable: 'Tento obrázek se nepodařilo přečíst. Vyberte jinou fotku.',
  filePdfTooLarge: (mb) => `Toto PDF je příliš velké. Vyberte PDF menší než ${mb} MB nebo fotku dokladu.`,
  filePdfEncrypted: 'Toto PDF je chráněné heslem. Vyberte PDF bez hesla nebo fotku dokladu.',
  filePdfCorrupt: 'Toto PDF nelze otevřít; může být poškozené. Vyberte jiný soubor nebo vyfoťte doklad fotoaparátem.',
  documentReadIssue: {
    document_expired: {
      title: 'Platnost tohoto dokladu vypršela',
      instruction:
        'Datum platnosti už uplynulo. Použijte platný doklad, nebo fotku pořiďte znovu, pokud byla přečtena chybně.',
    },
    document_type_mismatch: {
      title: 'Toto není zvolený doklad',
      instruction: 'Čte se jako jiný druh dokladu. Zvolte doklad, který máte, nebo fotku pořiďte znovu.',
    },
    document_country_mismatch: {
      title: 'Tento doklad je z jiné země',
      instruction: 'Neodpovídá zvolené zemi. Zvolte správnou zemi, nebo fotku pořiďte znovu.',
    },
  },
  documentChooseAgain: 'Zvolit znovu',

  uploadingTitle: 'Odesílání fotek',
  uploadingBody: 'Nechte prosím tuto stránku otevřenou.',
  uploadProgress: (done, total) => `Odesláno ${done} z ${total}`,
  uploadWaitingOnline: 'Jste offline. Odesílání bude pokračovat po obnovení připojení.',

  doneTitle: 'Děkujeme',
  doneBody: 'Vaše ověření bylo odesláno.',
  doneRedirecting: 'Vracíme vás zpět…',
  doneContinue: 'Pokračovat',

  cancelledTitle: 'Ověření zastaveno',
  cancelledBody: 'Tuto stránku můžete zavřít. Nic dalšího se neodešle.',
  cancelConfirm: 'Zastavit ověření? Dosud neodeslané fotky budou zahozeny.',

  errorTitle: 'Něco se pokazilo',
  errors: {
    vision_unavailable: {
      title: 'Automatické kontroly nejsou na tomto zařízení k dispozici',
      instruction:
        'Každou fotku můžete stále pořídit tlačítkem. Ověření přítomnosti pak pořídí jednu fotku, kterou zkontroluje člověk.',
    },
    camera_not_allowed: {
      title: 'Přístup k fotoaparátu je zablokován',
      instruction:
        'V nastavení prohlížeče povolte tomuto webu přístup k fotoaparátu a zkuste to znovu. Můžete také nahrát fotky.',
    },
    camera_blocked_by_embed: {
      title: 'Fotoaparát není v tomto okně k dispozici',
      instruction:
        'Tato stránka je vložena bez přístupu k fotoaparátu. Otevřete ověření v samostatném okně, nebo nahrajte fotky.',
    },
    camera_not_found: {
      title: 'Nebyl nalezen žádný fotoaparát',
      instruction: 'Připojte fotoaparát a zkuste to znovu, nebo nahrajte fotky.',
    },
    camera_in_use: {
      title: 'Fotoaparát je obsazený',
      instruction: 'Zavřete jiné aplikace nebo karty, které fotoaparát používají, a zkuste to znovu.',
    },
    camera_black: {
      title: 'Fotoaparát ukazuje jen černou',
      instruction:
        'Zkontrolujte, že nic nezakrývá objektiv (některé notebooky mají krytku nebo klávesu fotoaparátu) a že je trochu světla, a zkuste to znovu. Můžete také vybrat jiný fotoaparát.',
    },
    camera_frozen: {
      title: 'Obraz z fotoaparátu zamrzl',
      instruction:
        'Fotoaparát se spustil, ale obraz se nemění. Zkuste to znovu, nebo vyberte jiný fotoaparát, pokud ho máte.',
    },
    constraints_unsatisfiable: {
      title: 'Fotoaparát nelze použít',
      instruction:
        'Váš fotoaparát nepodporuje to, co tento krok potřebuje. Zkuste jiný fotoaparát, nebo nahrajte fotky.',
    },
    insecure_context: {
      title: 'Fotoaparát vyžaduje zabezpečené připojení',
      instruction: 'Otevřete tuto stránku přes https, nebo nahrajte fotky.',
    },
    token_invalid: {
      title: 'Tento odkaz není platný',
      instruction: 'Požádejte o nový ověřovací odkaz.',
    },
    token_expired: {
      title: 'Platnost odkazu vypršela',
      instruction: 'Ověřovací odkazy platí omezenou dobu. Požádejte o nový.',
    },
    session_completed: {
      title: 'Již odesláno',
      instruction: 'Toto ověření již bylo odesláno. Už nemusíte nic dělat.',
    },
    network: {
      title: 'Bez připojení',
      instruction: 'Zkontrolujte připojení k internetu. Nic se neztratilo: zkuste to znovu, až budete zase online.',
    },
    upload_rejected: {
      title: 'Fotka nebyla přijata',
      instruction: 'Pořiďte prosím tuto fotku znovu.',
    },
    server_error: {
      title: 'Naše služba má potíže',
      instruction: 'Nic se neztratilo. Zkuste to prosím za chvíli znovu.',
    },
    bad_response: {
      title: 'Neočekávaná odpověď',
      instruction: 'Obdrželi jsme něco, co jsme nečekali. Zkuste to prosím za chvíli znovu.',
    },
  },
  errorCode: (code) => `Kód chyby: ${code}`,
  handoffOffer: 'Pokračovat v telefonu',
  handoffTitle: 'Pokračovat v telefonu',
  handoffBody:
    'Naskenujte tento kód fotoaparátem telefonu, nebo otevřete odkaz v telefonu. Nechte tuto stránku otevřenou: sama se dokončí, až v telefonu skončíte.',
  handoffConnectedBody: 'Pokračujte v krocích v telefonu. Nechte tuto stránku otevřenou: sama se dokončí, až skončíte.',
  handoffFinishedBody: 'Vše bylo odesláno z telefonu. Tato stránka se nyní dokončí.',
  handoffQrLabel: 'QR kód odkazu pro telefon',
  handoffLinkLabel: 'Odkaz pro telefon',
  handoffCopy: 'Kopírovat odkaz',
  handoffCopied: 'Odkaz zkopírován',
  handoffCopyManual: 'Označte odkaz a zkopírujte ho.',
  handoffCreating: 'Vytváření odkazu…',
  handoffValidFor: (m) => `Odkaz funguje jednou, na ${forMinutes(m)}.`,
  handoffExpired: 'Platnost odkazu vypršela.',
  handoffStalled: 'V telefonu se už chvíli nic neděje.',
  handoffNewLink: 'Vytvořit nový odkaz',
  handoffFailed: 'Odkaz se nepodařilo vytvořit.',
  handoffWaiting: 'Čekáme na telefon…',
  handoffConnected: 'Telefon je připojen.',
  handoffPhoneStep: (step) => `V telefonu: ${step}`,
  handoffStepNames: {
    intro: 'začátek',
    consent: 'souhlas',
    document_select: 'výběr dokladu',
    uploading: 'odesílání',
    done: 'dokončeno',
  },
  handoffReceived: (done, total) => `Přijaté fotky: ${done} z ${total}`,
  handoffFinished: 'Telefon skončil.',
  handoffUseThisDevice: 'Raději použít toto zařízení',
  phoneDoneTitle: 'Vraťte se k počítači',
  phoneDoneBody: 'Vše bylo odesláno. Tuto stránku můžete zavřít a vrátit se k počítači: tam se pokračuje samo.',
  handoffOpenTitle: 'Pokračovat v tomto telefonu',
  handoffOpenBody:
    'Otevřeli jste odkaz k pokračování ověření totožnosti v tomto telefonu. Pokračujte jen tehdy, pokud jste ověření sami zahájili na počítači.',
  handoffOpenButton: 'Pokračovat v tomto telefonu',
  handoffRefused: {
    unknown: {
      title: 'Tento odkaz není platný',
      instruction: 'Zkontrolujte, že jste otevřeli celý odkaz, nebo na počítači vytvořte nový.',
    },
    used: {
      title: 'Tento odkaz už byl použit',
      instruction: 'Každý odkaz funguje jednou. Na počítači zvolte „Vytvořit nový odkaz“ a naskenujte nový kód.',
    },
    expired: {
      title: 'Platnost odkazu vypršela',
      instruction: 'Odkazy fungují 10 minut. Na počítači zvolte „Vytvořit nový odkaz“ a naskenujte nový kód.',
    },
    closed: {
      title: 'Toto ověření je uzavřeno',
      instruction: 'Už bylo odesláno, nebo vypršelo. V tomto telefonu už nemusíte nic dělat.',
    },
  },
};

export default cs;
