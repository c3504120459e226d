import type { ObjectionTemplate } from './template.js';

/** French objection texts (terms as in the French text of the GDPR, "RGPD"). */
export const objectionTemplateFr: ObjectionTemplate = {
  objection: (company) =>
    `Par la présente, je m’oppose au traitement de mes données dans le cadre d’applications d’IA par ${company}.`,
  groundsIntro: 'Motifs tenant à ma situation particulière (article 21, paragraphe 1, du RGPD) :',
  groundLabels: {
    'creative-work': 'Mes propres œuvres et le droit d’auteur',
    children: 'Des enfants sur mes photos',
    'other-people': 'D’autres personnes sur mes photos',
    'sensitive-details': 'Santé ou autres informations sensibles',
    'public-role': 'Un rôle public',
    'safety-risk': 'Un risque pour ma sécurité',
    'professional-reputation': 'Réputation professionnelle',
    'loss-of-control': 'Le contrôle de mes données',
  },
  grounds: {
    'creative-work':
      'Je publie mes propres photos, textes et autres œuvres dont je détiens les droits d’auteur. Je ne veux pas qu’ils soient utilisés sans mon consentement pour entraîner des modèles d’IA qui génèrent des contenus similaires.',
    children:
      'Mes photos et publications montrent des enfants. Ils ne peuvent pas s’opposer eux-mêmes, et leurs données méritent une protection spécifique (considérant 38 du RGPD).',
    'other-people':
      'Mes publications montrent d’autres personnes, comme des proches, des amis ou des collègues, qui n’ont jamais accepté qu’elles servent à l’entraînement de l’IA.',
    'sensitive-details':
      'Mes publications permettent de tirer des conclusions sur ma santé, mes convictions ou d’autres informations particulièrement protégées (article 9 du RGPD).',
    'public-role':
      'Mon métier ou mon engagement m’exposent au regard du public. Des contenus d’IA créés à partir de mes données ou qui me sont attribués peuvent nuire à ma réputation.',
    'safety-risk':
      'J’ai des raisons de craindre pour ma sécurité, par exemple en raison de menaces ou de harcèlement. Toute nouvelle analyse de mes données accroît ce risque.',
    'professional-reputation':
      'Mes publications sont liées à ma profession. Si des systèmes d’IA les reproduisent hors contexte, cela peut nuire à ma réputation professionnelle.',
    'loss-of-control':
      'Une fois intégrées dans un modèle d’IA, des données ne peuvent en pratique plus en être retirées. Je veux garder le contrôle de ce qu’il advient de mes données.',
  },
};
