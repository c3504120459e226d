import { plural } from '../util/plural.js';
import type { NoticeText } from './notice-text.js';

/** Core's notices in French. */
export const fr: NoticeText = {
  lawInFlux: {
    title: 'Un droit en mutation',
    text: (last, checked) =>
      `L’UE négocie une modification du RGPD pour l’entraînement de l’IA (l’« omnibus numérique »). Selon la dernière source, du ${last}, rien n’avait encore été décidé. Le droit actuel s’applique : votre opposition repose sur l’article 21, paragraphe 1, du RGPD. Dernière vérification le ${checked}.`,
  },
  watch: {
    objectBefore: (p, on, n) =>
      `${p} prévoit d’entraîner son IA sur les données des utilisateurs à partir du ${on} (dans ${n} ${plural('fr', n, { one: 'jour', other: 'jours' })}). En vous opposant avant cette date, vous tenez vos contenus existants à l’écart du premier entraînement.`,
    objectAgain: (p, objected, on, event) =>
      `${p} a modifié ses règles après votre opposition du ${objected} (${on} : ${event}). Vérifiez si votre opposition couvre ce changement et, en cas de doute, opposez-vous à nouveau.`,
    stale: (verified, days) =>
      `Dernière vérification le ${verified}, il y a plus de ${days} jours – les informations peuvent être dépassées.`,
  },
  deadline: {
    counting:
      'calculé selon l’article 3 du règlement (CEE, Euratom) n° 1182/71 : un mois prend fin le jour portant le même quantième le mois suivant, à défaut le dernier jour de ce mois ; si la fin tombe un samedi ou un dimanche, le délai expire le jour ouvrable suivant. Les jours fériés ne sont pas pris en compte.',
    rule: {
      'art-12-3-one-month': (c) =>
        `Réponse attendue un mois après réception (article 12, paragraphe 3, du RGPD), ${c}`,
      'art-12-3-extended': (c) =>
        `L’entreprise a prolongé le délai, de deux mois au plus, soit trois mois après réception (article 12, paragraphe 3, deuxième et troisième phrases, du RGPD), ${c}`,
      'art-78-2-three-months': (c) =>
        `L’autorité de contrôle doit vous informer dans un délai de trois mois de l’état d’avancement ou de l’issue de votre réclamation ; à défaut, un recours juridictionnel vous est ouvert (article 78, paragraphe 2, du RGPD), ${c}`,
      'reminder-two-weeks': () =>
        'Délai fixé dans votre relance : deux semaines après l’envoi. Si la fin tombe un samedi ou un dimanche, c’est le jour ouvrable suivant qui compte.',
    },
  },
  datedRule: {
    'gdpr-procedural-regulation':
      'règlement (UE) 2025/2518 établissant des règles de procédure supplémentaires relatives à l’application du RGPD',
  },
  authority: {
    localLand: (land) =>
      `Land de résidence : ${land}. Selon l’article 77, paragraphe 1, du RGPD, vous pouvez introduire une réclamation auprès de l’autorité de contrôle de votre lieu de résidence ; en Allemagne, c’est l’autorité du Land qui est compétente pour les entreprises. Elle transmet la réclamation si nécessaire (§ 19, paragraphe 2, BDSG).`,
    localCountry:
      'Selon l’article 77, paragraphe 1, du RGPD, vous pouvez introduire une réclamation auprès de l’autorité de contrôle du pays où vous résidez.',
    lead: (c) =>
      `${c} a son établissement principal dans l’UE dans le pays de cette autorité ; elle est l’autorité chef de file (article 56 du RGPD). Vous pouvez aussi y adresser directement votre réclamation.`,
    nationalLead: (a, c) =>
      `${a} est l’autorité chef de file en Allemagne pour ${c} ; les réclamations adressées à d’autres autorités allemandes y aboutissent en général.`,
    noResidence:
      'Vous n’avez pas indiqué où vous résidez ; la réclamation va donc à l’autorité chef de file de l’entreprise. L’autorité de votre lieu de résidence est généralement préférable : indiquez votre pays (et, en Allemagne, votre Land).',
    noLand:
      'Pour l’Allemagne, le Land manque (par exemple HH, BY). Sans Land, la réclamation va à l’autorité chef de file de l’entreprise en Allemagne.',
    unknownLand: (r) => `Le Land « ${r} » est inconnu.`,
    unknownCountry: (c) =>
      `Aucune autorité de contrôle pour « ${c} » ne figure dans le catalogue (UE et EEE uniquement). La réclamation va à l’autorité chef de file de l’entreprise.`,
    forwarding: (reason, lead) =>
      `${reason} Depuis le 2 avril 2027, elle transmet dans un délai de six semaines une réclamation concernant un traitement transfrontalier à l’autorité chef de file (${lead}) (règlement (UE) 2025/2518).`,
  },
};
