import { plural } from './plural.js';
import type { ScanProblemText } from './problems.js';

/** Scan problems in Spanish. */
export const es: ScanProblemText = {
  inFile: (path) => `: ${path}`,
  messages: {
    'not-zip': () =>
      'No es un archivo ZIP que Widerspruch pueda leer (o está vacío). Use el archivo ZIP que descargó de la plataforma, o la carpeta descomprimida.',
    truncated: () => 'El archivo ZIP está incompleto (cortado). Descárguelo de nuevo, por favor.',
    encrypted: () =>
      'El archivo ZIP está protegido con contraseña. Descomprímalo usted mismo y elija la carpeta.',
    'unsupported-method': (_, at) =>
      `El archivo ZIP usa un método de compresión que Widerspruch no conoce${at}.`,
    corrupt: (_, at) => `El archivo ZIP está dañado${at}. Descárguelo de nuevo, por favor.`,
    'too-many-entries': () =>
      'El archivo ZIP contiene más archivos de los que puede tener una exportación; no se lee.',
    'not-an-export': () =>
      'No se ha reconocido en él ninguna exportación de Facebook, Instagram, X o LinkedIn.',
    'html-export': () =>
      'Esta exportación está en formato HTML; Widerspruch necesita el formato JSON. Solicite una nueva en el Accounts Center, en «Download your information» (nombres de la interfaz en inglés), y elija el formato «JSON».',
    'unsafe-path': (_, at) =>
      `El archivo ZIP contiene nombres de archivo que apuntan fuera de él (como «..» o rutas absolutas)${at}. Una exportación auténtica nunca lo hace; no se lee.`,
    'zip-bomb': (_, at) =>
      `Un archivo del ZIP crecería de forma desproporcionada al descomprimirlo (¿una bomba ZIP?)${at}; no se lee.`,
    'entry-too-large': (p, at) =>
      `Un archivo supera los ${p.mb} MB, el máximo que Widerspruch lee de un archivo${at}.`,
    'total-too-large': (p) =>
      `Los archivos de texto de la exportación suman más de ${p.mb} MB; Widerspruch no lee más.`,
    'too-deep': (p, at) =>
      `Un archivo está anidado en más de ${p.depth} ${plural('es', p.depth, { one: 'nivel', other: 'niveles' })}; ninguna exportación es así${at}.`,
    'invalid-utf8': (_, at) => `Un archivo no es texto UTF-8 válido${at}.`,
    'invalid-json': (_, at) => `Un archivo no es JSON válido${at}.`,
    unreadable: (_, at) => `No se puede leer el archivo${at}.`,
    cancelled: () => 'Cancelado.',
  },
};
