import { plural } from '../util/plural.js';
import type { NoticeText } from './notice-text.js';

/** Core's notices in English. */
export const en: NoticeText = {
  lawInFlux: {
    title: 'Law in flux',
    text: (last, checked) =>
      `The EU is negotiating changes to the GDPR for AI training (the "Digital Omnibus"). According to the last source, of ${last}, nothing had been decided. Current law applies: your objection rests on Art. 21(1) GDPR. Last checked on ${checked}.`,
  },
  watch: {
    objectBefore: (p, on, n) =>
      `${p} plans to train on user data from ${on} (in ${n} ${plural('en', n, { one: 'day', other: 'days' })}). Objecting before then keeps your existing content out of the first training.`,
    objectAgain: (p, objected, on, event) =>
      `${p} changed its policy after your objection of ${objected} (${on}: ${event}). Check whether your objection covers this, and object again if in doubt.`,
    stale: (verified, days) =>
      `Last checked on ${verified}, more than ${days} days ago – the facts may be out of date.`,
  },
  deadline: {
    counting:
      'counted under Art. 3 of Regulation (EEC, Euratom) No 1182/71: a month ends on the same date in the next month, or on its last day if there is none; an end on a Saturday or Sunday moves to the next working day. Public holidays are not taken into account.',
    rule: {
      'art-12-3-one-month': (c) => `Answer due one month after receipt (Art. 12(3) GDPR), ${c}`,
      'art-12-3-extended': (c) =>
        `The company extended the period; by at most two further months, i.e. three months after receipt (Art. 12(3), second and third sentences, GDPR), ${c}`,
      'art-78-2-three-months': (c) =>
        `The supervisory authority must inform you within three months of the progress or outcome of your complaint; otherwise you may go to court (Art. 78(2) GDPR), ${c}`,
      'reminder-two-weeks': () =>
        'Deadline set in your reminder letter: two weeks after sending it. An end on a Saturday or Sunday moves to the next working day.',
    },
  },
  datedRule: {
    'gdpr-procedural-regulation':
      'Regulation (EU) 2025/2518 laying down additional procedural rules for the GDPR',
  },
  authority: {
    localLand: (land) =>
      `You live in ${land}. Under Art. 77(1) GDPR you may complain to the authority where you live; in Germany the Land authority is competent for companies. It forwards the complaint where needed (§ 19(2) BDSG).`,
    localCountry:
      'Under Art. 77(1) GDPR you may complain to the authority of the country where you live.',
    lead: (c) =>
      `${c} has its main EU establishment in this authority's country; it is the lead authority (Art. 56 GDPR). You may also complain there directly.`,
    nationalLead: (a, c) =>
      `${a} leads on ${c} in Germany; complaints to other German authorities usually end up there.`,
    noResidence:
      "You did not say where you live, so the complaint goes to the company's lead authority. The authority where you live is usually better: give your country (and, in Germany, your Land).",
    noLand:
      'For Germany the Land is missing (e.g. HH, BY). Without it the complaint goes to the authority that leads on the company in Germany.',
    unknownLand: (r) => `The Land "${r}" is unknown.`,
    unknownCountry: (c) =>
      `No supervisory authority for "${c}" is in the catalog (EU and EEA only). The complaint goes to the company's lead authority.`,
    forwarding: (reason, lead) =>
      `${reason} Since 2 April 2027 it sends a complaint about cross-border processing to the lead authority (${lead}) within six weeks (Regulation (EU) 2025/2518).`,
  },
};
