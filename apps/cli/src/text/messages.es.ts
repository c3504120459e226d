import { formatNumber, plural } from './format.js';
import type { Messages } from './messages.js';

const n = (x: number) => formatNumber(x, 'es');
/** "1 caso", "2 casos". */
const count = (x: number, one: string, other: string) =>
  `${n(x)} ${plural('es', x, { one, other })}`;
const guessed = (guess: string | undefined) => (guess ? ` ¿Quería decir «${guess}»?` : '');

export const es: Messages = {
  colon: ': ',
  englishOnly: 'Algunos datos solo están disponibles en inglés por ahora.',
  usage: {
    missingArgument: (name) => `Falta un valor: <${name}>.`,
    unknownCommand: (name) => `El comando «${name}» no existe.`,
    unknownOption: (name) => `La opción «${name}» no existe aquí.`,
    requiredOption: (name) => `La opción «${name}» es obligatoria.`,
    optionValueMissing: (name) => `«${name}» necesita un valor.`,
    tooManyArguments: (expected, got) =>
      `Demasiados valores: se esperaban ${expected} y se recibieron ${got}.`,
    didYouMean: (guess) => `¿Quería decir «${guess}»?`,
    didYouMeanOneOf: (list) => `¿Quería decir: ${list}?`,
    help: (command) => `Ayuda: ${command}`,
    unexpected: (message) =>
      `error inesperado: ${message}\nLe rogamos que lo notifique como un fallo del programa.`,
  },
  input: {
    unknownLanguage: (value, guess, list) =>
      `El idioma «${value}» no existe.${guessed(guess)} Valores posibles: ${list}.`,
    unknownDevice: (value, guess, list) =>
      `El dispositivo «${value}» no existe.${guessed(guess)} Valores posibles: ${list}.`,
    unknownEventKind: (value, guess, list) =>
      `El tipo de suceso «${value}» no existe.${guessed(guess)} Tipos posibles: ${list}.`,
    unknownReplyKind: (value, guess, list) =>
      `El tipo de respuesta «${value}» no existe.${guessed(guess)} Valores posibles: ${list}.`,
    platformMissing: 'Indique la plataforma, p. ej. «widerspruch text instagram».',
    invalidDate: (option, value) =>
      `${option}: «${value}» no es una fecha válida. Escríbala como AAAA-MM-DD, p. ej. 2026-03-10.`,
    dateBeforeGdpr: (option, value) =>
      `${option}: la fecha ${value} es anterior al 25 de mayo de 2018, fecha desde la que se aplica el RGPD. Compruebe la fecha (AAAA-MM-DD).`,
    dateInFuture: (option, value, today) =>
      `${option}: la fecha ${value} está en el futuro (hoy es ${today}).`,
    textTooLong: (option, length, limit) =>
      `${option} tiene ${n(length)} caracteres; como máximo se admiten ${n(limit)}. Acorte el texto.`,
    blank: (option, hint) => `${option} no puede estar vacío. ${hint}`,
    accountHint: 'Indique la dirección de correo electrónico o el nombre de usuario de la cuenta.',
    profileHint: 'Indique un nombre u omita --profile (entonces la cuenta se considera suya).',
    viaWithoutSubmitted:
      '--via indica cómo se envió la oposición; indique también el día con --submitted.',
    replyWithoutReplyReceived: '--reply va con reply-received.',
    evidenceWithoutFile: 'evidence necesita --file <ruta>.',
    viaWithoutSubmittedEvent: '--via va con submitted: indica cómo se envió la oposición.',
    noteWithoutNote: 'note necesita --note <texto>.',
    extensionBeforeSubmitted: (id) =>
      `Una prórroga del plazo solo puede registrarse cuando la oposición consta como enviada. Registre primero el envío: widerspruch case event ${id} submitted --date AAAA-MM-DD`,
    extensionOutOfRange: (earliest, latest, date) =>
      `--date: el nuevo plazo debe estar entre ${earliest} y ${latest}: después del fin del primer mes y como máximo tres meses después de la recepción de su oposición (artículo 12, apartado 3, del RGPD). ${date} queda fuera. Si la empresa indicó una fecha posterior, introduzca ${latest}. Si no indica ninguna fecha, omita --date.`,
    evidenceType: (name, list) =>
      `«${name}» no puede guardarse como prueba. Se admiten archivos con la extensión ${list}. Guarde la prueba, por ejemplo, como PDF o captura de pantalla.`,
    remindWhich: '¿Qué caso? Indique un número de caso, o --all para todos los casos.',
    remindEitherOr: 'O un número de caso o --all, no ambos.',
    notDays: (value) =>
      `«${value}» no es un número de días. Indique un número entero, p. ej. --days 90.`,
    catalogDirMissing: (dir) =>
      `La carpeta «${dir}» no existe. Indique con --dir la carpeta de datos del catálogo.`,
    wholeNumber: (option, min, max, value) =>
      `${option} necesita un número entero de ${min} a ${max}, no «${value}».`,
    scanMissing: (path) =>
      `«${path}» no existe. Indique la ruta de un archivo ZIP de exportación o de una carpeta de exportación descomprimida.`,
    scanNotAFile: (path) =>
      `«${path}» no es ni un archivo ni una carpeta (sino, por ejemplo, una tubería o un dispositivo). Indique un archivo ZIP de exportación o una carpeta de exportación descomprimida.`,
    fileMissing: (path) => `El archivo «${path}» no existe.`,
    fileIsLink: (path) => `«${path}» es un enlace simbólico. Indique el propio archivo.`,
    fileIsFolder: (path) => `«${path}» es una carpeta. Indique un archivo.`,
    fileNotRegular: (path) => `«${path}» no es un archivo normal. Indique un archivo.`,
    idTooShort: (id) =>
      `Indique al menos 4 caracteres del número de caso («${id}» es demasiado corto). Todos los casos: widerspruch case list`,
    idAmbiguous: (id) => `«${id}» coincide con varios casos; indique más caracteres del número.`,
    noReadableCase: (id, unreadable) =>
      `No existe ningún caso legible «${id}». ${plural('es', unreadable, { one: `${n(unreadable)} registro guardado está dañado`, other: `${n(unreadable)} registros guardados están dañados` })}; es posible que afecte al caso que busca. Todos los casos legibles: widerspruch case list`,
    noCase: (id) => `No existe ningún caso «${id}». Todos los casos: widerspruch case list`,
    deleteNeedsYes: (name, account, id) =>
      `case delete elimina definitivamente el caso ${name} · ${account}. Confirme con --yes: widerspruch case delete ${id} --yes (antes, haga una copia: widerspruch case export --out copia.json).`,
    passphraseNeeded:
      'Una copia cifrada necesita una contraseña. Ejecute el comando en un terminal (allí se le pedirá) o indíquela en la variable de entorno WIDERSPRUCH_PASSPHRASE.',
    cancelled: 'Cancelado; no se ha modificado nada.',
    passphrasesDiffer: 'Las dos contraseñas no coinciden; no se ha escrito nada.',
    passphraseTooShort: (min) =>
      `La contraseña es demasiado corta: al menos ${min} caracteres. Sin ella la copia no podrá volver a abrirse; guárdela bien.`,
  },
  failure: {
    noStore: (path, source) =>
      `No hay ningún almacén en ${path} (${STORE_SOURCE[source]}). No se ha creado nada. Compruebe la ruta; un almacén nuevo se crea con «widerspruch case add» o «widerspruch case import».`,
    storeUnopenable: (detail) =>
      `No se puede abrir el almacén: ${detail}. Elija otro archivo con --store.`,
    damagedCase: (id) =>
      `El caso guardado ${id} está dañado y no puede leerse; no se ha modificado nada. Haga una copia de los casos legibles con: widerspruch case export --skip-unreadable`,
    invalidRecord: (field, problem) =>
      `No guardado: el valor ${field} ${problem}. No se ha modificado nada; acórtelo o corríjalo.`,
    importTooLarge: (name) =>
      `«${name}» ocupa más de 200 MB, así que seguro que no es una copia de Widerspruch. No se ha modificado nada.`,
    emptyOverFull: (out, cases) =>
      `No escrito: el almacén no contiene ningún caso, pero ${out} contiene ${cases === undefined ? 'una copia cifrada' : `una copia con ${count(cases, 'caso', 'casos')}`}. El archivo no se modifica. Compruebe --store o WIDERSPRUCH_STORE; para sustituirlo aun así por una copia vacía: --force`,
    incompleteBackup: (unreadable, path) =>
      `${es.backup.unreadable(unreadable, '')}; la copia quedaría incompleta, por lo que no se ha escrito nada. Todos los registros se conservan en ${path} (copie ese archivo como copia de seguridad). Para guardar solo los casos legibles: widerspruch case export --skip-unreadable`,
    noDeadlineAll:
      'No corre ningún plazo para sus casos legibles (no se ha enviado nada o todo tiene respuesta).',
    noDeadlineOne: 'No corre ningún plazo para este caso (aún no enviado o ya respondido).',
    catalogHasErrors: (dir) =>
      `El catálogo de «${dir}» tiene errores (véase arriba); compruébelo con «widerspruch catalog check --dir».`,
    linksUnreachable: (x) =>
      `${plural('es', x, { one: `${n(x)} dirección no responde`, other: `${n(x)} direcciones no responden` })}.`,
    cannotRead: (path, why) => `No se puede leer «${path}»: ${why}`,
    cannotWrite: (path, why, kept) =>
      `No se puede escribir «${path}»: ${why}${kept ? ' El archivo existente no se ha modificado.' : ' No se ha escrito nada.'}`,
    why: {
      missingFolder: (folder) => `la carpeta «${folder}» no existe. Créela o elija otra ruta.`,
      notRegular:
        'no es un archivo normal (sino, por ejemplo, una tubería). Indique un nombre de archivo.',
      folder: 'es una carpeta. Indique un nombre de archivo.',
      permission: 'no hay permiso. Elija otro lugar, por ejemplo su carpeta personal.',
      readOnly: 'la unidad es de solo lectura. Elija otro lugar.',
      full: 'la unidad está llena. Libere espacio o elija otro lugar.',
      system: (code) => `el sistema indica ${code}.`,
    },
  },
  platforms: {
    status: {
      training: 'entrena IA con datos de los usuarios',
      announced: 'entrenamiento de IA anunciado',
      paused: 'entrenamiento de IA en pausa',
      'not-training': 'no entrena con contenidos de los usuarios',
      unclear: 'no está claro',
    },
    since: (date) => `desde ${date}`,
    hint: 'Guía: widerspruch guide <plataforma>   Texto: widerspruch text <plataforma>',
  },
  guide: {
    uncertain: 'Dudoso',
    text: 'Su texto de oposición',
    verified: 'Datos actualizados',
    quality: {
      sourced: 'según las fuentes, no comprobados por nosotros',
      verified: 'comprobados',
      tested: 'probados',
    },
    onlyLocale: {
      de: 'documentado solo con los nombres de menú en alemán',
      en: 'documentado solo con los nombres de menú en inglés',
    },
    onlyDevice: { desktop: 'documentado para ordenador', mobile: 'documentado para móvil' },
  },
  remedies: {
    heading: 'Tribunales y acciones colectivas',
    other: 'Otros procedimientos (no sobre el entrenamiento de IA)',
    about: 'De qué se trata',
    status: 'Estado',
    who: 'Quién puede sumarse',
    how: 'Cómo sumarse',
    sources: 'Fuentes',
    notAdvice: 'Esto no es asesoramiento jurídico.',
  },
  case: {
    letterName: {
      objection: 'Escrito de oposición',
      reminder: 'Recordatorio',
      complaint: 'Reclamación',
      erasure: 'Solicitud de supresión',
      access: 'Solicitud de acceso',
      dossier: 'Expediente',
    },
    groundsName: 'Nueva oposición con motivos',
    groundsHint: '(los motivos disponibles: widerspruch text --list-reasons)',
    ground: 'motivo',
    againMark: '⚠ normas cambiadas – vuelva a comprobar',
    againHint:
      'La plataforma cambió sus normas después de su oposición. Qué hacer lo muestra: widerspruch case show <caso>',
    empty:
      'Aún no hay oposiciones guardadas. Para añadir una: widerspruch case add <plataforma> --account <cuenta> --submitted <fecha>',
    due: (date) => `vence el ${date}`,
    caseLabel: 'Caso',
    stateLabel: 'Estado',
    sentOn: 'Fecha de envío',
    dueOn: 'Vencimiento',
    request: (name, sentOn, dueOn, passed) =>
      `${name} enviada el ${sentOn}: la respuesta ${passed ? 'vencía' : 'vence'} el ${dueOn}`,
    requestPassedHint:
      '. Si no ha llegado ninguna, puede presentar una reclamación ante la autoridad de control (artículo 77 del RGPD).',
    checkAgain: 'Vuelva a comprobar',
    nextStep: 'Siguiente paso:',
    recordIt: 'Para registrarlo',
    lettersThatFit: 'Escritos adecuados:',
    fromDay: (day) => `a partir del ${day}`,
    timeline: 'Historial:',
    nothingDeleted: 'No se ha eliminado nada.',
    deleted: (id) => `Eliminado: ${id}`,
    confirmDelete: (name, account, shortId) =>
      `¿Eliminar definitivamente el caso ${name} · ${account} (${shortId})?`,
    yes: 'Sí',
    no: 'No',
    defaultProfile: 'Yo',
    recorded: (label, id) => `Registrado: ${label} (caso ${id})`,
    metaConfirmation: (id, day) =>
      `Este correo parece la confirmación de su oposición por parte de Meta. Para registrarlo:\n  widerspruch case event ${id} confirmation-received --date ${day}`,
    saved: (path) => `Guardado: ${path}`,
  },
  backup: {
    exported: (cases, out, encrypted, replaced) =>
      `${count(cases, 'caso guardado', 'casos guardados')} en ${out}${encrypted ? ' (cifrado con contraseña)' : ''}${replaced}`,
    replacedOther: '; se ha sustituido el archivo existente',
    replacedEncrypted: '; sustituye una copia cifrada',
    replacedBackup: (cases) => `; sustituye una copia con ${count(cases, 'caso', 'casos')}`,
    imported: (cases, people, evidence) =>
      `Importado: ${count(cases, 'caso', 'casos')}, ${count(people, 'persona', 'personas')}, ${count(evidence, 'prueba', 'pruebas')}.`,
    notImported: (evidence, names) =>
      `No importado: ${count(evidence, 'prueba', 'pruebas')} sin caso correspondiente (${names}).`,
    unreadable: (x, list) => {
      const shown = list ? ` (${list})` : '';
      return plural('es', x, {
        one: `${n(x)} registro guardado${shown} no puede leerse`,
        other: `${n(x)} registros guardados${shown} no pueden leerse`,
      });
    },
    record: { case: 'caso', profile: 'persona' },
    unreadableInList: (what, x) =>
      `Nota: ${what} y ${plural('es', x, { one: 'no se muestra; se conserva', other: 'no se muestran; se conservan' })} sin cambios.`,
    unreadableInExport: (what, x) =>
      `Aviso: ${what} y ${plural('es', x, { one: 'falta en esta copia; se conserva', other: 'faltan en esta copia; se conservan' })} sin cambios en el almacén.`,
    unreadableInCalendar: (what, x) =>
      `Aviso: ${what}; ${plural('es', x, { one: 'su plazo falta', other: 'sus plazos faltan' })} en este archivo de calendario. ${plural('es', x, { one: 'Se conserva', other: 'Se conservan' })} sin cambios en el almacén.`,
    passphraseFromEnv: 'Contraseña tomada de la variable de entorno WIDERSPRUCH_PASSPHRASE.',
    passphrase: 'Contraseña de la copia',
    passphraseAgain: 'Repita la contraseña',
  },
  scan: {
    kinds: {
      post: 'publicaciones',
      photo: 'fotos',
      video: 'vídeos',
      comment: 'comentarios',
      story: 'historias',
      reel: 'reels',
      'group-post': 'publicaciones en grupos',
      profile: 'perfil',
      'by-others': 'contenidos de otras personas sobre usted',
    },
    exportTitle: (platform) => `Exportación de ${platform}`,
    noContent: '(no se han encontrado contenidos)',
    guideHint: (platform, id) => `Cómo oponerse y qué utiliza ${platform}: widerspruch guide ${id}`,
    jsonHint: 'Cada elemento por separado: widerspruch scan … --json',
    incomplete: (files) =>
      `${plural('es', files, { one: `${n(files)} archivo no ha podido leerse`, other: `${n(files)} archivos no han podido leerse` })}: el resultado está incompleto. Hay más contenidos de los que se cuentan aquí:`,
    andMore: (x) => `… y ${n(x)} más`,
    records: (x) => `, ${count(x, 'registro', 'registros')}`,
    byYear: 'Por año',
    noDate: 'sin fecha',
    noOwn: 'No se han encontrado contenidos propios.',
    own: (x) =>
      `${count(x, 'contenido propio', 'contenidos propios')}: lo que sea público puede utilizarse para entrenar IA; una oposición ${plural('es', x, { one: 'lo', other: 'los' })} cubre, pero solo a partir de ahora.`,
    byOthers: (x) =>
      `${plural('es', x, { one: `${n(x)} contenido de otras personas (p. ej. etiquetas) no queda cubierto`, other: `${n(x)} contenidos de otras personas (p. ej. etiquetas) no quedan cubiertos` })} por su oposición: pida que se retiren o use el formulario para terceros.`,
    training: (day, before, after) =>
      `Antes del inicio del entrenamiento (${day}): ${n(before)}, probablemente ya utilizados. Después: ${n(after)}, protegidos por su oposición si la presentó.`,
    audiences: {
      public: 'público',
      followers: 'solo seguidores',
      connections: 'solo contactos',
      'only-me': 'solo usted (archivado)',
    },
    visibilityUnknown:
      'La exportación no indica quién puede ver los elementos (visibilidad desconocida).',
    unknown: 'desconocida',
    visibility: 'Visibilidad según la exportación',
    reading: 'Leyendo',
  },
  links: {
    redirect: (url) => `redirección → ${url}`,
    broken: (detail) => `rota (${detail})`,
    unreachable: (detail) => `no responde (${detail})`,
    where: (places) => `en ${places}`,
    summary: (checked, ok, redirected, broken, unreachable) =>
      `catalog links: ${n(checked)} comprobadas, ${n(ok)} correctas, ${n(redirected)} redirigidas, ${n(broken)} rotas, ${n(unreachable)} sin respuesta`,
  },
  stale: {
    none: (days, today) => `Ningún dato tiene más de ${n(days)} días (hoy es ${today}).`,
    row: (verified, ageDays) => `comprobado el ${verified}  hace ${count(ageDays, 'día', 'días')}`,
    summary: (x, days, today) =>
      `${count(x, 'ficha', 'fichas')} con datos de más de ${n(days)} días (hoy es ${today}).`,
  },
  interactive: {
    intro: 'Widerspruch – oponerse al entrenamiento de IA con sus datos',
    about:
      'Este asistente le muestra para cada plataforma la vía oficial para oponerse,\nredacta el texto y explica qué consigue la oposición y qué no.\nNo se envía nada. Solo se guarda, en este dispositivo, lo que usted confirme como hecho.\nEsto no es asesoramiento jurídico.',
    choose: '¿Qué servicios utiliza? (espacio: seleccionar, intro: continuar)',
    device: '¿Dónde quiere oponerse?',
    devices: {
      desktop: 'En el ordenador (en el navegador)',
      mobile: 'En el móvil (en la aplicación)',
    },
    progress: (i, total, name) => `${name} (${i} de ${total})`,
    addGrounds: '¿Desea añadir motivos relacionados con su situación personal? (opcional)',
    grounds: '¿Qué motivos se aplican a su caso? (espacio: seleccionar, intro: continuar)',
    note: 'Sus propias palabras (opcional, intro para omitir):',
    textTitle: 'Su texto para pegar',
    sent: '¿Ha enviado la oposición?',
    sentYes: 'Bien. Guarde el correo de confirmación como prueba.',
    settingDone: '¿Ha cambiado el ajuste como se describe?',
    recorded: (path) =>
      `Registrado (widerspruch case list muestra todos los casos; almacén: ${path}).`,
    sentLater: 'No pasa nada. Puede volver cuando quiera: widerspruch guide <plataforma>',
    more: '¿Mostrar más: qué consigue la oposición, varias cuentas, contenidos de otras personas?',
    cancelled: 'Cancelado. No se ha guardado nada.',
    outro: 'Hecho. Gracias por ejercer sus derechos.',
  },
};

const STORE_SOURCE: Readonly<Record<'option' | 'env' | 'xdg' | 'home', string>> = {
  option: 'indicado con --store',
  env: 'de la variable de entorno WIDERSPRUCH_STORE',
  xdg: 'el lugar predeterminado en XDG_DATA_HOME; cámbielo con --store o WIDERSPRUCH_STORE',
  home: 'el lugar predeterminado en la carpeta personal HOME; cámbielo con --store o WIDERSPRUCH_STORE',
};
