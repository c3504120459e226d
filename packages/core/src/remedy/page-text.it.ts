import type { RemedyPageText } from './page-text.js';

/** The remedies page in Italian. */
export const it: RemedyPageText = {
  route: {
    visibility: {
      title: 'Non pubblicare più in modo pubblico',
      text: (_, platform) =>
        `Non pubblichi più contenuti in modo pubblico e limiti, nelle impostazioni di ${platform}, chi può vedere i Suoi post meno recenti.`,
    },
    delete: {
      title: 'Eliminare contenuti',
      text: () =>
        'Elimini ciò che non deve più essere usato. «Controlla l’esportazione» Le mostra che cosa contiene la Sua esportazione dei dati, senza che i dati lascino il dispositivo.',
    },
    complaint: {
      title: 'Reclamo all’autorità per la protezione dei dati',
      text: () =>
        'Il reclamo è gratuito (articolo 77 del RGPD). L’app lo scrive a partire dalla Sua pratica, con cronologia e prove: nella pratica, alla voce «Le mie opposizioni».',
    },
    advice: {
      title: 'Associazione dei consumatori o avvocato',
      text: () =>
        'Per una consulenza, l’app prepara un riepilogo della Sua pratica (cronologia, lettere, prove); lo trova nella pratica, alla voce «Le mie opposizioni».',
    },
    injunction: {
      title: 'Divieto giudiziale (provvedimento d’urgenza)',
      text: (company) =>
        `Con un procedimento d’urgenza un giudice può vietare provvisoriamente a ${company} di usare i Suoi dati finché non si decide nel merito. Il divieto tutela solo chi lo ha chiesto.`,
    },
    collective: {
      title: 'Aderire a un’azione collettiva',
      text: () =>
        'In un’azione collettiva un’associazione chiede il risarcimento per molte persone; Lei aderisce e non deve agire in giudizio personalmente.',
    },
  },
  collectiveNone: (platform) =>
    `Non conosciamo azioni collettive sull’addestramento dell’IA relative a ${platform}.`,
  fact: {
    'authority-powers':
      'L’autorità esamina il caso e può ordinare alla società di dare seguito alla Sua opposizione (articolo 58, paragrafo 2, del RGPD); non Le riconosce somme di denaro e spesso decide solo dopo mesi.',
    'consumer-centres':
      'Le associazioni dei consumatori (in Germania le Verbraucherzentralen) offrono consulenza; la consulenza personale è spesso a pagamento.',
    'legal-aid':
      'Con un reddito basso in Germania esiste l’aiuto per la consulenza (Beratungshilfe): un attestato rilasciato dal tribunale locale (Amtsgericht); all’avvocato paga poi 15 €.',
    insurance:
      'Un’assicurazione di tutela legale può coprire le spese legali e processuali; chieda prima se copre il caso.',
    urgency:
      'Deve esserci urgenza: chi aspetta troppo dopo un annuncio viene respinto. Per questo il Tribunale regionale superiore di Schleswig ha respinto come tardiva una domanda contro l’addestramento dell’IA di Meta.',
    'lawyer-required':
      'In Germania per questo serve un avvocato davanti al Tribunale regionale (Landgericht) e al Tribunale regionale superiore (Oberlandesgericht).',
    costs:
      'Comporta spese legali e processuali; chi perde le sostiene. Un’assicurazione di tutela legale o il gratuito patrocinio possono coprirle.',
  },
  doubt: {
    'authority-duration':
      'Quanto tempo impieghino le autorità non è documentato e varia da caso a caso.',
    'injunction-costs':
      'L’importo delle spese dipende dal valore della controversia; le fonti non indicano cifre.',
  },
  leadAuthority: (company, authority) =>
    `L’autorità capofila per ${company} è ${authority}; può comunque proporre reclamo all’autorità del luogo in cui risiede, che l’app Le propone.`,
  procedural:
    'Dal 2 aprile 2027 il reclamo deve essere preceduto dalla Sua opposizione alla società; l’autorità a cui si rivolge lo trasmette entro sei settimane all’autorità capofila (regolamento (UE) 2025/2518).',
  free: 'gratuito',
};
