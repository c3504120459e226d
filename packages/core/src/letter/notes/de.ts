import type { LetterNotes } from './model.js';

/** German notes about letters. */
export const letterNotesDe: LetterNotes = {
  'not-sent': () =>
    'Der Widerspruch ist noch nicht als abgeschickt eingetragen; der Brief würde ein falsches Datum nennen. Tragen Sie zuerst ein, wann Sie ihn abgeschickt haben.',
  'no-prior-request': () =>
    'Seit dem 2. April 2027 muss einer Beschwerde über einen Widerspruch der Widerspruch an das Unternehmen vorausgehen (Verordnung (EU) 2025/2518), und die Beschwerde nennt sein Datum und den Nachweis. Im Fall ist kein abgeschickter Widerspruch eingetragen. Widersprechen Sie zuerst beim Unternehmen und tragen Sie ein, wann Sie es getan haben.',
  'not-due-reminder': (n, w) =>
    `Die Frist für die Antwort läuft noch bis zum ${w.date(n.due ?? '')}; eine Erinnerung würde behaupten, sie sei abgelaufen. Schicken Sie die Erinnerung erst danach.`,
  'not-due-reminded': (n, w) =>
    `Sie haben bereits erinnert; die Frist aus Ihrer Erinnerung läuft noch bis zum ${w.date(n.due ?? '')}. Kommt bis dahin keine Antwort, ist eine Beschwerde der nächste Schritt.`,
  'not-due-complaint': (n, w) =>
    `Die Frist für die Antwort läuft noch bis zum ${w.date(n.due ?? '')}; das Beschwerdeschreiben würde behaupten, sie sei abgelaufen. Sie können es erstellen, sobald die Frist abgelaufen ist oder Sie eine Antwort eingetragen haben, die Sie nicht zufriedenstellt.`,
  answered: () =>
    'Das Unternehmen hat geantwortet; eine Erinnerung ist für den Fall gedacht, dass keine Antwort kommt. Ist die Antwort unzureichend, können Sie sich bei der Aufsichtsbehörde beschweren.',
  'confirmed-reminder': () =>
    'Das Unternehmen hat Ihren Widerspruch bestätigt; eine Erinnerung ist nicht nötig. Bewahren Sie die Bestätigung als Nachweis auf.',
  'confirmed-complaint': () =>
    'Das Unternehmen hat Ihren Widerspruch bestätigt; das Beschwerdeschreiben würde behaupten, er sei abgelehnt oder nicht beantwortet worden. Lehnt das Unternehmen später doch ab, tragen Sie diese Antwort im Fall ein.',
  'asks-for-reason': () =>
    'Das Unternehmen hat nach Gründen gefragt. Statt einer Erinnerung passt jetzt ein neuer Widerspruch mit Gründen aus Ihrer besonderen Situation (Art. 21 Abs. 1 DSGVO). Sie können sich auch bei der Aufsichtsbehörde beschweren.',
  'asks-for-id': () =>
    'Das Unternehmen hat einen Identitätsnachweis verlangt. Statt einer Erinnerung schicken Sie jetzt den Widerspruch erneut, mit den Angaben zu Ihrem Konto, die das Unternehmen schon hat. Sie können sich auch bei der Aufsichtsbehörde beschweren.',
  'web-form': () =>
    'Sie haben über das Formular widersprochen; darauf kommt keine Antwort mit Frist, sondern eine Bestätigungs-E-Mail, meist binnen 24 Stunden. Kommt keine, sehen Sie im Spam-Ordner nach und widersprechen Sie einfach erneut über das Formular. Geht das nicht, widersprechen Sie per Brief; für den läuft dann die Monatsfrist.',
  closed: () =>
    'Der Fall ist als abgeschlossen eingetragen; dafür sind keine weiteren Schreiben vorgesehen. Geht es weiter, legen Sie einen neuen Fall an.',
  complained: () =>
    'Sie haben sich schon bei der Aufsichtsbehörde beschwert; eine Erinnerung an das Unternehmen ist nicht mehr der nächste Schritt.',
  'prior-request': () =>
    'Seit dem 2. April 2027 muss einer Beschwerde Ihr Widerspruch an das Unternehmen vorausgehen (Verordnung (EU) 2025/2518). Das Schreiben nennt, wann Sie widersprochen haben; schicken Sie Ihre Nachweise (Bestätigung, Bildschirmfoto, Brief) mit.',
  'language-interface': (n, w) =>
    `Das Schreiben ist auf ${w.language(n.language)}, in Ihrer Sprache; die Behörde nimmt Beschwerden auf ${w.language(n.language)} entgegen.`,
  'language-chosen': (n, w) =>
    `Das Schreiben ist auf ${w.language(n.language)}, wie gewählt; die Behörde nimmt Beschwerden auf ${w.language(n.language)} entgegen.`,
  'language-authority': (n, w) =>
    `Das Schreiben ist auf ${w.language(n.language)}: Die Behörde nimmt Beschwerden auf ${w.languages(n.accepted)} entgegen, nicht auf ${w.language(n.interfaceLocale)}.`,
  'language-fallback': (n, w) =>
    `Die Behörde nimmt Beschwerden auf ${w.languages(n.accepted)} entgegen; in dieser Sprache kann Widerspruch das Schreiben nicht erstellen. Es ist deshalb auf ${w.language(n.language)}; lassen Sie es übersetzen, bevor Sie es abschicken.`,
  translation: (n, w) =>
    `Nur zum Lesen: dieselbe Beschwerde auf ${w.self}. Schicken Sie diese nicht ab; abzuschicken ist das Schreiben auf ${w.language(n.language)}.`,
};
