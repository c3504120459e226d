import type { RemedyPageText } from './page-text.js';

/** The remedies page in German. */
export const de: RemedyPageText = {
  route: {
    visibility: {
      title: 'Nicht mehr öffentlich posten',
      text: (_, platform) =>
        `Stellen Sie neue Beiträge nicht mehr öffentlich ein, und schränken Sie in den Einstellungen von ${platform} ein, wer Ihre älteren Beiträge sehen kann.`,
    },
    delete: {
      title: 'Inhalte löschen',
      text: () =>
        'Löschen Sie, was nicht mehr verwendet werden soll. Was Ihr Datenexport enthält, zeigt Ihnen „Export prüfen“, ohne dass Ihre Daten das Gerät verlassen.',
    },
    complaint: {
      title: 'Beschwerde bei der Datenschutzaufsicht',
      text: () =>
        'Die Beschwerde ist kostenlos (Art. 77 DSGVO). Die App schreibt sie aus Ihrem Fall, mit Verlauf und Nachweisen: unter „Meine Widersprüche“ im Fall.',
    },
    advice: {
      title: 'Verbraucherzentrale oder Anwalt',
      text: () =>
        'Für eine Beratung stellt die App aus Ihrem Fall eine Übersicht zusammen (Verlauf, Schreiben, Nachweise); Sie finden sie im Fall unter „Meine Widersprüche“.',
    },
    injunction: {
      title: 'Gerichtliches Verbot (einstweilige Verfügung)',
      text: (company) =>
        `Ein Gericht kann ${company} in einem Eilverfahren vorläufig verbieten, Ihre Daten zu nutzen, bis in der Hauptsache entschieden ist. Das Verbot gilt nur für den, der es beantragt.`,
    },
    collective: {
      title: 'Einer Sammelklage anschließen',
      text: () =>
        'Bei einer Sammelklage klagt ein Verband für viele auf Schadensersatz; Sie melden sich an und müssen nicht selbst klagen.',
    },
  },
  collectiveNone: (platform) => `Zu ${platform} kennen wir keine Sammelklage zum KI-Training.`,
  fact: {
    'authority-powers':
      'Die Behörde prüft und kann das Unternehmen anweisen, Ihrem Widerspruch nachzukommen (Art. 58 Abs. 2 DSGVO); Geld spricht sie Ihnen nicht zu, und sie entscheidet oft erst nach Monaten.',
    'consumer-centres':
      'Verbraucherzentralen beraten, die persönliche Beratung kostet oft eine Gebühr.',
    'legal-aid':
      'Bei geringem Einkommen gibt es Beratungshilfe: ein Berechtigungsschein vom Amtsgericht; beim Anwalt zahlen Sie dann 15 €.',
    insurance:
      'Eine Rechtsschutzversicherung kann Anwalts- und Gerichtskosten tragen; fragen Sie vorher, ob sie den Fall übernimmt (Deckungszusage).',
    urgency:
      'Es muss eilig sein: Wer nach einer Ankündigung zu lange wartet, wird abgewiesen. So lehnte das Oberlandesgericht Schleswig einen Antrag gegen Metas KI-Training als zu spät ab.',
    'lawyer-required':
      'In Deutschland brauchen Sie dafür vor dem Landgericht und dem Oberlandesgericht einen Anwalt.',
    costs:
      'Es kostet Anwalts- und Gerichtsgebühren; wer verliert, trägt die Kosten. Eine Rechtsschutzversicherung oder Prozesskostenhilfe kann sie übernehmen.',
  },
  doubt: {
    'authority-duration':
      'Wie lange Behörden brauchen, ist nicht belegt und ist von Fall zu Fall verschieden.',
    'injunction-costs':
      'Wie hoch die Kosten sind, hängt vom Streitwert ab; die Quellen nennen dafür keine Beträge.',
  },
  leadAuthority: (company, authority) =>
    `Federführend für ${company} ist die Aufsichtsbehörde ${authority}; Sie können sich aber bei der Behörde an Ihrem Wohnort beschweren, die App schlägt sie vor.`,
  procedural:
    'Seit dem 2. April 2027 muss der Beschwerde Ihr Widerspruch an das Unternehmen vorausgegangen sein; die Behörde, bei der Sie sich beschweren, leitet sie binnen sechs Wochen an die federführende Behörde weiter (Verordnung (EU) 2025/2518).',
  free: 'kostenlos',
};
