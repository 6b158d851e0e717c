/**
 * Finnish (fi). Machine-assisted translation by the team; not yet reviewed by a native speaker.
 * Terms kept consistent: identity document = ”henkilöllisyystodistus”, selfie = ”selfie”,
 * liveness = ”läsnäolon tarkistus”, consent = ”suostumus”.
 */
import { counted } from '../plural.js';
import type { Translation } from '../translation.js';

const minutes = counted('fi', { one: 'minuutti', other: 'minuuttia' });

/** 1 minuutti, otherwise the partitive: 3 minuuttia. */
/** A duration ("for N minutes"): the genitive with „ajan”, the same for every count. */
const forMinutes = (m: number): string => `${m} minuutin ajan`;

const fi: Translation = {
  $code: 'fi',
  $dir: 'ltr',
  $name: 'Suomi',

  widgetLabel: 'Henkilöllisyyden tarkistus',
  progress: (step, total) => `Vaihe ${step}/${total}`,
  continue: 'Jatka',
  back: 'Takaisin',
  cancel: 'Peruuta',
  retry: 'Yritä uudelleen',
  loading: 'Tarkistusta ladataan…',

  introTitle: (name) => (name ? `Hei ${name}, tarkistetaan henkilöllisyytesi` : 'Tarkistetaan henkilöllisyytesi'),
  introBody: 'Tämä vie noin kaksi minuuttia. Tarvitset:',
  introNeedDocument: 'Voimassa olevan henkilöllisyystodistuksen',
  introNeedSelfie: 'Nopean kuvan kasvoistasi',
  introNeedLiveness: 'Muutaman helpon pään liikkeen',
  introTime: (m) => `Noin ${minutes(m)}`,
  introStart: 'Aloita',
  languageLabel: 'Kieli',
  inAppTitle: 'Avaa tämä sivu selaimessa',
  inAppBody: (app) =>
    `Sovelluksen ${app} sisäinen selain ei usein pysty käyttämään kameraa. Kopioi linkki ja avaa se Safarissa, Chromessa tai muussa selaimessa (tai valitse sovelluksen valikosta ”Avaa selaimessa”), tai jatka puhelimella.`,
  inAppOpen: 'Avaa omassa selaimessani',

  consentTitle: 'Suostumuksesi',
  consentBody: 'Varmistaaksemme, että henkilöllisyystodistus on sinun, otamme kuvia kasvoistasi.',
  consentPoints: [
    'Kasvosi analysoidaan tällä laitteella ohjeiden antamiseksi; vain vahvistamasi kuvat lähetetään.',
    'Kuvia käytetään vain henkilöllisyytesi tarkistamiseen tätä pyyntöä varten.',
    'Voit lopettaa milloin tahansa.',
  ],
  consentAccept: 'Annan suostumukseni',
  consentDecline: 'En anna suostumusta',

  documentSelectTitle: 'Valitse henkilöllisyystodistus',
  documentTypeLabel: 'Asiakirjan tyyppi',
  countryLabel: 'Myöntäjämaa',
  countryPlaceholder: 'Valitse maa',
  documentTypes: {
    passport: 'Passi',
    id_card: 'Henkilökortti',
    drivers_license: 'Ajokortti',
    residence_permit: 'Oleskelulupa',
  },

  captureTitle: {
    document_front: 'Asiakirjan etupuoli',
    document_back: 'Asiakirjan takapuoli',
    selfie: 'Ota selfie',
    liveness: 'Läsnäolon tarkistus',
  },
  captureHint: {
    document_front: 'Aseta asiakirjan etupuoli kehyksen sisään tummalle alustalle, ilman heijastuksia.',
    document_back: 'Käännä asiakirja ja aseta takapuoli kehyksen sisään.',
    selfie: 'Katso suoraan kameraan ja pidä kasvosi soikion sisällä.',
    liveness: 'Noudata ohjeita osoittaaksesi, että olet paikalla.',
  },
  shutter: 'Ota kuva',
  switchCamera: 'Vaihda kameraa',
  useFile: 'Lataa kuva sen sijaan',
  uploadInstead: 'Valitse tiedosto',
  cameraStarting: 'Kamera käynnistyy…',
  cameraPickerLabel: 'Kamera',
  cameraBack: (n) => `Takakamera ${n}`,
  cameraFront: (n) => `Etukamera ${n}`,
  cameraNumbered: (n) => `Kamera ${n}`,
  torch: 'Valo',
  cameraPromptHelp: 'Selain pyytää lupaa käyttää kameraa. Valitse kehotteessa ”Salli”, yleensä osoiterivin lähellä.',
  guidance: {
    starting: 'Valmistellaan…',
    no_face: 'Emme näe kasvojasi',
    multiple_faces: 'Kuvassa saa olla vain yksi henkilö',
    too_far: 'Tule lähemmäs',
    too_close: 'Siirry hieman kauemmas',
    off_centre: 'Keskitä kasvosi soikioon',
    too_dark: 'Liian pimeää: etsi lisää valoa',
    too_blurry: 'Pysy paikallasi: kuva on epätarkka',
    glare: 'Kallista asiakirjaa heijastusten välttämiseksi',
    hold_still: 'Pysy paikallasi…',
    good: 'Täydellistä, pysy noin',
    capturing: 'Kuvaa otetaan…',
  },
  autoCaptureOn: 'Kuva otetaan automaattisesti, kun kuva on hyvä.',
  manualCaptureOnly: 'Automaattinen kuvaus ei ole käytettävissä tällä laitteella. Ota kuva painikkeella.',

  livenessTitle: 'Osoita, että olet paikalla',
  livenessIntro: 'Pidä kasvosi soikiossa ja noudata jokaista ohjetta.',
  livenessChallenge: {
    blink: 'Räpäytä silmiä hitaasti',
    turn_left: 'Käännä päätä vasemmalle',
    turn_right: 'Käännä päätä oikealle',
    smile: 'Hymyile',
  },
  livenessHoldStill: 'Katso suoraan eteenpäin ja pysy paikallasi',
  livenessTimeout: 'Emme nähneet sitä. Yritetään uudelleen.',
  livenessPassed: 'Valmis',
  livenessStart: 'Aloita tarkistus',
  livenessProgress: (done, total) => `${done}/${total} tehty`,
  manualCaptureOrFile:
    'Automaattinen kuvaus ei ole käytettävissä tällä laitteella. Ota kuva painikkeella tai valitse tiedosto.',
  livenessCantDo: 'En pysty tekemään näitä liikkeitä',
  livenessPhoto: 'Ota yksi kuva tarkistettavaksi',
  livenessPhotoReview: {
    title: 'Tarkista kuva',
    check: 'Varmista, että kasvosi näkyvät kokonaan, tarkkoina ja hyvin valaistuina. Ihminen tarkistaa tämän kuvan.',
  },
  livenessFallback: {
    vision_unavailable:
      'Tämä laite ei pysty tekemään liiketarkistusta. Ota sen sijaan yksi kuva: ihminen tarkistaa sen.',
    challenge_failed: 'Liikkeitä ei tunnistettu. Ota sen sijaan yksi kuva: ihminen tarkistaa sen.',
    no_baseline: 'Emme nähneet kasvojasi suoraan edestä. Ota sen sijaan yksi kuva: ihminen tarkistaa sen.',
    applicant_choice: 'Ei hätää. Ota sen sijaan yksi kuva: ihminen tarkistaa sen.',
  },

  reviewTitle: {
    document_front: 'Tarkista etupuoli',
    document_back: 'Tarkista takapuoli',
    selfie: 'Tarkista selfie',
    liveness: 'Tarkistus valmis',
  },
  reviewCheck: {
    document_front:
      'Varmista, että kaikki teksti on luettavaa ilman epätarkkuutta tai heijastuksia ja koko asiakirja näkyy.',
    document_back:
      'Varmista, että kaikki teksti on luettavaa ilman epätarkkuutta tai heijastuksia ja koko asiakirja näkyy.',
    selfie: 'Varmista, että kasvosi näkyvät kokonaan, tarkkoina ja hyvin valaistuina.',
    liveness: 'Läsnäolon tarkistus on tallennettu.',
  },
  reviewImageAlt: {
    document_front: 'Kuva henkilöllisyystodistuksen etupuolesta',
    document_back: 'Kuva henkilöllisyystodistuksen takapuolesta',
    selfie: 'Selfiesi',
    liveness: 'Kuva läsnäolon tarkistuksesta',
  },
  retake: 'Ota uudelleen',
  confirm: 'Käytä tätä kuvaa',

  fileTooLarge: (mb) => `Tiedosto on liian suuri. Valitse alle ${mb} Mt:n kuva.`,
  fileNotImage: 'Tiedosto ei ole valokuva eikä PDF.',
  fileHeicCorrupt:
    'Tätä HEIC-kuvaa ei voitu avata; se voi olla vioittunut. Valitse toinen tiedosto tai ota kuva kameralla.',
  fileHeicUnsupported: 'Tätä HEIC-kuvaa ei voi avata täällä. Valitse JPEG tai PNG, tai ota kuva kameralla.',
  fileUnreadable: 'Kuvaa ei voitu lukea. Valitse toinen kuva.',
  filePdfTooLarge: (mb) => `Tämä PDF on liian suuri. Valitse alle ${mb} Mt:n PDF tai valokuva asiakirjasta.`,
  filePdfEncrypted: 'Tämä PDF on suojattu salasanalla. Valitse PDF ilman salasanaa tai valokuva asiakirjasta.',
  filePdfCorrupt: 'Tätä PDF:ää ei voitu avata; se voi olla vioittunut. Valitse toinen tiedosto tai ota kuva kameralla.',
  documentReadIssue: {
    document_expired: {
      title: 'Asiakirja on vanhentunut',
      instruction:
        'Sen voimassaolo on päättynyt. Käytä voimassa olevaa asiakirjaa tai ota kuva uudelleen, jos se luettiin väärin.',
    },
    document_type_mismatch: {
      title: 'Tämä ei ole valitsemasi asiakirja',
      instruction:
        'Se luetaan toisen tyyppiseksi asiakirjaksi. Valitse asiakirja, joka sinulla on, tai ota kuva uudelleen.',
    },
    document_country_mismatch: {
      title: 'Asiakirja on toisesta maasta',
      instruction: 'Se ei vastaa valitsemaasi maata. Valitse oikea maa tai ota kuva uudelleen.',
    },
  },
  documentChooseAgain: 'Valitse uudelleen',

  uploadingTitle: 'Kuviasi lähetetään',
  uploadingBody: 'Pidä tämä sivu auki.',
  uploadProgress: (done, total) => `${done}/${total} lähetetty`,
  uploadWaitingOnline: 'Olet offline-tilassa. Lähetys jatkuu, kun yhteys palaa.',

  doneTitle: 'Kiitos',
  doneBody: 'Tarkistuksesi on lähetetty.',
  doneRedirecting: 'Palautetaan sinut…',
  doneContinue: 'Jatka',

  cancelledTitle: 'Tarkistus keskeytetty',
  cancelledBody: 'Voit sulkea tämän sivun. Mitään ei enää lähetetä.',
  cancelConfirm: 'Keskeytetäänkö tarkistus? Lähettämättömät kuvat hylätään.',

  errorTitle: 'Jokin meni vikaan',
  errors: {
    vision_unavailable: {
      title: 'Automaattiset tarkistukset eivät ole käytettävissä tällä laitteella',
      instruction:
        'Voit silti ottaa jokaisen kuvan painikkeella. Läsnäolon tarkistus ottaa silloin yhden kuvan, jonka ihminen tarkistaa.',
    },
    camera_not_allowed: {
      title: 'Kameran käyttö on estetty',
      instruction:
        'Salli kameran käyttö tälle sivustolle selaimen asetuksista ja yritä uudelleen. Voit myös ladata kuvia.',
    },
    camera_blocked_by_embed: {
      title: 'Kamera ei ole käytettävissä tässä ikkunassa',
      instruction:
        'Tämä sivu on upotettu ilman kameran käyttöoikeutta. Avaa tarkistus omaan ikkunaansa tai lataa kuvia.',
    },
    camera_not_found: {
      title: 'Kameraa ei löytynyt',
      instruction: 'Liitä kamera ja yritä uudelleen, tai lataa kuvia.',
    },
    camera_in_use: {
      title: 'Kamera on varattu',
      instruction: 'Sulje muut kameraa käyttävät sovellukset tai välilehdet ja yritä uudelleen.',
    },
    camera_black: {
      title: 'Kamera näyttää vain mustaa',
      instruction:
        'Tarkista, ettei mikään peitä linssiä (joissakin kannettavissa on yksityisyyssuljin tai kamerapainike) ja että valoa on jonkin verran, ja yritä uudelleen. Voit myös valita toisen kameran.',
    },
    camera_frozen: {
      title: 'Kameran kuva on jäätynyt',
      instruction: 'Kamera käynnistyi, mutta kuva ei muutu. Yritä uudelleen tai valitse toinen kamera, jos sinulla on.',
    },
    constraints_unsatisfiable: {
      title: 'Kameraa ei voi käyttää',
      instruction: 'Kamerasi ei tue sitä, mitä tämä vaihe tarvitsee. Kokeile toista kameraa tai lataa kuvia.',
    },
    insecure_context: {
      title: 'Kamera tarvitsee suojatun yhteyden',
      instruction: 'Avaa tämä sivu https-yhteydellä tai lataa kuvia.',
    },
    token_invalid: {
      title: 'Linkki ei ole kelvollinen',
      instruction: 'Pyydä uusi tarkistuslinkki.',
    },
    token_expired: {
      title: 'Linkki on vanhentunut',
      instruction: 'Tarkistuslinkit ovat voimassa rajoitetun ajan. Pyydä uusi.',
    },
    session_completed: {
      title: 'Jo lähetetty',
      instruction: 'Tämä tarkistus on jo lähetetty. Sinun ei tarvitse tehdä muuta.',
    },
    network: {
      title: 'Ei yhteyttä',
      instruction: 'Tarkista internetyhteys. Mitään ei ole menetetty: yritä uudelleen, kun olet taas verkossa.',
    },
    upload_rejected: {
      title: 'Kuvaa ei hyväksytty',
      instruction: 'Ota se kuva uudelleen.',
    },
    server_error: {
      title: 'Palvelussamme on ongelmia',
      instruction: 'Mitään ei ole menetetty. Yritä hetken kuluttua uudelleen.',
    },
    bad_response: {
      title: 'Odottamaton vastaus',
      instruction: 'Saimme jotain, mitä emme odottaneet. Yritä hetken kuluttua uudelleen.',
    },
  },
  errorCode: (code) => `Virhekoodi: ${code}`,
  handoffOffer: 'Jatka puhelimella',
  handoffTitle: 'Jatka puhelimella',
  handoffBody:
    'Skannaa koodi puhelimen kameralla tai avaa linkki puhelimessa. Pidä tämä sivu auki: se päättyy itsestään, kun olet valmis puhelimella.',
  handoffConnectedBody: 'Jatka vaiheita puhelimella. Pidä tämä sivu auki: se päättyy itsestään, kun olet valmis.',
  handoffFinishedBody: 'Kaikki lähetettiin puhelimesta. Tämä sivu päättyy nyt.',
  handoffQrLabel: 'Puhelimen linkin QR-koodi',
  handoffLinkLabel: 'Linkki puhelimelle',
  handoffCopy: 'Kopioi linkki',
  handoffCopied: 'Linkki kopioitu',
  handoffCopyManual: 'Valitse linkki ja kopioi se.',
  handoffCreating: 'Luodaan linkkiä…',
  handoffValidFor: (m) => `Linkki toimii kerran, ${forMinutes(m)}.`,
  handoffExpired: 'Linkki on vanhentunut.',
  handoffStalled: 'Puhelimella ei ole tapahtunut mitään vähään aikaan.',
  handoffNewLink: 'Luo uusi linkki',
  handoffFailed: 'Linkkiä ei voitu luoda.',
  handoffWaiting: 'Odotetaan puhelinta…',
  handoffConnected: 'Puhelin on yhdistetty.',
  handoffPhoneStep: (step) => `Puhelimella: ${step}`,
  handoffStepNames: {
    intro: 'aloitus',
    consent: 'suostumus',
    document_select: 'asiakirjan valinta',
    uploading: 'lähetys',
    done: 'valmis',
  },
  handoffReceived: (done, total) => `Vastaanotetut kuvat: ${done}/${total}`,
  handoffFinished: 'Puhelin on valmis.',
  handoffUseThisDevice: 'Käytä sen sijaan tätä laitetta',
  phoneDoneTitle: 'Palaa tietokoneelle',
  phoneDoneBody: 'Kaikki on lähetetty. Voit sulkea tämän sivun ja palata tietokoneelle: se jatkaa itsestään.',
  handoffOpenTitle: 'Jatka tällä puhelimella',
  handoffOpenBody:
    'Avasit linkin jatkaaksesi henkilöllisyyden tarkistusta tällä puhelimella. Jatka vain, jos aloitit sen itse tietokoneella.',
  handoffOpenButton: 'Jatka tällä puhelimella',
  handoffRefused: {
    unknown: {
      title: 'Linkki ei ole kelvollinen',
      instruction: 'Tarkista, että avasit koko linkin, tai luo uusi tietokoneella.',
    },
    used: {
      title: 'Linkki on jo käytetty',
      instruction: 'Jokainen linkki toimii kerran. Valitse tietokoneella ”Luo uusi linkki” ja skannaa uusi koodi.',
    },
    expired: {
      title: 'Linkki on vanhentunut',
      instruction: 'Linkit toimivat 10 minuuttia. Valitse tietokoneella ”Luo uusi linkki” ja skannaa uusi koodi.',
    },
    closed: {
      title: 'Tämä tarkistus on suljettu',
      instruction: 'Se on jo lähetetty tai vanhentunut. Tällä puhelimella ei tarvitse tehdä muuta.',
    },
  },
};

export default fi;
