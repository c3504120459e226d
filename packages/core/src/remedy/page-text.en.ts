import type { RemedyPageText } from './page-text.js';

/** The remedies page in English. */
export const en: RemedyPageText = {
  route: {
    visibility: {
      title: 'Stop posting publicly',
      text: (_, platform) =>
        `Stop posting publicly, and use ${platform}'s own settings to limit who can see your older posts.`,
    },
    delete: {
      title: 'Delete content',
      text: () =>
        'Delete what should no longer be used. "Check export" shows what your data export holds, without your data leaving the device.',
    },
    complaint: {
      title: 'Complain to the data protection authority',
      text: () =>
        'A complaint costs nothing (Art. 77 GDPR). The app writes it from your case, with the history and evidence: under "My objections", in the case.',
    },
    advice: {
      title: 'Consumer centre or lawyer',
      text: () =>
        'For advice, the app puts together an overview of your case (history, letters, evidence); you find it in the case under "My objections".',
    },
    injunction: {
      title: 'A court injunction',
      text: (company) =>
        `In urgent proceedings a court can provisionally bar ${company} from using your data until the main case is decided. The ban protects only the person who applied for it.`,
    },
    collective: {
      title: 'Join a collective action',
      text: () =>
        'In a collective action an association claims damages for many people; you register and need not sue yourself.',
    },
  },
  collectiveNone: (platform) => `We know of no collective action over AI training for ${platform}.`,
  fact: {
    'authority-powers':
      'The authority examines the matter and can order the company to comply with your objection (Art. 58(2) GDPR); it awards you no money, and it often takes months.',
    'consumer-centres': 'Consumer centres give advice; personal advice often costs a fee.',
    'legal-aid':
      'On a low income there is legal advice aid (Beratungshilfe): a certificate from the local court; you then pay the lawyer €15.',
    insurance:
      'Legal expenses insurance may pay lawyer and court costs; ask first whether it covers the case.',
    urgency:
      "It must be urgent: whoever waits too long after an announcement is turned away. That is why the Higher Regional Court of Schleswig rejected an application against Meta's AI training as too late.",
    'lawyer-required':
      'In Germany you need a lawyer for this at the Regional Court and the Higher Regional Court.',
    costs:
      'It costs lawyer and court fees; the losing side pays the costs. Legal expenses insurance or legal aid may cover them.',
  },
  doubt: {
    'authority-duration': 'How long authorities take is not sourced and differs from case to case.',
    'injunction-costs':
      'How high the costs are depends on the value in dispute; the sources give no amounts.',
  },
  leadAuthority: (company, authority) =>
    `The lead authority for ${company} is ${authority}; you can still complain to the authority where you live, which the app suggests.`,
  procedural:
    'Since 2 April 2027 your objection to the company must come before the complaint; the authority you complain to sends it to the lead authority within six weeks (Regulation (EU) 2025/2518).',
  free: 'free of charge',
};
