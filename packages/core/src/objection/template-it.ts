import type { ObjectionTemplate } from './template.js';

/** Italian objection texts (terms as in the Italian text of the GDPR, "RGPD"). */
export const objectionTemplateIt: ObjectionTemplate = {
  objection: (company) =>
    `Con la presente mi oppongo al trattamento dei miei dati in relazione ad applicazioni di IA da parte di ${company}.`,
  groundsIntro:
    'Motivi connessi alla mia situazione particolare (articolo 21, paragrafo 1, del RGPD):',
  groundLabels: {
    'creative-work': 'Opere creative proprie e diritto d’autore',
    children: 'Bambini nelle mie foto',
    'other-people': 'Altre persone nelle mie foto',
    'sensitive-details': 'Salute o altre informazioni sensibili',
    'public-role': 'Un ruolo pubblico',
    'safety-risk': 'Un rischio per la mia sicurezza',
    'professional-reputation': 'Reputazione professionale',
    'loss-of-control': 'Controllo sui miei dati',
  },
  grounds: {
    'creative-work':
      'Pubblico foto, testi e altre opere mie di cui detengo i diritti d’autore. Non voglio che vengano utilizzati senza il mio consenso per addestrare modelli di IA che generano contenuti simili.',
    children:
      'Nelle mie foto e nei miei post compaiono bambini. Non possono opporsi da soli, e i loro dati meritano una specifica protezione (considerando 38 del RGPD).',
    'other-people':
      'I miei post mostrano altre persone, come familiari, amici o colleghi, che non hanno mai acconsentito al loro uso per l’addestramento dell’IA.',
    'sensitive-details':
      'I miei post consentono di trarre conclusioni sulla mia salute, sulle mie convinzioni o su altre informazioni particolarmente protette (articolo 9 del RGPD).',
    'public-role':
      'La mia professione o il mio impegno mi espongono al pubblico. Contenuti di IA generati dai miei dati o a me attribuiti possono nuocere alla mia immagine.',
    'safety-risk':
      'Ho motivo di temere per la mia sicurezza, ad esempio a causa di minacce o stalking. Ogni ulteriore analisi dei miei dati aumenta questo rischio.',
    'professional-reputation':
      'I miei post sono legati alla mia professione. Se sistemi di IA li riproducono fuori contesto, ciò può danneggiare la mia reputazione professionale.',
    'loss-of-control':
      'Una volta confluiti in un modello di IA, i dati in pratica non possono più esserne rimossi. Voglio mantenere il controllo su ciò che accade ai miei dati.',
  },
};
