import { plural } from './plural.js';
import type { ScanProblemText } from './problems.js';

/** Scan problems in French. */
export const fr: ScanProblemText = {
  inFile: (path) => ` : ${path}`,
  messages: {
    'not-zip': () =>
      'Ce n’est pas un fichier ZIP que Widerspruch peut lire (ou il est vide). Utilisez le fichier ZIP téléchargé depuis la plateforme, ou le dossier décompressé.',
    truncated: () => 'Le fichier ZIP est incomplet (tronqué). Veuillez le télécharger à nouveau.',
    encrypted: () =>
      'Le fichier ZIP est protégé par un mot de passe. Décompressez-le vous-même et choisissez le dossier.',
    'unsupported-method': (_, at) =>
      `Le fichier ZIP utilise une méthode de compression que Widerspruch ne connaît pas${at}.`,
    corrupt: (_, at) => `Le fichier ZIP est endommagé${at}. Veuillez le télécharger à nouveau.`,
    'too-many-entries': () =>
      'Le fichier ZIP contient plus de fichiers qu’un export ne peut en avoir ; il n’est pas lu.',
    'not-an-export': () => 'Aucun export de Facebook, Instagram, X ou LinkedIn n’y a été reconnu.',
    'html-export': () =>
      'Cet export est au format HTML ; Widerspruch a besoin du format JSON. Demandez un nouvel export dans l’Accounts Center, sous « Download your information » (libellés de l’interface en anglais), et choisissez le format « JSON ».',
    'unsafe-path': (_, at) =>
      `Le fichier ZIP contient des noms de fichiers qui mènent hors de lui (par exemple « .. » ou des chemins absolus)${at}. Un véritable export ne fait jamais cela ; il n’est pas lu.`,
    'zip-bomb': (_, at) =>
      `Un fichier du ZIP deviendrait démesurément grand une fois décompressé (bombe ZIP ?)${at} ; il n’est pas lu.`,
    'entry-too-large': (p, at) =>
      `Un fichier dépasse ${p.mb} Mo, la taille maximale que Widerspruch lit pour un fichier${at}.`,
    'total-too-large': (p) =>
      `Les fichiers texte de l’export dépassent ensemble ${p.mb} Mo ; Widerspruch ne lit pas au-delà.`,
    'too-deep': (p, at) =>
      `Un fichier est imbriqué sur plus de ${p.depth} ${plural('fr', p.depth, { one: 'niveau', other: 'niveaux' })} ; aucun export ne ressemble à cela${at}.`,
    'invalid-utf8': (_, at) => `Un fichier n’est pas un texte UTF-8 valide${at}.`,
    'invalid-json': (_, at) => `Un fichier n’est pas un JSON valide${at}.`,
    unreadable: (_, at) => `Le fichier ne peut pas être lu${at}.`,
    cancelled: () => 'Annulé.',
  },
};
