import type { HelpText } from './help-text.js';

export const es: HelpText = {
  titles: {
    usage: 'Uso:',
    options: 'Opciones:',
    commands: 'Comandos:',
    arguments: 'Argumentos:',
    globalOptions: 'Opciones generales:',
  },
  default: 'por defecto',
  choices: 'valores posibles',
  program:
    'Oponerse al entrenamiento de IA con sus datos: vías oficiales, textos de oposición y lo que cubren.\nSin argumentos en un terminal: un asistente que le guía.',
  version: 'mostrar el número de versión',
  help: 'mostrar la ayuda de este comando',
  helpCommand: 'mostrar la ayuda de un comando',
  lang: 'idioma de la salida: de, en, fr, es, it, nl o pl (por defecto: según LC_ALL, LC_MESSAGES o LANG; si no, de)',
  json: 'salida legible por máquina (JSON)',
  platforms: 'listar las plataformas del catálogo',
  guide: 'cómo oponerse ante una plataforma, paso a paso',
  platformArg: 'identificador de la plataforma, p. ej. facebook o instagram',
  device: 'desktop (ordenador) o mobile (móvil)',
  sources: 'mostrar la fuente de cada dato',
  text: 'el texto de oposición para pegar en el formulario',
  reason: 'un motivo relacionado con su situación (se puede repetir); véase --list-reasons',
  note: 'sus propias palabras sobre su situación',
  listReasons: 'listar los identificadores de los motivos y salir',
  catalog: 'trabajar con el catálogo de plataformas',
  catalogCheck: 'comprobar los archivos del catálogo: estructura, fuentes, fechas y referencias',
  checkDir: 'la carpeta de datos del catálogo (por defecto: la de este repositorio)',
  checkTranslationsDir:
    'la carpeta de traducciones (por defecto: la de este repositorio; ninguna con --dir)',
  checkTranslations:
    'listar las traducciones que faltan, las desactualizadas y las desconocidas (de todos los idiomas o de uno)',
  catalogStale: 'listar las fichas cuyos datos se comprobaron por última vez hace más de N días',
  days: 'antigüedad máxima en días',
  staleDir: 'la carpeta de datos del catálogo (por defecto: el catálogo incluido)',
  catalogLinks:
    'comprobar cada dirección del catálogo (estado, redirecciones, tiempos agotados) e informar',
  timeout: 'tiempo máximo por petición (ms)',
  concurrency: 'peticiones simultáneas',
  only: 'comprobar solo las direcciones que contienen este texto',
  strict: 'terminar con el código 1 si alguna dirección está rota o no responde',
  scan: 'qué contenidos suyos muestra una exportación (ZIP o carpeta descomprimida) que una plataforma puede usar para entrenar su IA',
  scanPaths:
    'archivos ZIP o carpetas de exportación; indique juntas todas las partes de una exportación dividida',
  store:
    'el almacén SQLite (por defecto: $XDG_DATA_HOME/widerspruch/store.sqlite; variable WIDERSPRUCH_STORE)',
  case: 'sus oposiciones: registrarlas, seguirlas y guardarlas',
  caseAdd: 'registrar una oposición; el número del nuevo caso aparece en la última línea',
  casePlatformArg: 'identificador de la plataforma, p. ej. facebook',
  account: 'la cuenta: dirección de correo electrónico o nombre de usuario',
  submitted: 'el día en que envió la oposición (AAAA-MM-DD)',
  via: 'cómo la envió; web-form: el seguimiento espera el correo de confirmación, no un mes',
  profile: 'de quién es la cuenta (por defecto: suya)',
  caseList: 'todos los casos, primero los más urgentes',
  caseShow: 'un caso: estado, plazo y cómo se calcula, siguiente paso, historial',
  caseIdOrPrefix: 'número del caso (o su comienzo, único, de al menos 4 caracteres)',
  caseId: 'número del caso',
  eventKind: 'tipo de suceso',
  caseEvent: 'registrar lo que ha ocurrido: ',
  date: 'el día en que ocurrió (AAAA-MM-DD); con deadline-extended, el nuevo plazo',
  file: 'guardar un archivo como prueba (.eml, .pdf, .png, .jpg, .jpeg, .webp, .txt; como máximo 25 MB)',
  eventNote: 'una nota',
  reply:
    'con reply-received: accepted (aceptada), asks-for-reason (pide motivos), asks-for-id (pide una prueba de identidad), rejected (rechazada) u other (otra)',
  eventVia:
    'con submitted: cómo la envió; web-form: el seguimiento espera el correo de confirmación',
  caseDelete: 'eliminar un caso (en un terminal pregunta antes)',
  yes: 'eliminar sin preguntar (necesario fuera de un terminal)',
  caseExport:
    'todos los casos, personas y pruebas en un único archivo JSON portátil (salida estándar o --out)',
  exportOut: 'escribir en un archivo (- para la salida estándar)',
  force: 'sustituir una copia que contiene casos incluso por una vacía',
  skipUnreadable:
    'escribir la copia aunque algunas fichas guardadas no puedan leerse (quedan fuera)',
  encrypt:
    'proteger el archivo con una contraseña (de WIDERSPRUCH_PASSPHRASE si está definida; si no, se pide)',
  caseImport:
    'incorporar un archivo de exportación (del terminal o de la aplicación web) a los casos guardados',
  importFile: 'el archivo de exportación',
  letter: 'un escrito a partir de un caso: ',
  letterKind:
    'objection (oposición), reminder (recordatorio), complaint (reclamación), erasure (supresión), access (acceso) o dossier (expediente)',
  letterCase: 'el caso al que se refiere el escrito',
  format: 'text, eml o pdf (por defecto: según la extensión de --out; si no, text)',
  letterOut:
    'escribir en un archivo (PDF: por defecto widerspruch-<tipo>-<plataforma>-<fecha>.pdf, nunca se sustituye)',
  name: 'su nombre',
  address: 'su dirección postal, con las líneas separadas por comas',
  email: 'su dirección de correo electrónico',
  saveSender: 'recordar nombre, dirección y correo para próximos escritos',
  country:
    'dónde reside (código ISO 3166, p. ej. ES, DE) — determina la autoridad para una reclamación',
  region: 'en Alemania: su Land (p. ej. HH, BY, NW)',
  letterReason:
    'un motivo relacionado con su situación, para el escrito de oposición (se puede repetir)',
  letterNote: 'sus propias palabras, para el escrito de oposición',
  record: 'registrar el suceso correspondiente en el caso y guardar el escrito como prueba',
  letterLang:
    'solo reclamación: redactarla en este idioma, si la autoridad lo acepta (por defecto: el suyo si lo acepta; si no, el de la autoridad)',
  letterTranslation:
    'reclamación en otro idioma: mostrar la misma carta en su idioma, solo para leerla',
  remind:
    'un recordatorio de calendario (.ics) con los plazos de un caso, o con --all de todos los casos',
  all: 'los plazos de todos los casos en un único archivo',
  ics: 'formato iCalendar (RFC 5545), el único y por tanto el predeterminado',
  remindOut: 'escribir en un archivo en lugar de en la salida estándar',
};
