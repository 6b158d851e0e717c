import { counted } from '../plural.js';
import type { Translation } from '../translation.js';

const minutes = counted('de', { one: 'Minute', other: 'Minuten' });

const de: Translation = {
  $code: 'de',
  $dir: 'ltr',
  $name: 'Deutsch',

  widgetLabel: 'Identitätsprüfung',
  progress: (step, total) => `Schritt ${step} von ${total}`,
  continue: 'Weiter',
  back: 'Zurück',
  cancel: 'Abbrechen',
  retry: 'Erneut versuchen',
  loading: 'Ihre Prüfung wird geladen…',

  introTitle: (name) => (name ? `Hallo ${name}, bestätigen Sie jetzt Ihre Identität` : 'Bestätigen Sie Ihre Identität'),
  introBody: 'Das dauert etwa zwei Minuten. Sie benötigen:',
  introNeedDocument: 'Ein gültiges Ausweisdokument',
  introNeedSelfie: 'Ein kurzes Foto Ihres Gesichts',
  introNeedLiveness: 'Ein paar einfache Kopfbewegungen',
  introTime: (m) => `Etwa ${minutes(m)}`,
  introStart: 'Jetzt starten',
  languageLabel: 'Sprache',
  inAppTitle: 'Öffnen Sie diese Seite in Ihrem Browser',
  inAppBody: (app) =>
    `Der in ${app} eingebaute Browser kann die Kamera oft nicht verwenden. Kopieren Sie den Link und öffnen Sie ihn in Safari, Chrome oder einem anderen Browser (oder wählen Sie im Menü der App „Im Browser öffnen“), oder fahren Sie auf Ihrem Smartphone fort.`,
  inAppOpen: 'In meinem Browser öffnen',

  consentTitle: 'Ihre Einwilligung',
  consentBody: 'Um zu bestätigen, dass das Dokument Ihnen gehört, nehmen wir Fotos Ihres Gesichts auf.',
  consentPoints: [
    'Ihr Gesicht wird auf diesem Gerät analysiert, um Sie anzuleiten; gesendet werden nur die Fotos, die Sie bestätigen.',
    'Die Fotos werden ausschließlich verwendet, um Ihre Identität für diese Anfrage zu prüfen.',
    'Sie können jederzeit abbrechen.',
  ],
  consentAccept: 'Ich stimme zu',
  consentDecline: 'Ich stimme nicht zu',

  documentSelectTitle: 'Wählen Sie Ihr Dokument',
  documentTypeLabel: 'Art des Dokuments',
  countryLabel: 'Ausstellungsland',
  countryPlaceholder: 'Land auswählen',
  documentTypes: {
    passport: 'Reisepass',
    id_card: 'Personalausweis',
    drivers_license: 'Führerschein',
    residence_permit: 'Aufenthaltstitel',
  },

  captureTitle: {
    document_front: 'Vorderseite Ihres Dokuments',
    document_back: 'Rückseite Ihres Dokuments',
    selfie: 'Machen Sie ein Selfie',
    liveness: 'Lebendigkeitsprüfung',
  },
  captureHint: {
    document_front:
      'Legen Sie Ihr Dokument mit der Vorderseite nach oben auf eine dunkle Unterlage und richten Sie es im Rahmen aus, ohne Spiegelungen.',
    document_back: 'Drehen Sie Ihr Dokument um und richten Sie die Rückseite im Rahmen aus.',
    selfie: 'Schauen Sie direkt in die Kamera und halten Sie Ihr Gesicht innerhalb des Ovals.',
    liveness: 'Folgen Sie den Anweisungen, um zu zeigen, dass Sie anwesend sind.',
  },
  shutter: 'Foto aufnehmen',
  switchCamera: 'Kamera wechseln',
  useFile: 'Stattdessen ein Foto hochladen',
  uploadInstead: 'Datei auswählen',
  cameraStarting: 'Kamera wird gestartet…',
  cameraPickerLabel: 'Kamera',
  cameraBack: (n) => `Rückkamera ${n}`,
  cameraFront: (n) => `Frontkamera ${n}`,
  cameraNumbered: (n) => `Kamera ${n}`,
  torch: 'Licht',
  cameraPromptHelp:
    'Ihr Browser bittet um die Erlaubnis, die Kamera zu verwenden. Wählen Sie in der Abfrage „Zulassen“ – sie erscheint meist in der Nähe der Adressleiste.',
  guidance: {
    starting: 'Wird vorbereitet…',
    no_face: 'Wir können Ihr Gesicht nicht sehen',
    multiple_faces: 'Es darf nur eine Person im Bild sein',
    too_far: 'Kommen Sie etwas näher',
    too_close: 'Gehen Sie etwas weiter weg',
    off_centre: 'Richten Sie Ihr Gesicht mittig im Oval aus',
    too_dark: 'Zu dunkel: Suchen Sie einen helleren Ort',
    too_blurry: 'Halten Sie still: Das Bild ist unscharf',
    glare: 'Neigen Sie das Dokument, um Spiegelungen zu vermeiden',
    hold_still: 'Bitte stillhalten…',
    good: 'Perfekt, so bleiben',
    capturing: 'Foto wird aufgenommen…',
  },
  autoCaptureOn: 'Das Foto wird automatisch aufgenommen, sobald das Bild gut ist.',
  manualCaptureOnly:
    'Die automatische Aufnahme ist auf diesem Gerät nicht verfügbar. Nehmen Sie das Foto mit der Schaltfläche auf.',

  livenessTitle: 'Zeigen Sie, dass Sie anwesend sind',
  livenessIntro: 'Halten Sie Ihr Gesicht im Oval und folgen Sie jeder Anweisung.',
  livenessChallenge: {
    blink: 'Blinzeln Sie langsam',
    turn_left: 'Drehen Sie den Kopf nach links',
    turn_right: 'Drehen Sie den Kopf nach rechts',
    smile: 'Lächeln Sie',
  },
  livenessHoldStill: 'Schauen Sie geradeaus und halten Sie still',
  livenessTimeout: 'Das haben wir nicht erkannt. Versuchen wir es noch einmal.',
  livenessPassed: 'Erledigt',
  livenessStart: 'Prüfung starten',
  livenessProgress: (done, total) => `${done} von ${total} erledigt`,
  manualCaptureOrFile:
    'Die automatische Aufnahme ist auf diesem Gerät nicht verfügbar. Nehmen Sie das Foto mit der Taste auf oder wählen Sie eine Datei.',
  livenessCantDo: 'Ich kann diese Bewegungen nicht ausführen',
  livenessPhoto: 'Ein Foto zur Prüfung aufnehmen',
  livenessPhotoReview: {
    title: 'Foto prüfen',
    check:
      'Achten Sie darauf, dass Ihr ganzes Gesicht sichtbar, scharf und gut beleuchtet ist. Eine Person prüft dieses Foto.',
  },
  livenessFallback: {
    vision_unavailable:
      'Dieses Gerät kann die Bewegungsprüfung nicht ausführen. Nehmen Sie stattdessen ein Foto auf: Eine Person prüft es.',
    challenge_failed: 'Die Bewegungen wurden nicht erkannt. Nehmen Sie stattdessen ein Foto auf: Eine Person prüft es.',
    no_baseline:
      'Wir konnten Ihr Gesicht nicht von vorn sehen. Nehmen Sie stattdessen ein Foto auf: Eine Person prüft es.',
    applicant_choice: 'Kein Problem. Nehmen Sie stattdessen ein Foto auf: Eine Person prüft es.',
  },

  reviewTitle: {
    document_front: 'Vorderseite prüfen',
    document_back: 'Rückseite prüfen',
    selfie: 'Selfie prüfen',
    liveness: 'Prüfung abgeschlossen',
  },
  reviewCheck: {
    document_front:
      'Achten Sie darauf, dass der gesamte Text ohne Unschärfe oder Spiegelungen lesbar und das ganze Dokument zu sehen ist.',
    document_back:
      'Achten Sie darauf, dass der gesamte Text ohne Unschärfe oder Spiegelungen lesbar und das ganze Dokument zu sehen ist.',
    selfie: 'Achten Sie darauf, dass Ihr ganzes Gesicht zu sehen, scharf und gut beleuchtet ist.',
    liveness: 'Die Lebendigkeitsprüfung wurde aufgezeichnet.',
  },
  reviewImageAlt: {
    document_front: 'Foto der Vorderseite Ihres Dokuments',
    document_back: 'Foto der Rückseite Ihres Dokuments',
    selfie: 'Ihr Selfie',
    liveness: 'Ein Bild aus Ihrer Lebendigkeitsprüfung',
  },
  retake: 'Neu aufnehmen',
  confirm: 'Dieses Foto verwenden',

  fileTooLarge: (mb) => `Diese Datei ist zu groß. Wählen Sie ein Bild mit weniger als ${mb} MB.`,
  fileNotImage: 'Diese Datei ist weder ein Foto noch eine PDF-Datei.',
  fileHeicCorrupt:
    'Dieses HEIC-Foto konnte nicht geöffnet werden; es ist möglicherweise beschädigt. Wählen Sie eine andere Datei oder machen Sie ein Foto mit der Kamera.',
  fileHeicUnsupported:
    'Dieses HEIC-Foto kann hier nicht geöffnet werden. Wählen Sie ein JPEG oder PNG, oder nehmen Sie das Foto mit der Kamera auf.',
  fileUnreadable: 'Dieses Bild konnte nicht gelesen werden. Wählen Sie ein anderes Foto.',
  filePdfTooLarge: (mb) =>
    `Diese PDF-Datei ist zu groß. Wählen Sie eine PDF-Datei mit weniger als ${mb} MB oder ein Foto des Dokuments.`,
  filePdfEncrypted:
    'Diese PDF-Datei ist mit einem Passwort geschützt. Wählen Sie eine PDF-Datei ohne Passwort oder ein Foto des Dokuments.',
  filePdfCorrupt:
    'Diese PDF-Datei konnte nicht geöffnet werden; sie ist möglicherweise beschädigt. Wählen Sie eine andere Datei oder machen Sie ein Foto mit der Kamera.',
  documentReadIssue: {
    document_expired: {
      title: 'Dieses Dokument ist abgelaufen',
      instruction:
        'Sein Ablaufdatum ist überschritten. Verwenden Sie ein gültiges Dokument oder wiederholen Sie das Foto, falls es falsch gelesen wurde.',
    },
    document_type_mismatch: {
      title: 'Das ist nicht das gewählte Dokument',
      instruction:
        'Es wird als andere Dokumentart gelesen. Wählen Sie das Dokument, das Sie haben, oder wiederholen Sie das Foto.',
    },
    document_country_mismatch: {
      title: 'Dieses Dokument stammt aus einem anderen Land',
      instruction: 'Es passt nicht zum gewählten Land. Wählen Sie das richtige Land oder wiederholen Sie das Foto.',
    },
  },
  documentChooseAgain: 'Neu wählen',

  uploadingTitle: 'Ihre Fotos werden gesendet',
  uploadingBody: 'Bitte lassen Sie diese Seite geöffnet.',
  uploadProgress: (done, total) => `${done} von ${total} gesendet`,
  uploadWaitingOnline: 'Sie sind offline. Das Senden wird fortgesetzt, sobald die Verbindung wieder besteht.',

  doneTitle: 'Vielen Dank',
  doneBody: 'Ihre Prüfung wurde übermittelt.',
  doneRedirecting: 'Sie werden weitergeleitet…',
  doneContinue: 'Weiter',

  cancelledTitle: 'Prüfung abgebrochen',
  cancelledBody: 'Sie können diese Seite schließen. Es wird nichts mehr gesendet.',
  cancelConfirm: 'Prüfung abbrechen? Noch nicht gesendete Fotos werden verworfen.',

  errorTitle: 'Etwas ist schiefgelaufen',
  errors: {
    vision_unavailable: {
      title: 'Automatische Prüfungen sind auf diesem Gerät nicht verfügbar',
      instruction:
        'Sie können jedes Foto weiterhin mit der Taste aufnehmen. Die Lebenderkennung erfolgt dann mit einem einzigen Foto, das eine Person prüft.',
    },
    camera_not_allowed: {
      title: 'Der Kamerazugriff ist blockiert',
      instruction:
        'Erlauben Sie in den Browsereinstellungen den Kamerazugriff für diese Website und versuchen Sie es dann erneut. Sie können stattdessen auch Fotos hochladen.',
    },
    camera_blocked_by_embed: {
      title: 'Die Kamera ist in diesem Fenster nicht verfügbar',
      instruction:
        'Diese Seite ist ohne Kamerazugriff eingebettet. Öffnen Sie die Prüfung in einem eigenen Fenster oder laden Sie stattdessen Fotos hoch.',
    },
    camera_not_found: {
      title: 'Keine Kamera gefunden',
      instruction: 'Schließen Sie eine Kamera an und versuchen Sie es erneut, oder laden Sie stattdessen Fotos hoch.',
    },
    camera_in_use: {
      title: 'Die Kamera wird bereits verwendet',
      instruction: 'Schließen Sie andere Apps oder Tabs, die die Kamera verwenden, und versuchen Sie es dann erneut.',
    },
    camera_black: {
      title: 'Die Kamera zeigt nur Schwarz',
      instruction:
        'Prüfen Sie, dass nichts das Objektiv verdeckt (manche Laptops haben eine Abdeckung oder eine Taste, die die Kamera ausschaltet) und dass etwas Licht da ist, und versuchen Sie es dann erneut. Sie können auch eine andere Kamera wählen.',
    },
    camera_frozen: {
      title: 'Das Kamerabild ist eingefroren',
      instruction:
        'Die Kamera ist gestartet, aber ihr Bild ändert sich nicht. Versuchen Sie es erneut oder wählen Sie eine andere Kamera, falls vorhanden.',
    },
    constraints_unsatisfiable: {
      title: 'Die Kamera kann nicht verwendet werden',
      instruction:
        'Ihre Kamera unterstützt nicht, was dieser Schritt erfordert. Versuchen Sie es mit einer anderen Kamera oder laden Sie stattdessen Fotos hoch.',
    },
    insecure_context: {
      title: 'Die Kamera benötigt eine sichere Verbindung',
      instruction: 'Öffnen Sie diese Seite über https oder laden Sie stattdessen Fotos hoch.',
    },
    token_invalid: {
      title: 'Dieser Link ist ungültig',
      instruction: 'Fordern Sie einen neuen Link für die Prüfung an.',
    },
    token_expired: {
      title: 'Dieser Link ist abgelaufen',
      instruction: 'Links für die Prüfung sind nur begrenzt gültig. Fordern Sie einen neuen an.',
    },
    session_completed: {
      title: 'Bereits übermittelt',
      instruction: 'Diese Prüfung wurde bereits übermittelt. Sie müssen nichts weiter tun.',
    },
    network: {
      title: 'Keine Verbindung',
      instruction:
        'Prüfen Sie Ihre Internetverbindung. Es geht nichts verloren: Versuchen Sie es erneut, sobald Sie wieder online sind.',
    },
    upload_rejected: {
      title: 'Ein Foto wurde nicht angenommen',
      instruction: 'Bitte nehmen Sie dieses Foto erneut auf.',
    },
    server_error: {
      title: 'Unser Dienst hat gerade Probleme',
      instruction: 'Es geht nichts verloren. Bitte versuchen Sie es gleich noch einmal.',
    },
    bad_response: {
      title: 'Unerwartete Antwort',
      instruction: 'Wir haben eine unerwartete Antwort erhalten. Bitte versuchen Sie es gleich noch einmal.',
    },
  },
  errorCode: (code) => `Fehlercode: ${code}`,
  handoffOffer: 'Auf dem Smartphone fortfahren',
  handoffTitle: 'Auf dem Smartphone fortfahren',
  handoffBody:
    'Scannen Sie diesen Code mit der Kamera Ihres Smartphones oder öffnen Sie den Link auf dem Smartphone. Lassen Sie diese Seite geöffnet: Sie schließt von selbst ab, sobald Sie auf dem Smartphone fertig sind.',
  handoffConnectedBody:
    'Machen Sie auf Ihrem Smartphone weiter. Lassen Sie diese Seite geöffnet: Sie schließt von selbst ab, wenn Sie dort fertig sind.',
  handoffFinishedBody: 'Alles wurde von Ihrem Smartphone gesendet. Diese Seite wird jetzt abgeschlossen.',
  handoffQrLabel: 'QR-Code des Links für Ihr Smartphone',
  handoffLinkLabel: 'Link für Ihr Smartphone',
  handoffCopy: 'Link kopieren',
  handoffCopied: 'Link kopiert',
  handoffCopyManual: 'Markieren Sie den Link und kopieren Sie ihn.',
  handoffCreating: 'Link wird erstellt…',
  handoffValidFor: (minutes) =>
    `Der Link funktioniert einmal, ${minutes === 1 ? 'eine Minute' : `${minutes} Minuten`} lang.`,
  handoffExpired: 'Dieser Link ist abgelaufen.',
  handoffStalled: 'Auf Ihrem Smartphone hat sich seit einer Weile nichts getan.',
  handoffNewLink: 'Neuen Link erstellen',
  handoffFailed: 'Der Link konnte nicht erstellt werden.',
  handoffWaiting: 'Warten auf Ihr Smartphone…',
  handoffConnected: 'Ihr Smartphone ist verbunden.',
  handoffPhoneStep: (step) => `Auf Ihrem Smartphone: ${step}`,
  handoffStepNames: {
    intro: 'Start',
    consent: 'Einwilligung',
    document_select: 'Dokumentauswahl',
    uploading: 'Senden',
    done: 'fertig',
  },
  handoffReceived: (done, total) => `Fotos erhalten: ${done} von ${total}`,
  handoffFinished: 'Ihr Smartphone ist fertig.',
  handoffUseThisDevice: 'Auf diesem Gerät weitermachen',
  phoneDoneTitle: 'Zurück zum Computer',
  phoneDoneBody:
    'Alles wurde gesendet. Sie können diese Seite schließen und zu Ihrem Computer zurückkehren: Dort geht es von selbst weiter.',
  handoffOpenTitle: 'Auf diesem Smartphone fortfahren',
  handoffOpenBody:
    'Sie haben einen Link geöffnet, um Ihre Identitätsprüfung auf diesem Smartphone fortzusetzen. Fahren Sie nur fort, wenn Sie sie selbst auf Ihrem Computer begonnen haben.',
  handoffOpenButton: 'Auf diesem Smartphone fortfahren',
  handoffRefused: {
    unknown: {
      title: 'Dieser Link ist ungültig',
      instruction:
        'Prüfen Sie, ob Sie den vollständigen Link geöffnet haben, oder erstellen Sie auf Ihrem Computer einen neuen.',
    },
    used: {
      title: 'Dieser Link wurde bereits verwendet',
      instruction:
        'Jeder Link funktioniert nur einmal. Wählen Sie auf Ihrem Computer „Neuen Link erstellen“ und scannen Sie den neuen Code.',
    },
    expired: {
      title: 'Dieser Link ist abgelaufen',
      instruction:
        'Links funktionieren 10 Minuten lang. Wählen Sie auf Ihrem Computer „Neuen Link erstellen“ und scannen Sie den neuen Code.',
    },
    closed: {
      title: 'Diese Prüfung ist abgeschlossen',
      instruction: 'Sie wurde bereits übermittelt oder ist abgelaufen. Auf diesem Smartphone ist nichts mehr zu tun.',
    },
  },
};

export default de;
