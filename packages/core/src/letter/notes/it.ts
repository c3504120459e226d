import type { LetterNotes } from './model.js';

/** Italian notes about letters. */
export const letterNotesIt: LetterNotes = {
  'not-sent': () =>
    'L’opposizione non risulta ancora inviata; la lettera indicherebbe una data errata. Registri prima quando l’ha inviata.',
  'no-prior-request': () =>
    'Dal 2 aprile 2027 un reclamo relativo a un’opposizione deve essere preceduto da tale opposizione presso la società (regolamento (UE) 2025/2518), e il reclamo ne indica la data e la prova. In questo caso non risulta alcuna opposizione inviata. Eserciti prima l’opposizione presso la società e registri quando l’ha fatto.',
  'not-due-reminder': (n, w) =>
    `Il termine per la risposta scade il ${w.date(n.due ?? '')}; un sollecito affermerebbe che è già scaduto. Invii il sollecito solo dopo tale data.`,
  'not-due-reminded': (n, w) =>
    `Ha già inviato un sollecito; il termine indicato scade il ${w.date(n.due ?? '')}. Se entro allora non arriva risposta, il passo successivo è un reclamo.`,
  'not-due-complaint': (n, w) =>
    `Il termine per la risposta scade il ${w.date(n.due ?? '')}; il reclamo affermerebbe che è già scaduto. Potrà redigerlo quando il termine sarà scaduto o quando avrà registrato una risposta che non La soddisfa.`,
  answered: () =>
    'La società ha risposto; il sollecito serve quando non arriva risposta. Se la risposta non è sufficiente, può proporre reclamo all’autorità di controllo.',
  'confirmed-reminder': () =>
    'La società ha confermato la Sua opposizione; non serve un sollecito. Conservi la conferma come prova.',
  'confirmed-complaint': () =>
    'La società ha confermato la Sua opposizione; il reclamo affermerebbe che è stata respinta o è rimasta senza risposta. Se in seguito la società la respinge, registri quella risposta nel caso.',
  'asks-for-reason': () =>
    'La società ha chiesto i motivi. Invece di un sollecito, ora è opportuna una nuova opposizione con i motivi connessi alla Sua situazione particolare (articolo 21, paragrafo 1, del RGPD). Può anche proporre reclamo all’autorità di controllo.',
  'asks-for-id': () =>
    'La società ha chiesto una prova d’identità. Invece di un sollecito, invii di nuovo l’opposizione con i dati del Suo account di cui la società già dispone. Può anche proporre reclamo all’autorità di controllo.',
  'web-form': () =>
    'Ha esercitato l’opposizione tramite il modulo; non si riceve una risposta entro un termine, ma un’e-mail di conferma, di solito entro 24 ore. Se non arriva, controlli la cartella della posta indesiderata e ripeta semplicemente l’opposizione tramite il modulo. Se non funziona, si opponga per lettera; il termine di un mese decorre allora per la lettera.',
  closed: () =>
    'Il caso risulta chiuso; non sono previste altre lettere. Se la questione prosegue, apra un nuovo caso.',
  complained: () =>
    'Ha già proposto reclamo all’autorità di controllo; un sollecito alla società non è più il passo successivo.',
  'prior-request': () =>
    'Dal 2 aprile 2027 il reclamo deve essere preceduto dalla Sua opposizione presso la società (regolamento (UE) 2025/2518). La lettera indica quando ha esercitato l’opposizione; alleghi le Sue prove (conferma, schermata, lettera).',
  'language-interface': (n, w) =>
    `La lettera è redatta in ${w.language(n.language)}, la Sua lingua; l’autorità accetta reclami in ${w.language(n.language)}.`,
  'language-chosen': (n, w) =>
    `La lettera è redatta in ${w.language(n.language)}, come scelto; l’autorità accetta reclami in ${w.language(n.language)}.`,
  'language-authority': (n, w) =>
    `La lettera è redatta in ${w.language(n.language)}: l’autorità accetta reclami in ${w.languages(n.accepted)}, non in ${w.language(n.interfaceLocale)}.`,
  'language-fallback': (n, w) =>
    `L’autorità accetta reclami in ${w.languages(n.accepted)}; Widerspruch non può redigere la lettera in questa lingua. Per questo è redatta in ${w.language(n.language)}; la faccia tradurre prima di inviarla.`,
  translation: (n, w) =>
    `Solo da leggere: lo stesso reclamo in ${w.self}. Non lo invii; invii la lettera in ${w.language(n.language)}.`,
};
