import { plural } from './plural.js';
import type { ScanProblemText } from './problems.js';

/** Scan problems in Italian. */
export const it: ScanProblemText = {
  inFile: (path) => `: ${path}`,
  messages: {
    'not-zip': () =>
      'Non è un file ZIP che Widerspruch può leggere (oppure è vuoto). Usi il file ZIP scaricato dalla piattaforma o la cartella estratta.',
    truncated: () => 'Il file ZIP è incompleto (troncato). Lo scarichi di nuovo, per favore.',
    encrypted: () =>
      'Il file ZIP è protetto da password. Lo estragga Lei stesso/a e scelga la cartella.',
    'unsupported-method': (_, at) =>
      `Il file ZIP usa un metodo di compressione che Widerspruch non conosce${at}.`,
    corrupt: (_, at) => `Il file ZIP è danneggiato${at}. Lo scarichi di nuovo, per favore.`,
    'too-many-entries': () =>
      'Il file ZIP contiene più file di quanti ne possa avere un’esportazione; non viene letto.',
    'not-an-export': () =>
      'Non vi è stata riconosciuta alcuna esportazione di Facebook, Instagram, X o LinkedIn.',
    'html-export': () =>
      'Questa esportazione è in formato HTML; Widerspruch ha bisogno del formato JSON. Ne richieda una nuova nell’Accounts Center, alla voce «Download your information» (nomi dell’interfaccia in inglese), e scelga il formato «JSON».',
    'unsafe-path': (_, at) =>
      `Il file ZIP contiene nomi di file che portano al di fuori di esso (come «..» o percorsi assoluti)${at}. Un’esportazione autentica non lo fa mai; non viene letto.`,
    'zip-bomb': (_, at) =>
      `Un file nello ZIP diventerebbe sproporzionatamente grande una volta estratto (una bomba ZIP?)${at}; non viene letto.`,
    'entry-too-large': (p, at) =>
      `Un file supera i ${p.mb} MB, il massimo che Widerspruch legge di un file${at}.`,
    'total-too-large': (p) =>
      `I file di testo dell’esportazione superano insieme i ${p.mb} MB; Widerspruch non legge oltre.`,
    'too-deep': (p, at) =>
      `Un file è annidato su più di ${p.depth} ${plural('it', p.depth, { one: 'livello', other: 'livelli' })}; nessuna esportazione è fatta così${at}.`,
    'invalid-utf8': (_, at) => `Un file non è testo UTF-8 valido${at}.`,
    'invalid-json': (_, at) => `Un file non è JSON valido${at}.`,
    unreadable: (_, at) => `Il file non può essere letto${at}.`,
    cancelled: () => 'Annullato.',
  },
};
