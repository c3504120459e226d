import { plural } from '../util/plural.js';
import type { NoticeText } from './notice-text.js';

/** Core's notices in Italian. */
export const it: NoticeText = {
  lawInFlux: {
    title: 'Un diritto in evoluzione',
    text: (last, checked) =>
      `L’UE sta negoziando una modifica del RGPD per l’addestramento dell’IA (il cosiddetto «omnibus digitale»). Secondo l’ultima fonte, del ${last}, non era ancora stato deciso nulla. Si applica il diritto vigente: la Sua opposizione si fonda sull’articolo 21, paragrafo 1, del RGPD. Ultima verifica: ${checked}.`,
  },
  watch: {
    objectBefore: (p, on, n) =>
      `${p} intende addestrare l’IA con i dati degli utenti a partire dal ${on} (tra ${n} ${plural('it', n, { one: 'giorno', other: 'giorni' })}). Chi si oppone prima tiene i propri contenuti esistenti fuori dal primo addestramento.`,
    objectAgain: (p, objected, on, event) =>
      `${p} ha modificato le proprie regole dopo la Sua opposizione del ${objected} (${on}: ${event}). Verifichi se la Sua opposizione copre questa modifica e, nel dubbio, si opponga di nuovo.`,
    stale: (verified, days) =>
      `Ultima verifica il ${verified}, più di ${days} giorni fa: le informazioni potrebbero non essere aggiornate.`,
  },
  deadline: {
    counting:
      'calcolato secondo l’articolo 3 del regolamento (CEE, Euratom) n. 1182/71: un mese termina il giorno con lo stesso numero nel mese successivo, altrimenti l’ultimo giorno di quel mese; se la scadenza cade di sabato o di domenica, il termine scade il primo giorno lavorativo successivo. I giorni festivi non sono considerati.',
    rule: {
      'art-12-3-one-month': (c) =>
        `Risposta dovuta entro un mese dal ricevimento (articolo 12, paragrafo 3, del RGPD), ${c}`,
      'art-12-3-extended': (c) =>
        `La società ha prorogato il termine, al massimo di altri due mesi, cioè tre mesi dal ricevimento (articolo 12, paragrafo 3, seconda e terza frase, del RGPD), ${c}`,
      'art-78-2-three-months': (c) =>
        `L’autorità di controllo deve informarLa entro tre mesi sullo stato o sull’esito del Suo reclamo; altrimenti può ricorrere all’autorità giudiziaria (articolo 78, paragrafo 2, del RGPD), ${c}`,
      'reminder-two-weeks': () =>
        'Termine fissato nel Suo sollecito: due settimane dall’invio. Se la scadenza cade di sabato o di domenica, vale il primo giorno lavorativo successivo.',
    },
  },
  datedRule: {
    'gdpr-procedural-regulation':
      'regolamento (UE) 2025/2518 che stabilisce norme procedurali aggiuntive per l’applicazione del RGPD',
  },
  authority: {
    localLand: (land) =>
      `Land di residenza: ${land}. Ai sensi dell’articolo 77, paragrafo 1, del RGPD può proporre reclamo all’autorità di controllo del luogo in cui risiede; in Germania, per le imprese è competente l’autorità del Land, che all’occorrenza trasmette il reclamo (§ 19, comma 2, BDSG).`,
    localCountry:
      'Ai sensi dell’articolo 77, paragrafo 1, del RGPD può proporre reclamo all’autorità di controllo del Paese in cui risiede.',
    lead: (c) =>
      `${c} ha il proprio stabilimento principale nell’UE nel Paese di questa autorità, che è l’autorità capofila (articolo 56 del RGPD). Può proporre reclamo anche direttamente a essa.`,
    nationalLead: (a, c) =>
      `${a} è l’autorità capofila in Germania per ${c}; i reclami presentati ad altre autorità tedesche di norma arrivano lì.`,
    noResidence:
      'Non ha indicato dove risiede, quindi il reclamo va all’autorità capofila della società. Di solito è preferibile l’autorità del luogo di residenza: indichi il Paese (e, in Germania, il Land).',
    noLand:
      'Per la Germania manca il Land (ad es. HH, BY). Senza Land il reclamo va all’autorità capofila per la società in Germania.',
    unknownLand: (r) => `Il Land «${r}» non è noto.`,
    unknownCountry: (c) =>
      `Nel catalogo non c’è alcuna autorità di controllo per «${c}» (solo UE e SEE). Il reclamo va all’autorità capofila della società.`,
    forwarding: (reason, lead) =>
      `${reason} Dal 2 aprile 2027 trasmette entro sei settimane un reclamo relativo a un trattamento transfrontaliero all’autorità capofila (${lead}) (regolamento (UE) 2025/2518).`,
  },
};
