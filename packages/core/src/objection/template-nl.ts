import type { ObjectionTemplate } from './template.js';

/** Dutch objection texts (terms as in the Dutch text of the GDPR, "AVG"). */
export const objectionTemplateNl: ObjectionTemplate = {
  objection: (company) =>
    `Hierbij maak ik bezwaar tegen de verwerking van mijn gegevens in verband met AI-toepassingen door ${company}.`,
  groundsIntro: 'Redenen die verband houden met mijn specifieke situatie (artikel 21, lid 1, AVG):',
  groundLabels: {
    'creative-work': 'Eigen creatief werk en auteursrecht',
    children: 'Kinderen op mijn foto’s',
    'other-people': 'Andere mensen op mijn foto’s',
    'sensitive-details': 'Gezondheid of andere gevoelige gegevens',
    'public-role': 'Een publieke rol',
    'safety-risk': 'Een risico voor mijn veiligheid',
    'professional-reputation': 'Professionele reputatie',
    'loss-of-control': 'Controle over mijn gegevens',
  },
  grounds: {
    'creative-work':
      'Ik publiceer eigen foto’s, teksten en ander werk waarop ik het auteursrecht heb. Ik wil niet dat dit zonder mijn toestemming wordt gebruikt om AI-modellen te trainen die vergelijkbare inhoud maken.',
    children:
      'Op mijn foto’s en in mijn berichten zijn kinderen te zien. Zij kunnen zelf geen bezwaar maken, en hun gegevens verdienen specifieke bescherming (overweging 38 AVG).',
    'other-people':
      'Mijn berichten tonen andere mensen, zoals familie, vrienden of collega’s, die nooit hebben ingestemd met gebruik voor AI-training.',
    'sensitive-details':
      'Uit mijn berichten zijn conclusies te trekken over mijn gezondheid, mijn overtuigingen of andere bijzonder beschermde gegevens (artikel 9 AVG).',
    'public-role':
      'Door mijn werk of mijn maatschappelijke inzet sta ik in de openbaarheid. AI-inhoud die uit mijn gegevens ontstaat of aan mij wordt toegeschreven, kan mijn aanzien schaden.',
    'safety-risk':
      'Ik heb reden om voor mijn veiligheid te vrezen, bijvoorbeeld door bedreigingen of stalking. Elke verdere analyse van mijn gegevens vergroot dat risico.',
    'professional-reputation':
      'Mijn berichten hangen samen met mijn beroep. Als AI-systemen ze uit hun verband weergeven, kan dat mijn professionele reputatie schaden.',
    'loss-of-control':
      'Wat eenmaal in een AI-model is opgenomen, is er in de praktijk niet meer uit te halen. Ik wil de controle houden over wat er met mijn gegevens gebeurt.',
  },
};
