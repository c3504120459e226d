import type { ObjectionTemplate } from './template.js';

/** Spanish objection texts (terms as in the Spanish text of the GDPR, "RGPD"). */
export const objectionTemplateEs: ObjectionTemplate = {
  objection: (company) =>
    `Por medio de la presente, me opongo al tratamiento de mis datos en relación con aplicaciones de IA por parte de ${company}.`,
  groundsIntro:
    'Motivos relacionados con mi situación particular (artículo 21, apartado 1, del RGPD):',
  groundLabels: {
    'creative-work': 'Obras creativas propias y derechos de autor',
    children: 'Niños en mis fotos',
    'other-people': 'Otras personas en mis fotos',
    'sensitive-details': 'Salud u otros datos sensibles',
    'public-role': 'Un papel público',
    'safety-risk': 'Un riesgo para mi seguridad',
    'professional-reputation': 'Reputación profesional',
    'loss-of-control': 'Control sobre mis datos',
  },
  grounds: {
    'creative-work':
      'Publico mis propias fotos, textos y otras obras sobre las que tengo los derechos de autor. No quiero que se utilicen sin mi consentimiento para entrenar modelos de IA que generen contenidos similares.',
    children:
      'En mis fotos y publicaciones aparecen niños. No pueden oponerse por sí mismos, y sus datos merecen una protección específica (considerando 38 del RGPD).',
    'other-people':
      'Mis publicaciones muestran a otras personas, como familiares, amigos o compañeros de trabajo, que nunca aceptaron que se usaran para entrenar IA.',
    'sensitive-details':
      'Mis publicaciones permiten sacar conclusiones sobre mi salud, mis convicciones u otros datos especialmente protegidos (artículo 9 del RGPD).',
    'public-role':
      'Mi profesión o mi compromiso social me exponen públicamente. Los contenidos de IA creados a partir de mis datos o que se me atribuyan pueden perjudicar mi reputación.',
    'safety-risk':
      'Tengo motivos para temer por mi seguridad, por ejemplo por amenazas o acoso. Cualquier análisis adicional de mis datos aumenta ese riesgo.',
    'professional-reputation':
      'Mis publicaciones están relacionadas con mi profesión. Si los sistemas de IA las reproducen fuera de contexto, esto puede dañar mi reputación profesional.',
    'loss-of-control':
      'Una vez que los datos se han incorporado a un modelo de IA, en la práctica ya no pueden eliminarse. Quiero mantener el control sobre lo que ocurre con mis datos.',
  },
};
