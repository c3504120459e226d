import type { ObjectionTemplate } from './template.js';

/** English objection texts. */
export const objectionTemplateEn: ObjectionTemplate = {
  objection: (company) =>
    `I hereby object to the processing of my data in connection with AI applications by ${company}.`,
  groundsIntro: 'Grounds relating to my particular situation (Art. 21(1) GDPR):',
  groundLabels: {
    'creative-work': 'My own creative work and copyright',
    children: 'Children in my photos',
    'other-people': 'Other people in my photos',
    'sensitive-details': 'Health or other sensitive details',
    'public-role': 'A public role',
    'safety-risk': 'A risk to my safety',
    'professional-reputation': 'Professional reputation',
    'loss-of-control': 'Control over my data',
  },
  grounds: {
    'creative-work':
      'I publish my own photos, texts and other works in which I hold the copyright. I do not want them used without my consent to train AI models that generate similar content.',
    children:
      'My photos and posts show children. They cannot object themselves, and their data merits specific protection (Recital 38 GDPR).',
    'other-people':
      'My posts show other people, such as family, friends or colleagues, who never agreed to their use for AI training.',
    'sensitive-details':
      'My posts allow conclusions about my health, my beliefs or other specially protected details (Art. 9 GDPR).',
    'public-role':
      'My work or my involvement puts me in the public eye. AI content built from my data or attributed to me can harm my standing.',
    'safety-risk':
      'I have reason to fear for my safety, for example because of threats or stalking. Any further analysis of my data increases that risk.',
    'professional-reputation':
      'My posts relate to my profession. If AI systems reproduce them out of context, this can damage my professional reputation.',
    'loss-of-control':
      'Once data has gone into an AI model, it can in practice no longer be removed. I want to stay in control of what happens to my data.',
  },
};
