import { plural } from './plural.js';
import type { ScanProblemText } from './problems.js';

/** Scan problems in Dutch. */
export const nl: ScanProblemText = {
  inFile: (path) => `: ${path}`,
  messages: {
    'not-zip': () =>
      'Dit is geen ZIP-bestand dat Widerspruch kan lezen (of het is leeg). Gebruik het ZIP-bestand dat u van het platform hebt gedownload, of de uitgepakte map.',
    truncated: () => 'Het ZIP-bestand is onvolledig (afgebroken). Download het opnieuw.',
    encrypted: () =>
      'Het ZIP-bestand is met een wachtwoord beveiligd. Pak het zelf uit en kies de map.',
    'unsupported-method': (_, at) =>
      `Het ZIP-bestand gebruikt een compressiemethode die Widerspruch niet kent${at}.`,
    corrupt: (_, at) => `Het ZIP-bestand is beschadigd${at}. Download het opnieuw.`,
    'too-many-entries': () =>
      'Het ZIP-bestand bevat meer bestanden dan een export kan hebben; het wordt niet gelezen.',
    'not-an-export': () => 'Er is geen export van Facebook, Instagram, X of LinkedIn in herkend.',
    'html-export': () =>
      'Deze export is in HTML-formaat; Widerspruch heeft het JSON-formaat nodig. Vraag een nieuwe aan in het Accounts Center onder ‘Download your information’ (namen van de Engelse interface) en kies het formaat ‘JSON’.',
    'unsafe-path': (_, at) =>
      `Het ZIP-bestand bevat bestandsnamen die erbuiten wijzen (zoals ‘..’ of absolute paden)${at}. Een echte export doet dat nooit; het wordt niet gelezen.`,
    'zip-bomb': (_, at) =>
      `Een bestand in de ZIP zou bij het uitpakken buitensporig groot worden (een ZIP-bom?)${at}; het wordt niet gelezen.`,
    'entry-too-large': (p, at) =>
      `Een bestand is groter dan ${p.mb} MB, het maximum dat Widerspruch van één bestand leest${at}.`,
    'total-too-large': (p) =>
      `De tekstbestanden van de export zijn samen groter dan ${p.mb} MB; meer leest Widerspruch niet.`,
    'too-deep': (p, at) =>
      `Een bestand is dieper genest dan ${p.depth} ${plural('nl', p.depth, { one: 'niveau', other: 'niveaus' })}; zo ziet geen export eruit${at}.`,
    'invalid-utf8': (_, at) => `Een bestand is geen geldige UTF-8-tekst${at}.`,
    'invalid-json': (_, at) => `Een bestand is geen geldige JSON${at}.`,
    unreadable: (_, at) => `Het bestand kan niet worden gelezen${at}.`,
    cancelled: () => 'Geannuleerd.',
  },
};
