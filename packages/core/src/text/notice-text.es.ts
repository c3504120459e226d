import { plural } from '../util/plural.js';
import type { NoticeText } from './notice-text.js';

/** Core's notices in Spanish. */
export const es: NoticeText = {
  lawInFlux: {
    title: 'Un derecho en cambio',
    text: (last, checked) =>
      `La UE está negociando una modificación del RGPD para el entrenamiento de la IA (el «ómnibus digital»). Según la última fuente, del ${last}, aún no se había decidido nada. Se aplica el derecho vigente: su oposición se basa en el artículo 21, apartado 1, del RGPD. Última comprobación: ${checked}.`,
  },
  watch: {
    objectBefore: (p, on, n) =>
      `${p} tiene previsto entrenar con datos de sus usuarios a partir del ${on} (dentro de ${n} ${plural('es', n, { one: 'día', other: 'días' })}). Si se opone antes, sus contenidos actuales quedan fuera del primer entrenamiento.`,
    objectAgain: (p, objected, on, event) =>
      `${p} cambió sus normas después de su oposición del ${objected} (${on}: ${event}). Compruebe si su oposición lo cubre y, en caso de duda, vuelva a oponerse.`,
    stale: (verified, days) =>
      `Última comprobación el ${verified}, hace más de ${days} días: la información puede estar desactualizada.`,
  },
  deadline: {
    counting:
      'computado conforme al artículo 3 del Reglamento (CEE, Euratom) n.º 1182/71: un mes termina el día de igual número del mes siguiente o, si no existe, el último día de ese mes; si el final cae en sábado o domingo, el plazo termina el siguiente día hábil. No se tienen en cuenta los días festivos.',
    rule: {
      'art-12-3-one-month': (c) =>
        `Respuesta debida en el plazo de un mes a partir de la recepción (artículo 12, apartado 3, del RGPD), ${c}`,
      'art-12-3-extended': (c) =>
        `La empresa ha prorrogado el plazo; como máximo otros dos meses, es decir, tres meses a partir de la recepción (artículo 12, apartado 3, segunda y tercera frases, del RGPD), ${c}`,
      'art-78-2-three-months': (c) =>
        `La autoridad de control debe informarle en el plazo de tres meses sobre el curso o el resultado de su reclamación; de lo contrario, puede acudir a los tribunales (artículo 78, apartado 2, del RGPD), ${c}`,
      'reminder-two-weeks': () =>
        'Plazo fijado en su recordatorio: dos semanas desde el envío. Si el final cae en sábado o domingo, cuenta el siguiente día hábil.',
    },
  },
  datedRule: {
    'gdpr-procedural-regulation':
      'Reglamento (UE) 2025/2518 por el que se establecen normas de procedimiento adicionales relativas a la aplicación del RGPD',
  },
  authority: {
    localLand: (land) =>
      `Estado federado de residencia: ${land}. Según el artículo 77, apartado 1, del RGPD, puede presentar una reclamación ante la autoridad de control de su lugar de residencia; en Alemania, para las empresas es competente la autoridad del estado federado. Esta remite la reclamación cuando es necesario (§ 19, apartado 2, BDSG).`,
    localCountry:
      'Según el artículo 77, apartado 1, del RGPD, puede presentar una reclamación ante la autoridad de control del país en el que reside.',
    lead: (c) =>
      `${c} tiene su establecimiento principal en la UE en el país de esta autoridad, que es la autoridad principal (artículo 56 del RGPD). También puede reclamar directamente ante ella.`,
    nationalLead: (a, c) =>
      `${a} es la autoridad principal en Alemania para ${c}; las reclamaciones dirigidas a otras autoridades alemanas suelen acabar allí.`,
    noResidence:
      'No ha indicado dónde reside, por lo que la reclamación se dirige a la autoridad principal de la empresa. Suele ser mejor la autoridad de su lugar de residencia: indique su país (y, en Alemania, su estado federado).',
    noLand:
      'Para Alemania falta el estado federado (por ejemplo, HH, BY). Sin él, la reclamación se dirige a la autoridad principal de la empresa en Alemania.',
    unknownLand: (r) => `El estado federado «${r}» es desconocido.`,
    unknownCountry: (c) =>
      `El catálogo no contiene ninguna autoridad de control para «${c}» (solo UE y EEE). La reclamación se dirige a la autoridad principal de la empresa.`,
    forwarding: (reason, lead) =>
      `${reason} Desde el 2 de abril de 2027, remite en un plazo de seis semanas las reclamaciones sobre tratamientos transfronterizos a la autoridad principal (${lead}) (Reglamento (UE) 2025/2518).`,
  },
};
