import type { LetterNotes } from './model.js';

/** French notes about letters. */
export const letterNotesFr: LetterNotes = {
  'not-sent': () =>
    'L’opposition n’est pas encore enregistrée comme envoyée ; la lettre indiquerait une date erronée. Enregistrez d’abord la date à laquelle vous l’avez envoyée.',
  'no-prior-request': () =>
    'Depuis le 2 avril 2027, une réclamation concernant une opposition doit être précédée de cette opposition auprès de l’entreprise (règlement (UE) 2025/2518), et la réclamation en indique la date et la preuve. Aucune opposition envoyée n’est enregistrée dans ce dossier. Formez d’abord opposition auprès de l’entreprise et enregistrez la date à laquelle vous l’avez fait.',
  'not-due-reminder': (n, w) =>
    `Le délai de réponse court jusqu’au ${w.date(n.due ?? '')} ; une relance affirmerait qu’il a expiré. N’envoyez la relance qu’après cette date.`,
  'not-due-reminded': (n, w) =>
    `Vous avez déjà envoyé une relance ; le délai qu’elle fixe court jusqu’au ${w.date(n.due ?? '')}. Si aucune réponse n’arrive d’ici là, l’étape suivante est une réclamation.`,
  'not-due-complaint': (n, w) =>
    `Le délai de réponse court jusqu’au ${w.date(n.due ?? '')} ; la réclamation affirmerait qu’il a expiré. Vous pourrez la rédiger une fois le délai expiré ou dès que vous aurez enregistré une réponse qui ne vous satisfait pas.`,
  answered: () =>
    'L’entreprise a répondu ; une relance sert lorsque aucune réponse n’arrive. Si la réponse est insuffisante, vous pouvez introduire une réclamation auprès de l’autorité de contrôle.',
  'confirmed-reminder': () =>
    'L’entreprise a confirmé votre opposition ; une relance n’est pas nécessaire. Conservez la confirmation comme preuve.',
  'confirmed-complaint': () =>
    'L’entreprise a confirmé votre opposition ; la réclamation affirmerait qu’elle a été rejetée ou est restée sans réponse. Si l’entreprise la rejette finalement plus tard, enregistrez cette réponse dans le dossier.',
  'asks-for-reason': () =>
    'L’entreprise a demandé des motifs. Plutôt qu’une relance, une nouvelle opposition exposant des raisons tenant à votre situation particulière convient maintenant (article 21, paragraphe 1, du RGPD). Vous pouvez aussi introduire une réclamation auprès de l’autorité de contrôle.',
  'asks-for-id': () =>
    'L’entreprise a demandé une preuve d’identité. Plutôt qu’une relance, envoyez à nouveau l’opposition avec les informations sur votre compte dont l’entreprise dispose déjà. Vous pouvez aussi introduire une réclamation auprès de l’autorité de contrôle.',
  'web-form': () =>
    'Vous avez formé opposition via le formulaire ; il n’y est pas répondu dans un délai, mais par un e-mail de confirmation, en général sous 24 heures. S’il n’arrive pas, vérifiez vos courriers indésirables et formez simplement à nouveau opposition via le formulaire. Si cela ne fonctionne pas, formez opposition par lettre ; le délai d’un mois court alors pour la lettre.',
  closed: () =>
    'Le dossier est enregistré comme clos ; aucune autre lettre n’est prévue. Si l’affaire se poursuit, ouvrez un nouveau dossier.',
  complained: () =>
    'Vous avez déjà introduit une réclamation auprès de l’autorité de contrôle ; une relance à l’entreprise n’est plus l’étape suivante.',
  'prior-request': () =>
    'Depuis le 2 avril 2027, une réclamation doit être précédée de votre opposition auprès de l’entreprise (règlement (UE) 2025/2518). La lettre indique quand vous avez formé opposition ; joignez-y vos preuves (confirmation, capture d’écran, lettre).',
  'language-interface': (n, w) =>
    `La lettre est rédigée en ${w.language(n.language)}, votre langue ; l’autorité accepte les réclamations en ${w.language(n.language)}.`,
  'language-chosen': (n, w) =>
    `La lettre est rédigée en ${w.language(n.language)}, comme vous l’avez choisi ; l’autorité accepte les réclamations en ${w.language(n.language)}.`,
  'language-authority': (n, w) =>
    `La lettre est rédigée en ${w.language(n.language)} : l’autorité accepte les réclamations en ${w.languages(n.accepted)}, et non en ${w.language(n.interfaceLocale)}.`,
  'language-fallback': (n, w) =>
    `L’autorité accepte les réclamations en ${w.languages(n.accepted)} ; Widerspruch ne peut pas rédiger la lettre dans cette langue. Elle est donc rédigée en ${w.language(n.language)} ; faites-la traduire avant de l’envoyer.`,
  translation: (n, w) =>
    `Pour lecture uniquement : la même réclamation en ${w.self}. Ne l’envoyez pas ; envoyez la lettre rédigée en ${w.language(n.language)}.`,
};
