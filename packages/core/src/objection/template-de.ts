import type { ObjectionTemplate } from './template.js';

/** German objection texts (default language). */
export const objectionTemplateDe: ObjectionTemplate = {
  objection: (company) =>
    `Hiermit widerspreche ich der Verarbeitung meiner Daten im Zusammenhang mit KI-Anwendungen durch ${company}.`,
  groundsIntro: 'Gründe, die sich aus meiner besonderen Situation ergeben (Art. 21 Abs. 1 DSGVO):',
  groundLabels: {
    'creative-work': 'Eigene kreative Werke und Urheberrecht',
    children: 'Kinder auf meinen Fotos',
    'other-people': 'Andere Menschen auf meinen Fotos',
    'sensitive-details': 'Gesundheit oder andere sensible Angaben',
    'public-role': 'Öffentliche Rolle',
    'safety-risk': 'Gefahr für meine Sicherheit',
    'professional-reputation': 'Beruflicher Ruf',
    'loss-of-control': 'Kontrolle über meine Daten',
  },
  grounds: {
    'creative-work':
      'Ich veröffentliche eigene Fotos, Texte und andere Werke, an denen ich die Urheberrechte halte. Ich möchte nicht, dass sie ohne meine Zustimmung genutzt werden, um KI-Modelle zu trainieren, die ähnliche Inhalte erzeugen.',
    children:
      'Auf meinen Fotos und in meinen Beiträgen sind Kinder zu sehen. Sie können selbst nicht widersprechen, und ihre Daten verdienen besonderen Schutz (Erwägungsgrund 38 DSGVO).',
    'other-people':
      'Meine Beiträge zeigen andere Menschen, etwa Familie, Freunde oder Kollegen, die einer Nutzung für KI-Training nie zugestimmt haben.',
    'sensitive-details':
      'Meine Beiträge lassen Rückschlüsse auf meine Gesundheit, meine Überzeugungen oder andere besonders geschützte Angaben zu (Art. 9 DSGVO).',
    'public-role':
      'Ich stehe durch meinen Beruf oder mein Engagement in der Öffentlichkeit. KI-Inhalte, die aus meinen Daten entstehen oder mir zugeschrieben werden, können meinem Ansehen schaden.',
    'safety-risk':
      'Ich habe Grund, um meine Sicherheit zu fürchten, etwa wegen Bedrohungen oder Stalking. Jede weitere Auswertung meiner Daten erhöht dieses Risiko.',
    'professional-reputation':
      'Meine Beiträge hängen mit meinem Beruf zusammen. Wenn KI-Systeme sie aus dem Zusammenhang gerissen wiedergeben, kann das meinem beruflichen Ruf schaden.',
    'loss-of-control':
      'Was einmal in ein KI-Modell eingeflossen ist, lässt sich daraus praktisch nicht mehr entfernen. Ich möchte die Kontrolle darüber behalten, was mit meinen Daten geschieht.',
  },
};
