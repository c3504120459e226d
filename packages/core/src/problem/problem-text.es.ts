import { count, megabytes } from '../util/number-text.js';
import { plural } from '../util/plural.js';
import type { ProblemText } from './core-problem.js';
import { conflictList } from './core-problem.js';

/** A number of characters, with the word in its plural form. */
const characters = (n: number): string =>
  `${count('es', n)} ${plural('es', n, { one: 'carácter', other: 'caracteres' })}`;

const unchanged = 'No se ha modificado nada.';

/** Core's refusals in Spanish. */
export const es: ProblemText = {
  messages: {
    'no-platform': (p) => `Indique una plataforma. Disponibles: ${p.available.join(', ')}.`,
    'unknown-platform': (p) =>
      `La plataforma «${p.id}» no está en el catálogo.${p.guess ? ` ¿Quería decir «${p.guess}»?` : ''} Disponibles: ${p.available.join(', ')}.`,
    'text-too-long': (p) =>
      p.basis === 'assumed'
        ? `El texto tiene ${characters(p.length)}. No se sabe cuánto admite el campo del formulario; para que quepa con seguridad, lo limitamos a ${characters(p.max)}. Acorte su nota en al menos ${characters(p.length - p.max)} o elija menos motivos.`
        : `El texto tiene ${characters(p.length)}, pero el campo del formulario admite como máximo ${count('es', p.max)}. Acorte su nota en al menos ${characters(p.length - p.max)} o elija menos motivos.`,
    'unknown-ground': (p) =>
      `No existe el motivo «${p.ground}».${p.guess ? ` ¿Quería decir «${p.guess}»?` : ''} Motivos posibles: ${p.available.join(', ')}.`,
    'evidence-empty': (p) => `El archivo «${p.file}» está vacío.`,
    'evidence-too-large': (p) =>
      `El archivo «${p.file}» ocupa ${megabytes('es', p.mb)} MB; las pruebas pueden ocupar como máximo ${p.maxMb} MB. Guarde el correo sin adjuntos o haga una captura de pantalla.`,
    'unreadable-email': () =>
      'El archivo no se puede leer como correo electrónico. Guarde el mensaje desde su programa de correo como archivo .eml («Guardar como» o «Exportar») o haga una captura de pantalla.',
    'wrong-passphrase': () =>
      'La contraseña no coincide con esta copia de seguridad (o el archivo se ha modificado). Compruebe la escritura, incluidas mayúsculas y minúsculas.',
    'backup-damaged': () =>
      'La copia de seguridad cifrada está dañada o incompleta y no se puede abrir. Use otra copia del archivo.',
    'backup-cut-off': () =>
      `La copia de seguridad está incompleta: el archivo termina a mitad de su contenido (un guardado o una copia interrumpidos). Use una copia completa. ${unchanged}`,
    'backup-not-json': () =>
      `El archivo no es un JSON válido. Elija la copia de seguridad que guardó Widerspruch («Guardar copia de seguridad» en el navegador, «widerspruch case export» en el terminal). ${unchanged}`,
    'not-a-backup': () => `Este archivo no es una copia de seguridad de Widerspruch. ${unchanged}`,
    'version-as-text': (p) =>
      `La versión del formato figura como texto («${p.version}») y no como número; Widerspruch nunca la escribe así. Si el archivo se editó a mano, escriba "version": ${p.version.trim()} sin comillas. ${unchanged}`,
    'newer-version': (p) =>
      `El archivo procede de una versión más reciente de Widerspruch (formato ${p.version}). Actualice la aplicación y vuelva a importarlo. ${unchanged}`,
    'unknown-version': (p) =>
      `El archivo tiene una versión de formato desconocida (${p.version}). ${unchanged}`,
    'missing-evidence': (p) =>
      `La copia de seguridad está incompleta: falta la prueba «${p.file}» del caso ${p.caseId}${p.more > 0 ? ` (y ${p.more} más)` : ''}. Use una copia completa. ${unchanged}`,
    'damaged-evidence': (p) =>
      `Una prueba de la copia de seguridad («${p.file}») está dañada: su contenido no coincide con su suma de verificación. ${unchanged}`,
    'invalid-backup': (p) => `El archivo está dañado: ${p.where} ${p.issue}. ${unchanged}`,
    'unknown-platforms': (p) =>
      `El archivo contiene oposiciones para plataformas que esta versión no conoce: ${p.platforms.join(', ')}. Actualice la aplicación. ${unchanged}`,
    'unknown-profile': () =>
      `El archivo está incompleto: una oposición no pertenece a ninguna persona del archivo. ${unchanged}`,
    'future-date': (p) =>
      `El archivo está dañado: el caso ${p.caseId} contiene una fecha futura (${p.date}; hoy es ${p.today}). ${unchanged}`,
    conflicts: (p) =>
      `La copia de seguridad contiene ${plural('es', p.conflicts.length, { one: 'una entrada', other: `${p.conflicts.length} entradas` })} con el mismo identificador que otra guardada, pero con otro contenido: ${conflictList(p.conflicts, 'es')}. Los datos guardados nunca se sobrescriben, por lo que no se ha importado ni modificado nada. Compruebe si la copia de seguridad corresponde a estos datos.`,
    'value-too-long': (p) => `supera los ${count('es', p.max)} caracteres`,
    'value-invalid': () => 'no es válido',
    'record-not-saved': (p) =>
      `No se ha guardado: el valor ${p.field} ${p.max === undefined ? 'no es válido' : `supera los ${count('es', p.max)} caracteres`}. No se ha modificado nada; acórtelo o corríjalo.`,
  },
  conflict: {
    profile: (who, fields) => `persona ${who} (${fields})`,
    case: (who, fields) => `caso ${who} (${fields})`,
    event: (who, fields) => `un evento del caso ${who} (${fields})`,
  },
  field: {
    platform: 'servicio',
    account: 'cuenta',
    profile: 'persona',
    createdAt: 'creado el',
    name: 'nombre',
    kind: 'tipo',
    date: 'fecha',
    at: 'momento',
    note: 'nota',
    reply: 'respuesta',
    evidence: 'prueba',
  },
  andMore: (n) => `y ${n} más`,
  separator: '; ',
};
