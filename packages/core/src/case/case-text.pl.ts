import type { CaseText } from './case-text.js';

/** The case wording in Polish. */
export const pl: CaseText = {
  state: {
    draft: 'Wersja robocza',
    'awaiting-confirmation': 'Oczekiwanie na potwierdzenie (zwykle do 24 godzin)',
    'no-confirmation': 'Nie przyszło potwierdzenie',
    'awaiting-answer': 'Wysłano, oczekiwanie na odpowiedź',
    overdue: 'Termin upłynął',
    reminded: 'Wysłano przypomnienie, termin biegnie',
    'reminder-overdue': 'Upłynął także termin z przypomnienia',
    confirmed: 'Potwierdzono',
    'asks-for-reason': 'Żądanie podania przyczyn',
    'asks-for-id': 'Żądanie potwierdzenia tożsamości',
    rejected: 'Odrzucono',
    answered: 'Otrzymano odpowiedź',
    complained: 'Złożono skargę',
    'setting-off': 'Zmieniono ustawienie',
    closed: 'Zamknięto',
  },
  event: {
    drafted: 'Utworzono',
    submitted: 'Wysłano sprzeciw',
    'setting-changed': 'Zmieniono ustawienie',
    'confirmation-received': 'Otrzymano potwierdzenie',
    'reply-received': 'Otrzymano odpowiedź',
    'deadline-extended': 'Przedłużono termin',
    'reminder-sent': 'Wysłano przypomnienie',
    'evidence-added': 'Zachowano dowód',
    'complaint-filed': 'Złożono skargę',
    'erasure-requested': 'Zażądano usunięcia',
    'access-requested': 'Zażądano dostępu',
    note: 'Notatka',
    closed: 'Zamknięto',
  },
  reply: {
    accepted: 'Sprzeciw uwzględniony',
    'asks-for-reason': 'Prośba o podanie przyczyn',
    'asks-for-id': 'Żądanie potwierdzenia tożsamości',
    rejected: 'Sprzeciw odrzucony',
    other: 'Coś innego',
  },
  request: {
    'access-requested': 'Żądanie dostępu',
    'erasure-requested': 'Żądanie usunięcia danych',
  },
  situation: {
    'no-answer': 'Brak odpowiedzi w terminie',
    'reminder-unanswered': 'Brak odpowiedzi także na przypomnienie',
    'asks-for-reason': 'Firma pyta o przyczyny',
    'asks-for-id': 'Firma żąda potwierdzenia tożsamości',
    rejected: 'Sprzeciw odrzucony',
    'authority-silent': 'Organ nadzorczy nie odpowiada',
    'no-confirmation': 'Brak potwierdzenia po dwóch dniach',
    'form-fails': 'Formularz się nie wczytuje lub pokazuje błąd',
    'already-trained': 'Już użyte do trenowania lub opublikowane przez innych',
    'legal-action': 'Kroki prawne',
  },
  ahead: {
    'no-confirmation': 'Jeśli po dwóch dniach nie ma potwierdzenia',
    'no-answer': 'Jeśli do końca terminu nie przyjdzie odpowiedź',
    'reminder-unanswered': 'Jeśli także przypomnienie pozostanie bez odpowiedzi',
  },
  step: {
    'resubmit-form':
      'Sprawdzić folder spamu; jeśli nie ma tam potwierdzenia, po prostu ponownie wnieść sprzeciw przez formularz',
    reminder: 'Wysłać przypomnienie z dwutygodniowym terminem',
    complaint: 'Złożyć skargę do organu nadzorczego (art. 77 RODO)',
    'resubmit-with-grounds':
      'Ponownie wnieść sprzeciw z przyczynami wynikającymi ze szczególnej sytuacji',
    erasure:
      'Zażądać usunięcia danych (art. 17 ust. 1 lit. c RODO), a do tego czasu ograniczenia przetwarzania (art. 18 ust. 1 lit. d RODO)',
    'in-app-route': 'Skorzystać z drogi przez menu aplikacji (zob. instrukcję)',
    'objection-letter': 'Wnieść sprzeciw do firmy listem lub e-mailem i zachować list jako dowód',
    'hide-or-delete': 'Ukryć lub usunąć starsze wpisy, aby przestały być publiczne',
    'ask-others': 'Poprosić osoby, które publikują treści na nasz temat, o własny sprzeciw',
    access: 'Zapytać, czy i które dane zostały użyte do trenowania (art. 15 RODO)',
    dossier: 'Przygotować dokumentację dla adwokata, radcy prawnego lub organizacji konsumenckiej',
    'answer-id-request': 'Ponownie wysłać sprzeciw z danymi konta, które firma już posiada',
    'ask-authority':
      'Zapytać organ nadzorczy o stan sprawy; możliwa jest skarga na podstawie art. 78 ust. 2 RODO',
  },
  next: {
    submit: 'Należy wysłać sprzeciw i zapisać go tutaj.',
    'expect-confirmation':
      'Należy poczekać na e-mail z potwierdzeniem i zapisać go, gdy tylko przyjdzie.',
    'check-spam-resubmit':
      'Nadal brak potwierdzenia: warto sprawdzić folder spamu. Jeśli nic tam nie ma, wystarczy ponownie wnieść sprzeciw przez formularz.',
    wait: 'Należy poczekać i zapisać potwierdzenie, gdy tylko przyjdzie.',
    'send-reminder': 'Termin upłynął. Należy wysłać przypomnienie z dwutygodniowym terminem.',
    complain:
      'Upłynął także termin wyznaczony w przypomnieniu. Można złożyć skargę do organu nadzorczego (art. 77 RODO).',
    'resubmit-with-grounds':
      'Firma pyta o przyczyny. Należy ponownie wnieść sprzeciw z przyczynami wynikającymi ze szczególnej sytuacji.',
    'answer-id-request':
      'Firma żąda potwierdzenia tożsamości. Wystarczy odpowiedzieć danymi, które już posiada (konto, adres e-mail); dodatkowych informacji może żądać tylko w razie uzasadnionych wątpliwości co do tożsamości (art. 12 ust. 6 RODO).',
    'review-answer':
      'Należy przeczytać odpowiedź i zapisać, czy sprzeciw został uwzględniony, czy odrzucony.',
    'escalate-rejection':
      'Sprzeciw został odrzucony. Można złożyć skargę do organu nadzorczego (art. 77 RODO) i zażądać usunięcia danych (art. 17 RODO).',
    'keep-proof': 'Gotowe. Potwierdzenie warto zachować jako dowód.',
    'wait-for-authority':
      'Skarga trafiła do organu nadzorczego. Organ ma obowiązek poinformować o postępach w ciągu trzech miesięcy.',
    'authority-silent':
      'Organ nadzorczy nie poinformował o sprawie w ciągu trzech miesięcy. Warto zapytać o stan sprawy; można też wnieść skargę do sądu na organ (art. 78 ust. 2 RODO) – w tym celu warto skorzystać z porady prawnej.',
    none: 'Nic więcej nie trzeba robić.',
  },
};
