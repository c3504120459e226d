import type { CaseText } from './case-text.js';

/** The case wording in Spanish. */
export const es: CaseText = {
  state: {
    draft: 'Borrador',
    'awaiting-confirmation': 'Confirmación pendiente (suele llegar en 24 horas)',
    'no-confirmation': 'No ha llegado ninguna confirmación',
    'awaiting-answer': 'Enviada, respuesta pendiente',
    overdue: 'Plazo vencido',
    reminded: 'Recordatorio enviado, plazo en curso',
    'reminder-overdue': 'También ha vencido el plazo del recordatorio',
    confirmed: 'Confirmada',
    'asks-for-reason': 'Se piden motivos',
    'asks-for-id': 'Se pide acreditar la identidad',
    rejected: 'Rechazada',
    answered: 'Respuesta recibida',
    complained: 'Reclamación presentada',
    'setting-off': 'Ajuste cambiado',
    closed: 'Cerrada',
  },
  event: {
    drafted: 'Creada',
    submitted: 'Oposición enviada',
    'setting-changed': 'Ajuste cambiado',
    'confirmation-received': 'Confirmación recibida',
    'reply-received': 'Respuesta recibida',
    'deadline-extended': 'Plazo ampliado',
    'reminder-sent': 'Recordatorio enviado',
    'evidence-added': 'Prueba guardada',
    'complaint-filed': 'Reclamación presentada',
    'erasure-requested': 'Supresión solicitada',
    'access-requested': 'Acceso solicitado',
    note: 'Nota',
    closed: 'Cerrada',
  },
  reply: {
    accepted: 'Oposición aceptada',
    'asks-for-reason': 'Pide motivos',
    'asks-for-id': 'Pide acreditar la identidad',
    rejected: 'Oposición rechazada',
    other: 'Otra cosa',
  },
  request: {
    'access-requested': 'Solicitud de acceso',
    'erasure-requested': 'Solicitud de supresión',
  },
  situation: {
    'no-answer': 'Sin respuesta dentro del plazo',
    'reminder-unanswered': 'Tampoco hay respuesta al recordatorio',
    'asks-for-reason': 'La empresa pide motivos',
    'asks-for-id': 'La empresa pide acreditar la identidad',
    rejected: 'Oposición rechazada',
    'authority-silent': 'La autoridad de control no da noticias',
    'no-confirmation': 'Sin confirmación después de dos días',
    'form-fails': 'El formulario no carga o muestra un error',
    'already-trained': 'Ya usado para entrenar, o publicado por otras personas',
    'legal-action': 'Acciones judiciales',
  },
  ahead: {
    'no-confirmation': 'Si no ha llegado ninguna confirmación después de dos días',
    'no-answer': 'Si no llega respuesta antes de que venza el plazo',
    'reminder-unanswered': 'Si tampoco hay respuesta al recordatorio',
  },
  step: {
    'resubmit-form':
      'Buscar la confirmación en la carpeta de correo no deseado; si no está, volver a oponerse mediante el formulario',
    reminder: 'Enviar un recordatorio con un plazo de dos semanas',
    complaint: 'Presentar una reclamación ante la autoridad de control (artículo 77 del RGPD)',
    'resubmit-with-grounds':
      'Volver a oponerse, con motivos relacionados con su situación particular',
    erasure:
      'Solicitar la supresión (artículo 17, apartado 1, letra c), del RGPD) y, mientras tanto, la limitación del tratamiento (artículo 18, apartado 1, letra d), del RGPD)',
    'in-app-route': 'Seguir el camino por los menús de la aplicación (véase la guía)',
    'objection-letter':
      'Oponerse por carta o correo electrónico ante la empresa y guardar la carta como prueba',
    'hide-or-delete':
      'Ocultar o eliminar las publicaciones antiguas para que dejen de ser públicas',
    'ask-others': 'Pedir a las personas que publican sobre usted que se opongan ellas mismas',
    access:
      'Preguntar si sus datos se han usado para el entrenamiento y cuáles (artículo 15 del RGPD)',
    dossier: 'Preparar un dossier para un abogado o una asociación de consumidores',
    'answer-id-request':
      'Volver a enviar la oposición con los datos de su cuenta que la empresa ya tiene',
    'ask-authority':
      'Preguntar a la autoridad de control por el estado del procedimiento; cabe un recurso conforme al artículo 78, apartado 2, del RGPD',
  },
  next: {
    submit: 'Envíe la oposición y regístrela aquí.',
    'expect-confirmation': 'Espere el correo de confirmación y regístrelo en cuanto llegue.',
    'check-spam-resubmit':
      'Todavía no hay confirmación: mire en su carpeta de correo no deseado. Si no está, vuelva a oponerse mediante el formulario.',
    wait: 'Espere. Registre la confirmación en cuanto llegue.',
    'send-reminder': 'El plazo ha vencido. Envíe un recordatorio con un plazo de dos semanas.',
    complain:
      'También ha vencido el plazo de su recordatorio. Puede presentar una reclamación ante una autoridad de control (artículo 77 del RGPD).',
    'resubmit-with-grounds':
      'La empresa pide motivos. Vuelva a presentar la oposición, con motivos relacionados con su situación particular.',
    'answer-id-request':
      'La empresa pide acreditar su identidad. Responda con los datos que ya tiene (cuenta, dirección de correo electrónico); solo puede pedir más información si tiene dudas razonables sobre su identidad (artículo 12, apartado 6, del RGPD).',
    'review-answer': 'Lea la respuesta y anote si acepta o rechaza la oposición.',
    'escalate-rejection':
      'La oposición ha sido rechazada. Puede presentar una reclamación ante una autoridad de control (artículo 77 del RGPD) y solicitar la supresión de sus datos (artículo 17 del RGPD).',
    'keep-proof': 'Hecho. Guarde la confirmación como prueba.',
    'wait-for-authority':
      'Su reclamación está en manos de la autoridad de control. Debe informarle del curso de la misma en un plazo de tres meses.',
    'authority-silent':
      'La autoridad no le ha informado en tres meses. Pregunte por el estado del procedimiento; también puede recurrir judicialmente contra la autoridad (artículo 78, apartado 2, del RGPD); para ello conviene asesorarse.',
    none: 'No queda nada por hacer.',
  },
};
