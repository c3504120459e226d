import type { RemedyPageText } from './page-text.js';

/** The remedies page in Spanish. */
export const es: RemedyPageText = {
  route: {
    visibility: {
      title: 'Dejar de publicar en abierto',
      text: (_, platform) =>
        `Deje de publicar en abierto y limite, en los ajustes de ${platform}, quién puede ver sus publicaciones antiguas.`,
    },
    delete: {
      title: 'Eliminar contenidos',
      text: () =>
        'Elimine lo que ya no deba usarse. «Revisar exportación» le muestra qué contiene su exportación de datos, sin que sus datos salgan del dispositivo.',
    },
    complaint: {
      title: 'Reclamación ante la autoridad de protección de datos',
      text: () =>
        'La reclamación es gratuita (artículo 77 del RGPD). La aplicación la redacta a partir de su caso, con el historial y las pruebas: en el caso, en «Mis oposiciones».',
    },
    advice: {
      title: 'Asociación de consumidores o abogado',
      text: () =>
        'Para un asesoramiento, la aplicación prepara un resumen de su caso (historial, cartas, pruebas); lo encontrará en el caso, en «Mis oposiciones».',
    },
    injunction: {
      title: 'Prohibición judicial (medida cautelar)',
      text: (company) =>
        `En un procedimiento urgente, un tribunal puede prohibir provisionalmente a ${company} que use sus datos hasta que se resuelva el asunto principal. La prohibición solo protege a quien la solicita.`,
    },
    collective: {
      title: 'Unirse a una acción colectiva',
      text: () =>
        'En una acción colectiva, una asociación reclama una indemnización en nombre de muchas personas; usted se inscribe y no tiene que demandar por su cuenta.',
    },
  },
  collectiveNone: (platform) =>
    `No conocemos ninguna acción colectiva sobre el entrenamiento de la IA relativa a ${platform}.`,
  fact: {
    'authority-powers':
      'La autoridad examina el asunto y puede ordenar a la empresa que atienda su oposición (artículo 58, apartado 2, del RGPD); no le concede dinero y a menudo tarda meses.',
    'consumer-centres':
      'Las asociaciones de consumidores (en Alemania, las Verbraucherzentralen) asesoran; el asesoramiento personal suele tener un coste.',
    'legal-aid':
      'Con ingresos bajos existe en Alemania la ayuda para asesoramiento (Beratungshilfe): un certificado del juzgado local (Amtsgericht); después paga 15 € al abogado.',
    insurance:
      'Un seguro de defensa jurídica puede cubrir los gastos de abogado y de tribunal; pregunte antes si cubre el caso.',
    urgency:
      'Tiene que ser urgente: quien espera demasiado tras un anuncio ve rechazada su solicitud. Por eso el Tribunal Superior Regional de Schleswig rechazó por tardía una solicitud contra el entrenamiento de la IA de Meta.',
    'lawyer-required':
      'En Alemania, para ello necesita un abogado ante el Tribunal Regional (Landgericht) y el Tribunal Superior Regional (Oberlandesgericht).',
    costs:
      'Conlleva honorarios de abogado y tasas judiciales; quien pierde paga las costas. Un seguro de defensa jurídica o la asistencia jurídica gratuita pueden cubrirlas.',
  },
  doubt: {
    'authority-duration':
      'Cuánto tardan las autoridades no está documentado y varía de un caso a otro.',
    'injunction-costs':
      'La cuantía de los costes depende del valor del litigio; las fuentes no indican importes.',
  },
  leadAuthority: (company, authority) =>
    `La autoridad principal para ${company} es ${authority}; aun así, puede reclamar ante la autoridad de su lugar de residencia, que la aplicación le propone.`,
  procedural:
    'Desde el 2 de abril de 2027, su oposición ante la empresa debe preceder a la reclamación; la autoridad ante la que reclama la remite en un plazo de seis semanas a la autoridad principal (Reglamento (UE) 2025/2518).',
  free: 'gratis',
};
