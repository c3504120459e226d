import type { CaseText } from './case-text.js';

/** The case wording in German. */
export const de: CaseText = {
  state: {
    draft: 'Entwurf',
    'awaiting-confirmation': 'Bestätigung erwartet (meist binnen 24 Stunden)',
    'no-confirmation': 'Keine Bestätigung gekommen',
    'awaiting-answer': 'Abgeschickt, Antwort steht aus',
    overdue: 'Frist abgelaufen',
    reminded: 'Erinnert, Frist läuft',
    'reminder-overdue': 'Auch die Erinnerungsfrist ist abgelaufen',
    confirmed: 'Bestätigt',
    'asks-for-reason': 'Gründe verlangt',
    'asks-for-id': 'Identitätsnachweis verlangt',
    rejected: 'Abgelehnt',
    answered: 'Antwort erhalten',
    complained: 'Beschwerde eingereicht',
    'setting-off': 'Einstellung geändert',
    closed: 'Abgeschlossen',
  },
  event: {
    drafted: 'Angelegt',
    submitted: 'Widerspruch abgeschickt',
    'setting-changed': 'Einstellung geändert',
    'confirmation-received': 'Bestätigung erhalten',
    'reply-received': 'Antwort erhalten',
    'deadline-extended': 'Frist verlängert',
    'reminder-sent': 'Erinnerung geschickt',
    'evidence-added': 'Nachweis gespeichert',
    'complaint-filed': 'Beschwerde eingereicht',
    'erasure-requested': 'Löschung verlangt',
    'access-requested': 'Auskunft verlangt',
    note: 'Notiz',
    closed: 'Abgeschlossen',
  },
  reply: {
    accepted: 'Widerspruch angenommen',
    'asks-for-reason': 'Fragt nach Gründen',
    'asks-for-id': 'Verlangt einen Identitätsnachweis',
    rejected: 'Widerspruch abgelehnt',
    other: 'Etwas anderes',
  },
  request: { 'access-requested': 'Auskunftsersuchen', 'erasure-requested': 'Antrag auf Löschung' },
  situation: {
    'no-answer': 'Keine Antwort bis zur Frist',
    'reminder-unanswered': 'Auch auf die Erinnerung keine Antwort',
    'asks-for-reason': 'Das Unternehmen fragt nach Gründen',
    'asks-for-id': 'Das Unternehmen verlangt einen Identitätsnachweis',
    rejected: 'Widerspruch abgelehnt',
    'authority-silent': 'Die Aufsichtsbehörde meldet sich nicht',
    'no-confirmation': 'Keine Bestätigung nach zwei Tagen',
    'form-fails': 'Das Formular lädt nicht oder zeigt einen Fehler',
    'already-trained': 'Schon trainiert oder von anderen gepostet',
    'legal-action': 'Rechtliche Schritte',
  },
  ahead: {
    'no-confirmation': 'Falls nach zwei Tagen keine Bestätigung da ist',
    'no-answer': 'Falls bis zum Fristende keine Antwort kommt',
    'reminder-unanswered': 'Falls auch auf die Erinnerung keine Antwort kommt',
  },
  step: {
    'resubmit-form':
      'Im Spam-Ordner nach der Bestätigung sehen; ist dort nichts, einfach erneut über das Formular widersprechen',
    reminder: 'Erinnerung mit einer Frist von zwei Wochen schicken',
    complaint: 'Beschwerde bei der Datenschutzaufsicht (Art. 77 DSGVO)',
    'resubmit-with-grounds': 'Erneut widersprechen, mit Gründen aus Ihrer besonderen Situation',
    erasure:
      'Löschung verlangen (Art. 17 Abs. 1 lit. c DSGVO), bis dahin Einschränkung (Art. 18 Abs. 1 lit. d DSGVO)',
    'in-app-route': 'Den Weg über die Menüs der App nehmen (siehe Anleitung)',
    'objection-letter':
      'Per Brief oder E-Mail an das Unternehmen widersprechen und den Brief als Nachweis aufbewahren',
    'hide-or-delete':
      'Ältere Beiträge verbergen oder löschen, damit sie künftig nicht mehr öffentlich sind',
    'ask-others': 'Menschen, die über Sie posten, bitten, selbst zu widersprechen',
    access:
      'Auskunft verlangen, ob und welche Ihrer Daten ins Training geflossen sind (Art. 15 DSGVO)',
    dossier: 'Dossier für eine Anwältin, einen Anwalt oder die Verbraucherzentrale erstellen',
    'answer-id-request':
      'Den Widerspruch erneut schicken, mit den Angaben zu Ihrem Konto, die das Unternehmen schon hat',
    'ask-authority':
      'Bei der Aufsichtsbehörde nach dem Stand fragen; Klage nach Art. 78 Abs. 2 DSGVO ist möglich',
  },
  next: {
    submit: 'Widerspruch abschicken und hier festhalten.',
    'expect-confirmation':
      'Warten Sie auf die Bestätigungs-E-Mail und tragen Sie sie ein, sobald sie da ist.',
    'check-spam-resubmit':
      'Noch keine Bestätigung: Sehen Sie im Spam-Ordner nach. Ist dort nichts, widersprechen Sie einfach erneut über das Formular.',
    wait: 'Abwarten. Tragen Sie die Bestätigung ein, sobald sie kommt.',
    'send-reminder':
      'Die Frist ist abgelaufen. Schicken Sie eine Erinnerung mit einer Frist von zwei Wochen.',
    complain:
      'Auch die Frist aus Ihrer Erinnerung ist abgelaufen. Sie können sich bei einer Datenschutzaufsichtsbehörde beschweren (Art. 77 DSGVO).',
    'resubmit-with-grounds':
      'Das Unternehmen fragt nach Gründen. Reichen Sie den Widerspruch erneut ein, mit Gründen aus Ihrer besonderen Situation.',
    'answer-id-request':
      'Das Unternehmen verlangt einen Identitätsnachweis. Antworten Sie mit den Angaben, die es schon hat (Konto, E-Mail-Adresse); weitere Informationen darf es nur bei begründeten Zweifeln an Ihrer Identität verlangen (Art. 12 Abs. 6 DSGVO).',
    'review-answer':
      'Lesen Sie die Antwort und halten Sie fest, ob sie den Widerspruch annimmt oder ablehnt.',
    'escalate-rejection':
      'Der Widerspruch wurde abgelehnt. Sie können sich bei einer Datenschutzaufsichtsbehörde beschweren (Art. 77 DSGVO) und die Löschung Ihrer Daten verlangen (Art. 17 DSGVO).',
    'keep-proof': 'Erledigt. Bewahren Sie die Bestätigung als Nachweis auf.',
    'wait-for-authority':
      'Ihre Beschwerde liegt bei der Aufsichtsbehörde. Sie muss Sie innerhalb von drei Monaten über den Stand unterrichten.',
    'authority-silent':
      'Die Aufsichtsbehörde hat sich in drei Monaten nicht gemeldet. Fragen Sie nach dem Stand; Sie können auch gerichtlich gegen die Aufsichtsbehörde vorgehen (Art. 78 Abs. 2 DSGVO) – dafür lohnt sich Beratung.',
    none: 'Nichts mehr zu tun.',
  },
};
