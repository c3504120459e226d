import type { GuideText } from './guide-text.js';

/** The guide wording in Spanish. */
export const es: GuideText = {
  device: { desktop: 'ordenador', mobile: 'móvil' },
  openForm: {
    title: 'Abrir el formulario oficial',
    body: (p) => `Abra el formulario de oposición de ${p}.`,
  },
  loginRequired: (p) =>
    `El formulario solo se abre si ha iniciado sesión en ${p} en el mismo navegador.`,
  alternates: 'Para el mismo formulario circulan también otras direcciones:',
  inApp: {
    title: 'Si el formulario no carga: el camino por los menús',
    titleNoForm: 'El camino por los menús',
    body: (d) => `Cómo llegar al formulario a través de los menús en su ${d}:`,
  },
  noRouteForDevice: (d, hasForm) =>
    hasForm
      ? `No hay documentado ningún camino por los menús en el ${d}; utilice allí el enlace directo de arriba. En otros dispositivos:`
      : `No hay documentado ningún camino por los menús en el ${d}. En otros dispositivos:`,
  otherForm: {
    'ai-objection': 'Otro formulario para oponerse al entrenamiento de la IA.',
    'general-objection': 'Un formulario general de oposición.',
    'data-rights':
      'Un formulario general para solicitudes de protección de datos. No consta que sirva contra el entrenamiento de la IA.',
    'third-party-data': 'Un formulario para información procedente de otras fuentes.',
    'dpo-contact': 'El formulario de contacto del delegado de protección de datos.',
  },
  otherLocale: {
    de: 'Un camino solo está documentado con los nombres de menú en alemán; su aplicación los muestra así cuando está configurada en alemán. Los nombres en español pueden ser distintos.',
    en: 'Un camino solo está documentado con los nombres de menú en inglés; su aplicación los muestra así cuando está configurada en inglés. Los nombres en español pueden ser distintos.',
  },
  enter: { title: 'Rellenar y enviar el formulario' },
  enterEmail:
    'Indique su dirección de correo electrónico. Allí recibirá la confirmación; guarde ese correo.',
  enterCountry: 'Elija su país de residencia si el formulario lo pregunta.',
  reasonOptional:
    'El motivo es opcional: puede dejar el campo vacío o pegar el texto preparado, si lo desea con motivos relacionados con su situación particular (artículo 21, apartado 1, del RGPD).',
  reasonRequired: 'El motivo es obligatorio. Pegue el texto preparado.',
  codeVaries:
    'A veces se envía un código de confirmación por correo electrónico o se pide iniciar sesión de nuevo.',
  codeYes:
    'A continuación recibirá un código de confirmación por correo electrónico; introdúzcalo en el formulario.',
  requirementsUnknown:
    'Ninguna fuente indica con exactitud qué datos pide este formulario. Rellene lo que se le pida y pegue el texto preparado.',
  after: {
    title: 'Después del envío',
    body: 'Guarde la confirmación: es su prueba de que se opuso y de cuándo lo hizo.',
  },
  coverage: {
    title: 'Qué cubre la oposición y qué no',
    covers: 'La oposición se aplica a:',
    doesNot: 'No se aplica a:',
  },
  linkedAccounts: {
    title: 'Varias cuentas',
    uncertain:
      'En caso de duda, ejerza su oposición en cada cuenta por separado. No está claramente establecido que una sola oposición valga para todas las cuentas vinculadas.',
  },
  thirdParty: {
    title: 'Contenidos que otras personas publican sobre usted',
    form: 'Formulario para información procedente de otras fuentes:',
  },
  statusPosts: { title: 'Una publicación «Me opongo» no sirve de nada' },
  goodToKnow: { title: 'Conviene saber' },
  routeVia: {
    title: 'Qué oposición se aplica aquí',
    body: (n) => `Este servicio no tiene una vía de oposición propia. Lo determinante es: ${n}.`,
  },
  letter: {
    title: 'Si nada de esto funciona: oposición por carta',
    body: (c) => `También puede enviar su oposición por escrito a ${c}:`,
    onlyTitle: 'Oposición por carta',
    onlyBody: (c) =>
      `No se conoce ningún formulario ni ajuste. Envíe su oposición por escrito a ${c}; Widerspruch redacta la carta por usted:`,
    noAddress:
      'Las fuentes no documentan ninguna dirección postal. Suele figurar en la política de privacidad de la empresa; añádala desde allí.',
  },
  noRoute: {
    title: 'No se conoce ninguna vía de oposición',
    body: 'Por ahora no se conoce ninguna forma de oponerse al uso por la IA en este servicio.',
  },
  toggle: {
    title: 'Desactivar el ajuste',
    titleOn: 'Activar el ajuste de protección',
    bodyOn: (s, on) =>
      on
        ? `Compruebe que el ajuste «${s}» está activado; protege sus contenidos.`
        : `Active el ajuste «${s}»; protege sus contenidos y está desactivado de forma predeterminada.`,
    body: (s, on) =>
      on
        ? `Desactive el ajuste «${s}». Está activado de forma predeterminada.`
        : `Compruebe que el ajuste «${s}» está desactivado.`,
    otherPath:
      'No hay ningún camino documentado para su dispositivo o idioma; abajo figura el conocido.',
  },
  email: {
    title: 'Oponerse por correo electrónico',
    body: 'Envíe su oposición a esta dirección. Widerspruch redacta el texto (en la aplicación, en «Su texto de oposición»; en un terminal, con «widerspruch text»).',
  },
  notTraining: {
    title: 'Según las fuentes, no hay entrenamiento de IA con sus contenidos',
    body: (p) =>
      `Según las fuentes consultadas, ${p} no entrena ninguna IA con los contenidos de sus usuarios. Por ahora no es necesario oponerse; Widerspruch se lo indicará si esto cambia.`,
  },
};
