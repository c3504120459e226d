import type { AuthoredLocale } from '@widerspruch/catalog';

/** Wording of the interactive guide. */
export const INTERACTIVE_TEXT = {
  de: {
    intro: 'Widerspruch – KI-Training mit Ihren Daten widersprechen',
    about:
      'Dieser Assistent zeigt Ihnen für jede Plattform den offiziellen Weg zum Widerspruch,\nschreibt den Text dafür und erklärt, was der Widerspruch bewirkt und was nicht.\nDer Assistent verschickt nichts. Auf diesem Gerät speichert er nur, was Sie als erledigt bestätigen.\nKeine Rechtsberatung.',
    choose: 'Welche Dienste nutzen Sie? (Leertaste: auswählen, Enter: weiter)',
    chooseRequired: 'Bitte wählen Sie mindestens einen Dienst.',
    device: 'Wo möchten Sie widersprechen?',
    devices: { desktop: 'Am Computer (im Browser)', mobile: 'Auf dem Smartphone (in der App)' },
    progress: (i: number, n: number, name: string) => `${name} (${i} von ${n})`,
    addGrounds: 'Möchten Sie Gründe aus Ihrer persönlichen Situation ergänzen? (freiwillig)',
    grounds: 'Welche Gründe treffen auf Sie zu? (Leertaste: auswählen, Enter: weiter)',
    note: 'Eigene Worte (freiwillig, Enter zum Überspringen):',
    textTitle: 'Ihr Text zum Einfügen',
    sent: 'Haben Sie den Widerspruch abgeschickt?',
    sentYes: 'Gut. Bewahren Sie die Bestätigungs-E-Mail als Nachweis auf.',
    settingDone: 'Haben Sie die Einstellung wie beschrieben geändert?',
    recorded: (path: string) =>
      `Festgehalten (widerspruch case list zeigt alle Fälle; Speicher: ${path}).`,
    sentLater: 'Kein Problem. Sie können jederzeit wiederkommen: widerspruch guide <plattform>',
    more: 'Mehr dazu anzeigen: was der Widerspruch bewirkt, mehrere Konten, Inhalte anderer?',
    yes: 'Ja',
    no: 'Nein',
    cancelled: 'Abgebrochen. Es wurde nichts gespeichert.',
    outro: 'Fertig. Danke, dass Sie Ihre Rechte wahrnehmen.',
  },
  en: {
    intro: 'Widerspruch – object to AI training on your data',
    about:
      'This assistant shows the official way to object at each platform, writes the text\nfor it, and explains what the objection does and does not do.\nNothing is sent. Only what you confirm as done is kept, on this device.\nNot legal advice.',
    choose: 'Which services do you use? (space: select, enter: continue)',
    chooseRequired: 'Please choose at least one service.',
    device: 'Where will you object?',
    devices: { desktop: 'On a computer (in the browser)', mobile: 'On a phone (in the app)' },
    progress: (i: number, n: number, name: string) => `${name} (${i} of ${n})`,
    addGrounds: 'Add grounds from your personal situation? (optional)',
    grounds: 'Which grounds apply to you? (space: select, enter: continue)',
    note: 'Your own words (optional, enter to skip):',
    textTitle: 'Your text to paste',
    sent: 'Did you send the objection?',
    sentYes: 'Good. Keep the confirmation e-mail as proof.',
    settingDone: 'Did you change the setting as described?',
    recorded: (path: string) => `Recorded (widerspruch case list shows all cases; store: ${path}).`,
    sentLater: 'No problem. Come back any time: widerspruch guide <platform>',
    more: 'Show more: what the objection does, several accounts, content by others?',
    yes: 'Yes',
    no: 'No',
    cancelled: 'Cancelled. Nothing was stored.',
    outro: 'Done. Thank you for exercising your rights.',
  },
} satisfies Record<AuthoredLocale, unknown>;
