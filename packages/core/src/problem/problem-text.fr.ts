import { count, megabytes } from '../util/number-text.js';
import { plural } from '../util/plural.js';
import type { ProblemText } from './core-problem.js';
import { conflictList } from './core-problem.js';

/** A number of characters, with the word in its plural form. */
const characters = (n: number): string =>
  `${count('fr', n)} ${plural('fr', n, { one: 'caractère', other: 'caractères' })}`;

const unchanged = 'Rien n’a été modifié.';

/** Core's refusals in French. */
export const fr: ProblemText = {
  messages: {
    'no-platform': (p) =>
      `Veuillez indiquer une plateforme. Disponibles : ${p.available.join(', ')}.`,
    'unknown-platform': (p) =>
      `La plateforme « ${p.id} » ne figure pas dans le catalogue.${p.guess ? ` Vouliez-vous dire « ${p.guess} » ?` : ''} Disponibles : ${p.available.join(', ')}.`,
    'text-too-long': (p) =>
      p.basis === 'assumed'
        ? `Le texte compte ${characters(p.length)}. La capacité du champ du formulaire n’est pas connue ; pour qu’il y tienne à coup sûr, nous le limitons à ${characters(p.max)}. Veuillez raccourcir votre note d’au moins ${characters(p.length - p.max)} ou choisir moins de motifs.`
        : `Le texte compte ${characters(p.length)}, mais le champ du formulaire en accepte au plus ${count('fr', p.max)}. Veuillez raccourcir votre note d’au moins ${characters(p.length - p.max)} ou choisir moins de motifs.`,
    'unknown-ground': (p) =>
      `Le motif « ${p.ground} » n’existe pas.${p.guess ? ` Vouliez-vous dire « ${p.guess} » ?` : ''} Motifs possibles : ${p.available.join(', ')}.`,
    'evidence-empty': (p) => `Le fichier « ${p.file} » est vide.`,
    'evidence-too-large': (p) =>
      `Le fichier « ${p.file} » pèse ${megabytes('fr', p.mb)} Mo ; une preuve ne peut dépasser ${p.maxMb} Mo. Enregistrez l’e-mail sans pièces jointes ou faites une capture d’écran.`,
    'unreadable-email': () =>
      'Ce fichier ne peut pas être lu comme un e-mail. Enregistrez le message depuis votre messagerie au format .eml (« Enregistrer sous » ou « Exporter ») ou faites une capture d’écran.',
    'wrong-passphrase': () =>
      'Le mot de passe ne correspond pas à cette sauvegarde (ou le fichier a été modifié). Vérifiez l’orthographe, majuscules comprises.',
    'backup-damaged': () =>
      'La sauvegarde chiffrée est endommagée ou incomplète et ne peut pas être ouverte. Utilisez une autre copie du fichier.',
    'backup-cut-off': () =>
      `La sauvegarde est incomplète : le fichier s’arrête au milieu de son contenu (enregistrement ou copie interrompus). Utilisez une sauvegarde complète. ${unchanged}`,
    'backup-not-json': () =>
      `Ce fichier n’est pas un JSON valide. Choisissez le fichier de sauvegarde enregistré par Widerspruch (« Enregistrer une sauvegarde » dans le navigateur, « widerspruch case export » dans le terminal). ${unchanged}`,
    'not-a-backup': () => `Ce fichier n’est pas une sauvegarde de Widerspruch. ${unchanged}`,
    'version-as-text': (p) =>
      `La version du format est écrite comme texte (« ${p.version} ») et non comme nombre ; Widerspruch ne l’écrit jamais ainsi. Si le fichier a été modifié à la main, écrivez "version": ${p.version.trim()} sans guillemets. ${unchanged}`,
    'newer-version': (p) =>
      `Le fichier provient d’une version plus récente de Widerspruch (format ${p.version}). Mettez l’application à jour, puis importez-le à nouveau. ${unchanged}`,
    'unknown-version': (p) =>
      `Le fichier a une version de format inconnue (${p.version}). ${unchanged}`,
    'missing-evidence': (p) =>
      `La sauvegarde est incomplète : la preuve « ${p.file} » du dossier ${p.caseId} y manque${p.more > 0 ? ` (ainsi que ${p.more} ${plural('fr', p.more, { one: 'autre', other: 'autres' })})` : ''}. Utilisez une sauvegarde complète. ${unchanged}`,
    'damaged-evidence': (p) =>
      `Une preuve de la sauvegarde (« ${p.file} ») est endommagée : son contenu ne correspond pas à sa somme de contrôle. ${unchanged}`,
    'invalid-backup': (p) => `Le fichier est endommagé : ${p.where} ${p.issue}. ${unchanged}`,
    'unknown-platforms': (p) =>
      `Le fichier contient des oppositions pour des plateformes que cette version ne connaît pas : ${p.platforms.join(', ')}. Mettez l’application à jour. ${unchanged}`,
    'unknown-profile': () =>
      `Le fichier est incomplet : une opposition n’appartient à aucune personne du fichier. ${unchanged}`,
    'future-date': (p) =>
      `Le fichier est endommagé : le dossier ${p.caseId} contient une date dans le futur (${p.date} ; nous sommes le ${p.today}). ${unchanged}`,
    conflicts: (p) =>
      `La sauvegarde contient ${plural('fr', p.conflicts.length, { one: 'une entrée', other: `${p.conflicts.length} entrées` })} portant le même identifiant qu’une entrée enregistrée, mais avec un autre contenu : ${conflictList(p.conflicts, 'fr')}. Les données enregistrées ne sont jamais écrasées ; rien n’a donc été importé ni modifié. Vérifiez que la sauvegarde correspond bien à ces données.`,
    'value-too-long': (p) => `dépasse ${count('fr', p.max)} caractères`,
    'value-invalid': () => 'n’est pas valide',
    'record-not-saved': (p) =>
      `Non enregistré : la valeur ${p.field} ${p.max === undefined ? 'n’est pas valide' : `dépasse ${count('fr', p.max)} caractères`}. Rien n’a été modifié ; raccourcissez ou corrigez la valeur.`,
  },
  conflict: {
    profile: (who, fields) => `personne ${who} (${fields})`,
    case: (who, fields) => `dossier ${who} (${fields})`,
    event: (who, fields) => `un événement du dossier ${who} (${fields})`,
  },
  field: {
    platform: 'service',
    account: 'compte',
    profile: 'personne',
    createdAt: 'créé le',
    name: 'nom',
    kind: 'type',
    date: 'date',
    at: 'moment',
    note: 'note',
    reply: 'réponse',
    evidence: 'preuve',
  },
  andMore: (n) => `et ${n} ${plural('fr', n, { one: 'autre', other: 'autres' })}`,
  separator: ' ; ',
};
