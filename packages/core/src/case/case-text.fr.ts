import type { CaseText } from './case-text.js';

/** The case wording in French. */
export const fr: CaseText = {
  state: {
    draft: 'Brouillon',
    'awaiting-confirmation': 'Confirmation attendue (généralement sous 24 heures)',
    'no-confirmation': 'Aucune confirmation reçue',
    'awaiting-answer': 'Envoyée, réponse en attente',
    overdue: 'Délai dépassé',
    reminded: 'Relance envoyée, délai en cours',
    'reminder-overdue': 'Le délai de la relance est lui aussi dépassé',
    confirmed: 'Confirmée',
    'asks-for-reason': 'Motifs demandés',
    'asks-for-id': 'Justificatif d’identité demandé',
    rejected: 'Refusée',
    answered: 'Réponse reçue',
    complained: 'Réclamation déposée',
    'setting-off': 'Réglage modifié',
    closed: 'Clôturée',
  },
  event: {
    drafted: 'Créée',
    submitted: 'Opposition envoyée',
    'setting-changed': 'Réglage modifié',
    'confirmation-received': 'Confirmation reçue',
    'reply-received': 'Réponse reçue',
    'deadline-extended': 'Délai prolongé',
    'reminder-sent': 'Relance envoyée',
    'evidence-added': 'Preuve conservée',
    'complaint-filed': 'Réclamation déposée',
    'erasure-requested': 'Effacement demandé',
    'access-requested': 'Accès demandé',
    note: 'Note',
    closed: 'Clôturée',
  },
  reply: {
    accepted: 'Opposition acceptée',
    'asks-for-reason': 'Demande des motifs',
    'asks-for-id': 'Demande un justificatif d’identité',
    rejected: 'Opposition refusée',
    other: 'Autre chose',
  },
  request: { 'access-requested': 'Demande d’accès', 'erasure-requested': 'Demande d’effacement' },
  situation: {
    'no-answer': 'Pas de réponse dans le délai',
    'reminder-unanswered': 'Pas de réponse à la relance non plus',
    'asks-for-reason': 'L’entreprise demande des motifs',
    'asks-for-id': 'L’entreprise demande un justificatif d’identité',
    rejected: 'Opposition refusée',
    'authority-silent': 'L’autorité de contrôle ne donne pas de nouvelles',
    'no-confirmation': 'Pas de confirmation après deux jours',
    'form-fails': 'Le formulaire ne se charge pas ou affiche une erreur',
    'already-trained': 'Déjà utilisé pour l’entraînement, ou publié par d’autres',
    'legal-action': 'Actions en justice',
  },
  ahead: {
    'no-confirmation': 'Si aucune confirmation n’est arrivée après deux jours',
    'no-answer': 'Si aucune réponse n’arrive avant la fin du délai',
    'reminder-unanswered': 'Si la relance reste elle aussi sans réponse',
  },
  step: {
    'resubmit-form':
      'Chercher la confirmation dans le dossier des courriers indésirables ; s’il n’y a rien, s’opposer à nouveau par le formulaire',
    reminder: 'Envoyer une relance avec un délai de deux semaines',
    complaint: 'Introduire une réclamation auprès de l’autorité de contrôle (article 77 du RGPD)',
    'resubmit-with-grounds':
      'S’opposer à nouveau, avec des raisons tenant à votre situation particulière',
    erasure:
      'Demander l’effacement (article 17, paragraphe 1, point c), du RGPD) et, d’ici là, la limitation du traitement (article 18, paragraphe 1, point d), du RGPD)',
    'in-app-route': 'Passer par les menus de l’application (voir le guide)',
    'objection-letter':
      'S’opposer par courrier ou par e-mail auprès de l’entreprise et conserver le courrier comme preuve',
    'hide-or-delete':
      'Masquer ou supprimer les anciennes publications pour qu’elles ne soient plus publiques',
    'ask-others': 'Demander aux personnes qui publient sur vous de s’opposer elles-mêmes',
    access:
      'Demander si vos données ont servi à l’entraînement, et lesquelles (article 15 du RGPD)',
    dossier: 'Constituer un dossier pour un avocat ou une association de consommateurs',
    'answer-id-request':
      'Renvoyer l’opposition avec les informations sur votre compte dont l’entreprise dispose déjà',
    'ask-authority':
      'Demander à l’autorité de contrôle où en est le dossier ; un recours au titre de l’article 78, paragraphe 2, du RGPD est possible',
  },
  next: {
    submit: 'Envoyez l’opposition et enregistrez-la ici.',
    'expect-confirmation': 'Attendez l’e-mail de confirmation et enregistrez-le dès qu’il arrive.',
    'check-spam-resubmit':
      'Toujours pas de confirmation : regardez dans votre dossier de courriers indésirables. S’il n’y a rien, opposez-vous simplement à nouveau par le formulaire.',
    wait: 'Patientez. Enregistrez la confirmation dès qu’elle arrive.',
    'send-reminder': 'Le délai est dépassé. Envoyez une relance avec un délai de deux semaines.',
    complain:
      'Le délai fixé dans votre relance est lui aussi dépassé. Vous pouvez introduire une réclamation auprès d’une autorité de contrôle (article 77 du RGPD).',
    'resubmit-with-grounds':
      'L’entreprise demande des motifs. Renouvelez l’opposition, avec des raisons tenant à votre situation particulière.',
    'answer-id-request':
      'L’entreprise demande un justificatif d’identité. Répondez avec les informations dont elle dispose déjà (compte, adresse e-mail) ; elle ne peut en demander davantage que si elle a des doutes raisonnables sur votre identité (article 12, paragraphe 6, du RGPD).',
    'review-answer': 'Lisez la réponse et notez si elle accepte ou refuse l’opposition.',
    'escalate-rejection':
      'L’opposition a été refusée. Vous pouvez introduire une réclamation auprès d’une autorité de contrôle (article 77 du RGPD) et demander l’effacement de vos données (article 17 du RGPD).',
    'keep-proof': 'C’est fait. Conservez la confirmation comme preuve.',
    'wait-for-authority':
      'Votre réclamation est entre les mains de l’autorité de contrôle. Elle doit vous informer de l’état d’avancement dans un délai de trois mois.',
    'authority-silent':
      'L’autorité ne vous a pas informé dans les trois mois. Demandez où en est le dossier ; vous pouvez aussi former un recours juridictionnel contre l’autorité (article 78, paragraphe 2, du RGPD) – mieux vaut alors vous faire conseiller.',
    none: 'Plus rien à faire.',
  },
};
