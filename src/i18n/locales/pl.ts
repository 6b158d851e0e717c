/**
 * Polish (pl). Machine-assisted translation by the team; not yet reviewed by a native speaker.
 * Terms kept consistent: identity document = „dokument tożsamości”, selfie = „selfie”,
 * liveness = „sprawdzenie obecności”, consent = „zgoda”.
 */
import { counted } from '../plural.js';
import type { Translation } from '../translation.js';

/**
 * After „przez” (accusative): minutę (1), minuty (2–4, 22–24…), minut (5–21, 25…), minuty (fractions).
 * „Około” takes the genitive: minuty / minut.
 */
const forMinutes = counted('pl', { one: 'minutę', few: 'minuty', many: 'minut', other: 'minuty' });
const aboutMinutes = counted('pl', { one: 'minuty', other: 'minut' });

const pl: Translation = {
  $code: 'pl',
  $dir: 'ltr',
  $name: 'Polski',

  widgetLabel: 'Weryfikacja tożsamości',
  progress: (step, total) => `Krok ${step} z ${total}`,
  continue: 'Dalej',
  back: 'Wstecz',
  cancel: 'Anuluj',
  retry: 'Spróbuj ponownie',
  loading: 'Wczytywanie weryfikacji…',

  introTitle: (name) => (name ? `Cześć ${name}, zweryfikujmy Twoją tożsamość` : 'Zweryfikujmy Twoją tożsamość'),
  introBody: 'To zajmie około dwóch minut. Oto czego potrzebujesz:',
  introNeedDocument: 'Ważny dokument tożsamości',
  introNeedSelfie: 'Szybkie zdjęcie twarzy',
  introNeedLiveness: 'Kilka prostych ruchów głową',
  introTime: (m) => `Około ${aboutMinutes(m)}`,
  introStart: 'Rozpocznij',
  languageLabel: 'Język',
  inAppTitle: 'Otwórz tę stronę w przeglądarce',
  inAppBody: (app) =>
    `Przeglądarka wbudowana w ${app} często nie może korzystać z aparatu. Skopiuj link i otwórz go w Safari, Chrome lub innej przeglądarce (albo wybierz „Otwórz w przeglądarce” w menu aplikacji) lub kontynuuj na telefonie.`,
  inAppOpen: 'Otwórz w mojej przeglądarce',

  consentTitle: 'Twoja zgoda',
  consentBody: 'Aby potwierdzić, że jesteś właścicielem dokumentu, zrobimy zdjęcia Twojej twarzy.',
  consentPoints: [
    'Twoja twarz jest analizowana na tym urządzeniu, aby Cię prowadzić; wysyłane są tylko zdjęcia, które zatwierdzisz.',
    'Zdjęcia służą wyłącznie do weryfikacji Twojej tożsamości na potrzeby tego wniosku.',
    'Możesz przerwać w dowolnym momencie.',
  ],
  consentAccept: 'Zgadzam się',
  consentDecline: 'Nie zgadzam się',

  documentSelectTitle: 'Wybierz dokument',
  documentTypeLabel: 'Rodzaj dokumentu',
  countryLabel: 'Kraj wydania',
  countryPlaceholder: 'Wybierz kraj',
  documentTypes: {
    passport: 'Paszport',
    id_card: 'Dowód osobisty',
    drivers_license: 'Prawo jazdy',
    residence_permit: 'Karta pobytu',
  },

  captureTitle: {
    document_front: 'Przód dokumentu',
    document_back: 'Tył dokumentu',
    selfie: 'Zrób selfie',
    liveness: 'Sprawdzenie obecności',
  },
  captureHint: {
    document_front: 'Umieść przód dokumentu w ramce, na ciemnym tle, bez odblasków.',
    document_back: 'Odwróć dokument i umieść tył w ramce.',
    selfie: 'Patrz prosto w aparat i trzymaj twarz w owalu.',
    liveness: 'Postępuj zgodnie z instrukcjami, aby pokazać, że jesteś obecny.',
  },
  shutter: 'Zrób zdjęcie',
  switchCamera: 'Przełącz aparat',
  useFile: 'Prześlij zdjęcie zamiast tego',
  uploadInstead: 'Wybierz plik',
  cameraStarting: 'Uruchamianie aparatu…',
  cameraPickerLabel: 'Aparat',
  cameraBack: (n) => `Aparat tylny ${n}`,
  cameraFront: (n) => `Aparat przedni ${n}`,
  cameraNumbered: (n) => `Aparat ${n}`,
  torch: 'Latarka',
  cameraPromptHelp: 'Przeglądarka prosi o zgodę na użycie aparatu. Wybierz „Zezwól” w oknie, zwykle obok paska adresu.',
  guidance: {
    starting: 'Przygotowywanie…',
    no_face: 'Nie widzimy Twojej twarzy',
    multiple_faces: 'Na zdjęciu może być tylko jedna osoba',
    too_far: 'Podejdź bliżej',
    too_close: 'Odsuń się trochę',
    off_centre: 'Umieść twarz na środku owalu',
    too_dark: 'Jest za ciemno: znajdź więcej światła',
    too_blurry: 'Nie ruszaj się: obraz jest nieostry',
    glare: 'Przechyl dokument, aby uniknąć odblasków',
    hold_still: 'Nie ruszaj się…',
    good: 'Świetnie, tak zostań',
    capturing: 'Robienie zdjęcia…',
  },
  autoCaptureOn: 'Zdjęcie zostanie zrobione automatycznie, gdy obraz będzie dobry.',
  manualCaptureOnly: 'Automatyczne zdjęcie nie jest dostępne na tym urządzeniu. Użyj przycisku, aby zrobić zdjęcie.',

  livenessTitle: 'Pokaż, że jesteś obecny',
  livenessIntro: 'Trzymaj twarz w owalu i wykonuj kolejne polecenia.',
  livenessChallenge: {
    blink: 'Powoli mrugnij',
    turn_left: 'Obróć głowę w lewo',
    turn_right: 'Obróć głowę w prawo',
    smile: 'Uśmiechnij się',
  },
  livenessHoldStill: 'Patrz prosto przed siebie i nie ruszaj się',
  livenessTimeout: 'Nie zauważyliśmy tego. Spróbujmy jeszcze raz.',
  livenessPassed: 'Gotowe',
  livenessStart: 'Rozpocznij sprawdzenie',
  livenessProgress: (done, total) => `Wykonano ${done} z ${total}`,
  manualCaptureOrFile:
    'Automatyczne zdjęcie nie jest dostępne na tym urządzeniu. Użyj przycisku, aby zrobić zdjęcie, lub wybierz plik.',
  livenessCantDo: 'Nie mogę wykonać tych ruchów',
  livenessPhoto: 'Zrób jedno zdjęcie do sprawdzenia',
  livenessPhotoReview: {
    title: 'Sprawdź zdjęcie',
    check: 'Upewnij się, że cała twarz jest widoczna, ostra i dobrze oświetlona. To zdjęcie sprawdzi człowiek.',
  },
  livenessFallback: {
    vision_unavailable:
      'To urządzenie nie może przeprowadzić sprawdzenia ruchów. Zrób zamiast tego jedno zdjęcie: sprawdzi je człowiek.',
    challenge_failed: 'Nie rozpoznano ruchów. Zrób zamiast tego jedno zdjęcie: sprawdzi je człowiek.',
    no_baseline:
      'Nie udało się zobaczyć Twojej twarzy na wprost. Zrób zamiast tego jedno zdjęcie: sprawdzi je człowiek.',
    applicant_choice: 'Nie ma problemu. Zrób zamiast tego jedno zdjęcie: sprawdzi je człowiek.',
  },

  reviewTitle: {
    document_front: 'Sprawdź przód',
    document_back: 'Sprawdź tył',
    selfie: 'Sprawdź selfie',
    liveness: 'Sprawdzenie zakończone',
  },
  reviewCheck: {
    document_front:
      'Upewnij się, że cały tekst jest czytelny, bez rozmycia i odblasków, a cały dokument jest widoczny.',
    document_back: 'Upewnij się, że cały tekst jest czytelny, bez rozmycia i odblasków, a cały dokument jest widoczny.',
    selfie: 'Upewnij się, że cała twarz jest widoczna, ostra i dobrze oświetlona.',
    liveness: 'Sprawdzenie obecności zostało zapisane.',
  },
  reviewImageAlt: {
    document_front: 'Zdjęcie przodu dokumentu',
    document_back: 'Zdjęcie tyłu dokumentu',
    selfie: 'Twoje selfie',
    liveness: 'Klatka ze sprawdzenia obecności',
  },
  retake: 'Powtórz',
  confirm: 'Użyj tego zdjęcia',

  fileTooLarge: (mb) => `Ten plik jest za duży. Wybierz obraz mniejszy niż ${mb} MB.`,
  fileNotImage: 'Ten plik nie jest zdjęciem ani plikiem PDF.',
  fileHeicCorrupt:
    'Nie udało się otworzyć tego zdjęcia HEIC; może być uszkodzone. Wybierz inny plik albo zrób zdjęcie aparatem.',
  fileHeicUnsupported: 'Tego zdjęcia HEIC nie można tu otworzyć. Wybierz JPEG lub PNG albo zrób zdjęcie aparatem.',
  fileUnreadable: 'Nie udało się odczytać tego obrazu. Wybierz inne zdjęcie.',
  filePdfTooLarge: (mb) => `Ten plik PDF jest za duży. Wybierz PDF mniejszy niż ${mb} MB albo zdjęcie dokumentu.`,
  filePdfEncrypted: 'Ten plik PDF jest chroniony hasłem. Wybierz PDF bez hasła albo zdjęcie dokumentu.',
  filePdfCorrupt:
    'Nie udało się otworzyć tego pliku PDF; może być uszkodzony. Wybierz inny plik albo zrób zdjęcie aparatem.',
  documentReadIssue: {
    document_expired: {
      title: 'Ten dokument stracił ważność',
      instruction:
        'Minęła data jego ważności. Użyj ważnego dokumentu lub zrób zdjęcie ponownie, jeśli zostało źle odczytane.',
    },
    document_type_mismatch: {
      title: 'To nie jest wybrany dokument',
      instruction: 'Odczytuje się jako inny rodzaj dokumentu. Wybierz dokument, który masz, lub zrób zdjęcie ponownie.',
    },
    document_country_mismatch: {
      title: 'Ten dokument pochodzi z innego kraju',
      instruction: 'Nie zgadza się z wybranym krajem. Wybierz właściwy kraj lub zrób zdjęcie ponownie.',
    },
  },
  documentChooseAgain: 'Wybierz ponownie',

  uploadingTitle: 'Wysyłanie zdjęć',
  uploadingBody: 'Nie zamykaj tej strony.',
  uploadProgress: (done, total) => `Wysłano ${done} z ${total}`,
  uploadWaitingOnline: 'Jesteś offline. Wysyłanie zostanie wznowione po przywróceniu połączenia.',

  doneTitle: 'Dziękujemy',
  doneBody: 'Twoja weryfikacja została przesłana.',
  doneRedirecting: 'Przekierowujemy Cię z powrotem…',
  doneContinue: 'Dalej',

  cancelledTitle: 'Weryfikacja przerwana',
  cancelledBody: 'Możesz zamknąć tę stronę. Nic więcej nie zostanie wysłane.',
  cancelConfirm: 'Przerwać weryfikację? Zdjęcia, które nie zostały jeszcze wysłane, zostaną usunięte.',

  errorTitle: 'Coś poszło nie tak',
  errors: {
    vision_unavailable: {
      title: 'Automatyczne sprawdzanie nie jest dostępne na tym urządzeniu',
      instruction:
        'Nadal możesz zrobić każde zdjęcie przyciskiem. Sprawdzenie obecności wykona wtedy jedno zdjęcie, które sprawdzi człowiek.',
    },
    camera_not_allowed: {
      title: 'Dostęp do aparatu jest zablokowany',
      instruction:
        'Zezwól na dostęp do aparatu dla tej strony w ustawieniach przeglądarki i spróbuj ponownie. Możesz też przesłać zdjęcia.',
    },
    camera_blocked_by_embed: {
      title: 'Aparat nie jest dostępny w tym oknie',
      instruction:
        'Ta strona jest osadzona bez dostępu do aparatu. Otwórz weryfikację w osobnym oknie lub prześlij zdjęcia.',
    },
    camera_not_found: {
      title: 'Nie znaleziono aparatu',
      instruction: 'Podłącz aparat i spróbuj ponownie lub prześlij zdjęcia.',
    },
    camera_in_use: {
      title: 'Aparat jest zajęty',
      instruction: 'Zamknij inne aplikacje lub karty, które używają aparatu, i spróbuj ponownie.',
    },
    camera_black: {
      title: 'Aparat pokazuje tylko czerń',
      instruction:
        'Sprawdź, czy nic nie zasłania obiektywu (niektóre laptopy mają zasłonkę lub klawisz aparatu) i czy jest trochę światła, po czym spróbuj ponownie. Możesz też wybrać inny aparat.',
    },
    camera_frozen: {
      title: 'Obraz z aparatu jest zamrożony',
      instruction:
        'Aparat się uruchomił, ale obraz się nie zmienia. Spróbuj ponownie lub wybierz inny aparat, jeśli go masz.',
    },
    constraints_unsatisfiable: {
      title: 'Nie można użyć aparatu',
      instruction: 'Twój aparat nie obsługuje tego, czego wymaga ten krok. Wypróbuj inny aparat lub prześlij zdjęcia.',
    },
    insecure_context: {
      title: 'Aparat wymaga bezpiecznego połączenia',
      instruction: 'Otwórz tę stronę przez https lub prześlij zdjęcia.',
    },
    token_invalid: {
      title: 'Ten link jest nieprawidłowy',
      instruction: 'Poproś o nowy link do weryfikacji.',
    },
    token_expired: {
      title: 'Ten link wygasł',
      instruction: 'Linki do weryfikacji są ważne przez ograniczony czas. Poproś o nowy.',
    },
    session_completed: {
      title: 'Już przesłano',
      instruction: 'Ta weryfikacja została już przesłana. Nie musisz nic więcej robić.',
    },
    network: {
      title: 'Brak połączenia',
      instruction: 'Sprawdź połączenie z internetem. Nic nie zostało utracone: spróbuj ponownie, gdy wrócisz do sieci.',
    },
    upload_rejected: {
      title: 'Zdjęcie nie zostało przyjęte',
      instruction: 'Zrób to zdjęcie jeszcze raz.',
    },
    server_error: {
      title: 'Nasza usługa ma problemy',
      instruction: 'Nic nie zostało utracone. Spróbuj ponownie za chwilę.',
    },
    bad_response: {
      title: 'Nieoczekiwana odpowiedź',
      instruction: 'Otrzymaliśmy coś, czego się nie spodziewaliśmy. Spróbuj ponownie za chwilę.',
    },
  },
  errorCode: (code) => `Kod błędu: ${code}`,
  handoffOffer: 'Kontynuuj na telefonie',
  handoffTitle: 'Kontynuuj na telefonie',
  handoffBody:
    'Zeskanuj ten kod aparatem telefonu lub otwórz link na telefonie. Nie zamykaj tej strony: zakończy się sama, gdy skończysz na telefonie.',
  handoffConnectedBody: 'Wykonaj kolejne kroki na telefonie. Nie zamykaj tej strony: zakończy się sama, gdy skończysz.',
  handoffFinishedBody: 'Wszystko zostało wysłane z telefonu. Ta strona zaraz się zakończy.',
  handoffQrLabel: 'Kod QR z linkiem dla telefonu',
  handoffLinkLabel: 'Link dla telefonu',
  handoffCopy: 'Kopiuj link',
  handoffCopied: 'Skopiowano link',
  handoffCopyManual: 'Zaznacz link i skopiuj go.',
  handoffCreating: 'Tworzenie linku…',
  handoffValidFor: (m) => `Link działa jeden raz, przez ${forMinutes(m)}.`,
  handoffExpired: 'Ten link wygasł.',
  handoffStalled: 'Od jakiegoś czasu na telefonie nic się nie dzieje.',
  handoffNewLink: 'Utwórz nowy link',
  handoffFailed: 'Nie udało się utworzyć linku.',
  handoffWaiting: 'Czekamy na telefon…',
  handoffConnected: 'Telefon jest połączony.',
  handoffPhoneStep: (step) => `Na telefonie: ${step}`,
  handoffStepNames: {
    intro: 'rozpoczęcie',
    consent: 'zgoda',
    document_select: 'wybór dokumentu',
    uploading: 'wysyłanie',
    done: 'zakończono',
  },
  handoffReceived: (done, total) => `Otrzymane zdjęcia: ${done} z ${total}`,
  handoffFinished: 'Telefon zakończył.',
  handoffUseThisDevice: 'Użyj jednak tego urządzenia',
  phoneDoneTitle: 'Wróć do komputera',
  phoneDoneBody:
    'Wszystko zostało wysłane. Możesz zamknąć tę stronę i wrócić do komputera: tam wszystko potoczy się samo.',
  handoffOpenTitle: 'Kontynuuj na tym telefonie',
  handoffOpenBody:
    'Otwarto link, aby kontynuować weryfikację tożsamości na tym telefonie. Kontynuuj tylko wtedy, gdy to Ty rozpocząłeś ją na komputerze.',
  handoffOpenButton: 'Kontynuuj na tym telefonie',
  handoffRefused: {
    unknown: {
      title: 'Ten link jest nieprawidłowy',
      instruction: 'Sprawdź, czy otwarto cały link, lub utwórz nowy na komputerze.',
    },
    used: {
      title: 'Ten link został już użyty',
      instruction: 'Każdy link działa jeden raz. Na komputerze wybierz „Utwórz nowy link” i zeskanuj nowy kod.',
    },
    expired: {
      title: 'Ten link wygasł',
      instruction: 'Linki działają przez 10 minut. Na komputerze wybierz „Utwórz nowy link” i zeskanuj nowy kod.',
    },
    closed: {
      title: 'Ta weryfikacja jest zamknięta',
      instruction: 'Została już przesłana lub wygasła. Na tym telefonie nie musisz nic więcej robić.',
    },
  },
};

export default pl;
