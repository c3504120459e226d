import type { RemedyPageText } from './page-text.js';

/** The remedies page in French. */
export const fr: RemedyPageText = {
  route: {
    visibility: {
      title: 'Ne plus publier en public',
      text: (_, platform) =>
        `Ne publiez plus en public et limitez, dans les paramètres de ${platform}, qui peut voir vos anciennes publications.`,
    },
    delete: {
      title: 'Supprimer des contenus',
      text: () =>
        'Supprimez ce qui ne doit plus être utilisé. « Vérifier l’export » vous montre ce que contient votre export de données, sans que vos données quittent l’appareil.',
    },
    complaint: {
      title: 'Réclamation auprès de l’autorité de protection des données',
      text: () =>
        'La réclamation est gratuite (article 77 du RGPD). L’application la rédige à partir de votre dossier, avec l’historique et les preuves : dans le dossier, sous « Mes oppositions ».',
    },
    advice: {
      title: 'Association de consommateurs ou avocat',
      text: () =>
        'Pour une consultation, l’application établit une synthèse de votre dossier (historique, courriers, preuves) ; vous la trouvez dans le dossier, sous « Mes oppositions ».',
    },
    injunction: {
      title: 'Interdiction judiciaire (référé)',
      text: (company) =>
        `Dans une procédure d’urgence, un tribunal peut interdire provisoirement à ${company} d’utiliser vos données jusqu’à la décision sur le fond. L’interdiction ne protège que la personne qui l’a demandée.`,
    },
    collective: {
      title: 'Se joindre à une action collective',
      text: () =>
        'Dans une action collective, une association réclame des dommages et intérêts pour de nombreuses personnes ; vous vous inscrivez et n’avez pas à agir vous-même en justice.',
    },
  },
  collectiveNone: (platform) =>
    `Nous ne connaissons aucune action collective concernant l’entraînement de l’IA pour ${platform}.`,
  fact: {
    'authority-powers':
      'L’autorité examine l’affaire et peut ordonner à l’entreprise de donner suite à votre opposition (article 58, paragraphe 2, du RGPD) ; elle ne vous accorde pas d’argent, et sa décision prend souvent des mois.',
    'consumer-centres':
      'Les associations de consommateurs (en Allemagne, les Verbraucherzentralen) donnent des conseils ; une consultation personnelle est souvent payante.',
    'legal-aid':
      'En cas de faibles revenus, il existe en Allemagne une aide à la consultation (Beratungshilfe) : une attestation délivrée par le tribunal cantonal (Amtsgericht) ; vous payez alors 15 € à l’avocat.',
    insurance:
      'Une assurance protection juridique peut prendre en charge les frais d’avocat et de justice ; demandez d’abord si elle couvre l’affaire.',
    urgency:
      'Il faut qu’il y ait urgence : qui attend trop longtemps après une annonce est débouté. C’est pourquoi le tribunal régional supérieur de Schleswig a rejeté comme tardive une demande contre l’entraînement de l’IA de Meta.',
    'lawyer-required':
      'En Allemagne, vous avez besoin d’un avocat pour cela devant le tribunal régional (Landgericht) et le tribunal régional supérieur (Oberlandesgericht).',
    costs:
      'Cela entraîne des frais d’avocat et de justice ; la partie qui perd supporte les frais. Une assurance protection juridique ou l’aide juridictionnelle peut les prendre en charge.',
  },
  doubt: {
    'authority-duration':
      'La durée de traitement par les autorités n’est pas documentée et varie d’un cas à l’autre.',
    'injunction-costs':
      'Le montant des frais dépend de la valeur du litige ; les sources n’indiquent pas de montants.',
  },
  leadAuthority: (company, authority) =>
    `L’autorité chef de file pour ${company} est ${authority} ; vous pouvez toutefois introduire une réclamation auprès de l’autorité de votre lieu de résidence, que l’application vous propose.`,
  procedural:
    'Depuis le 2 avril 2027, votre opposition auprès de l’entreprise doit précéder la réclamation ; l’autorité saisie la transmet dans un délai de six semaines à l’autorité chef de file (règlement (UE) 2025/2518).',
  free: 'gratuit',
};
