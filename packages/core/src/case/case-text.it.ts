import type { CaseText } from './case-text.js';

/** The case wording in Italian. */
export const it: CaseText = {
  state: {
    draft: 'Bozza',
    'awaiting-confirmation': 'Conferma attesa (di solito entro 24 ore)',
    'no-confirmation': 'Nessuna conferma ricevuta',
    'awaiting-answer': 'Inviata, risposta in sospeso',
    overdue: 'Termine scaduto',
    reminded: 'Sollecito inviato, termine in corso',
    'reminder-overdue': 'È scaduto anche il termine del sollecito',
    confirmed: 'Confermata',
    'asks-for-reason': 'Motivi richiesti',
    'asks-for-id': 'Prova dell’identità richiesta',
    rejected: 'Respinta',
    answered: 'Risposta ricevuta',
    complained: 'Reclamo presentato',
    'setting-off': 'Impostazione modificata',
    closed: 'Conclusa',
  },
  event: {
    drafted: 'Creata',
    submitted: 'Opposizione inviata',
    'setting-changed': 'Impostazione modificata',
    'confirmation-received': 'Conferma ricevuta',
    'reply-received': 'Risposta ricevuta',
    'deadline-extended': 'Termine prorogato',
    'reminder-sent': 'Sollecito inviato',
    'evidence-added': 'Prova conservata',
    'complaint-filed': 'Reclamo presentato',
    'erasure-requested': 'Cancellazione richiesta',
    'access-requested': 'Accesso richiesto',
    note: 'Nota',
    closed: 'Conclusa',
  },
  reply: {
    accepted: 'Opposizione accolta',
    'asks-for-reason': 'Chiede i motivi',
    'asks-for-id': 'Chiede una prova dell’identità',
    rejected: 'Opposizione respinta',
    other: 'Altro',
  },
  request: {
    'access-requested': 'Richiesta di accesso',
    'erasure-requested': 'Richiesta di cancellazione',
  },
  situation: {
    'no-answer': 'Nessuna risposta entro il termine',
    'reminder-unanswered': 'Nessuna risposta nemmeno al sollecito',
    'asks-for-reason': 'La società chiede i motivi',
    'asks-for-id': 'La società chiede una prova dell’identità',
    rejected: 'Opposizione respinta',
    'authority-silent': 'L’autorità di controllo non dà notizie',
    'no-confirmation': 'Nessuna conferma dopo due giorni',
    'form-fails': 'Il modulo non si carica o mostra un errore',
    'already-trained': 'Già usati per l’addestramento, o pubblicati da altri',
    'legal-action': 'Azioni legali',
  },
  ahead: {
    'no-confirmation': 'Se dopo due giorni non è arrivata alcuna conferma',
    'no-answer': 'Se entro la scadenza non arriva alcuna risposta',
    'reminder-unanswered': 'Se anche il sollecito resta senza risposta',
  },
  step: {
    'resubmit-form':
      'Cercare la conferma nella cartella dello spam; se non c’è, opporsi di nuovo tramite il modulo',
    reminder: 'Inviare un sollecito con un termine di due settimane',
    complaint: 'Proporre reclamo all’autorità di controllo (articolo 77 del RGPD)',
    'resubmit-with-grounds':
      'Opporsi di nuovo, con motivi connessi alla Sua situazione particolare',
    erasure:
      'Chiedere la cancellazione (articolo 17, paragrafo 1, lettera c), del RGPD) e, nel frattempo, la limitazione del trattamento (articolo 18, paragrafo 1, lettera d), del RGPD)',
    'in-app-route': 'Seguire il percorso tramite i menu dell’app (vedere la guida)',
    'objection-letter':
      'Opporsi per lettera o per e-mail presso la società e conservare la lettera come prova',
    'hide-or-delete': 'Nascondere o eliminare i post meno recenti perché non siano più pubblici',
    'ask-others': 'Chiedere a chi pubblica contenuti su di Lei di opporsi a sua volta',
    access:
      'Chiedere se e quali Suoi dati sono stati usati per l’addestramento (articolo 15 del RGPD)',
    dossier: 'Preparare un fascicolo per un avvocato o un’associazione dei consumatori',
    'answer-id-request':
      'Inviare di nuovo l’opposizione con i dati del Suo account di cui la società dispone già',
    'ask-authority':
      'Chiedere all’autorità di controllo a che punto è il reclamo; è possibile un ricorso ai sensi dell’articolo 78, paragrafo 2, del RGPD',
  },
  next: {
    submit: 'Invii l’opposizione e la registri qui.',
    'expect-confirmation': 'Attenda l’e-mail di conferma e la registri appena arriva.',
    'check-spam-resubmit':
      'Ancora nessuna conferma: controlli la cartella dello spam. Se non c’è, si opponga semplicemente di nuovo tramite il modulo.',
    wait: 'Attenda. Registri la conferma appena arriva.',
    'send-reminder': 'Il termine è scaduto. Invii un sollecito con un termine di due settimane.',
    complain:
      'È scaduto anche il termine indicato nel sollecito. Può proporre reclamo a un’autorità di controllo (articolo 77 del RGPD).',
    'resubmit-with-grounds':
      'La società chiede i motivi. Presenti di nuovo l’opposizione, con motivi connessi alla Sua situazione particolare.',
    'answer-id-request':
      'La società chiede una prova dell’identità. Risponda con i dati di cui dispone già (account, indirizzo e-mail); può chiedere altre informazioni solo se ha ragionevoli dubbi sulla Sua identità (articolo 12, paragrafo 6, del RGPD).',
    'review-answer': 'Legga la risposta e registri se accoglie o respinge l’opposizione.',
    'escalate-rejection':
      'L’opposizione è stata respinta. Può proporre reclamo a un’autorità di controllo (articolo 77 del RGPD) e chiedere la cancellazione dei Suoi dati (articolo 17 del RGPD).',
    'keep-proof': 'Fatto. Conservi la conferma come prova.',
    'wait-for-authority':
      'Il Suo reclamo è presso l’autorità di controllo, che deve informarLa sullo stato entro tre mesi.',
    'authority-silent':
      'L’autorità non L’ha informata entro tre mesi. Chieda a che punto è il reclamo; può anche proporre ricorso giurisdizionale contro l’autorità (articolo 78, paragrafo 2, del RGPD) – in tal caso conviene farsi consigliare.',
    none: 'Non c’è altro da fare.',
  },
};
