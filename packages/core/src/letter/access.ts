import { addMonthsPeriod } from '../deadline/rules.js';
import { baseLetter } from './base.js';
import { accountLabel, controllerParty, type LetterContext, longDate, pick } from './context.js';
import type { Letter } from './model.js';

/**
 * An access request under Art. 15 GDPR asking whether and which data went into AI training.
 * It states its purpose, to learn about the person's own data, and claims nothing else: since
 * CJEU C-526/24 (19 March 2026) even a first request can be refused as abusive when it reads
 * as a means to a damages claim.
 */
export function accessLetter(ctx: LetterContext): Letter {
  const l = ctx.locale;
  const due = longDate(addMonthsPeriod(ctx.today, 1), l);
  return baseLetter(ctx, {
    kind: 'access',
    recipient: controllerParty(ctx.controller, l),
    subject: pick(
      l,
      `Auskunftsersuchen gemäß Art. 15 DSGVO zur Nutzung meiner Daten für KI – Konto ${accountLabel(ctx)}`,
      `Access request under Art. 15 GDPR on the use of my data for AI – account ${accountLabel(ctx)}`,
    ),
    references: [{ label: pick(l, 'Konto', 'Account'), value: accountLabel(ctx) }],
    body: [
      {
        kind: 'paragraph',
        text: pick(
          l,
          `bitte teilen Sie mir gemäß Art. 15 DSGVO mit, ob und welche meiner personenbezogenen Daten (Konto bei ${ctx.platform.name}: ${accountLabel(ctx)}) Sie für die Entwicklung, das Training oder die Bewertung von KI-Modellen verarbeitet haben oder verarbeiten. Insbesondere bitte ich um Auskunft über:`,
          `Under Art. 15 GDPR please tell me whether and which of my personal data (${ctx.platform.name} account: ${accountLabel(ctx)}) you have processed or process for developing, training or evaluating AI models. In particular, please tell me:`,
        ),
      },
      {
        kind: 'list',
        items:
          l === 'de'
            ? [
                'welche Kategorien meiner Daten in welche Trainingsdatensätze eingeflossen sind und seit wann,',
                'für welche Modelle und Zwecke sie verwendet wurden (Art. 15 Abs. 1 lit. a und b DSGVO),',
                'an welche Empfänger sie offengelegt wurden (Art. 15 Abs. 1 lit. c DSGVO),',
                'wie lange sie gespeichert werden (Art. 15 Abs. 1 lit. d DSGVO),',
                'woher die Daten stammen, soweit nicht von mir (Art. 15 Abs. 1 lit. g DSGVO), und',
                'eine Kopie der verarbeiteten Daten (Art. 15 Abs. 3 DSGVO).',
              ]
            : [
                'which categories of my data went into which training datasets, and since when,',
                'for which models and purposes they were used (Art. 15(1)(a) and (b) GDPR),',
                'to which recipients they were disclosed (Art. 15(1)(c) GDPR),',
                'how long they will be stored (Art. 15(1)(d) GDPR),',
                'where the data came from, if not from me (Art. 15(1)(g) GDPR), and',
                'a copy of the data processed (Art. 15(3) GDPR).',
              ],
      },
      {
        kind: 'paragraph',
        text: pick(
          l,
          'Ich frage, weil ich wissen möchte, ob und welche meiner Daten in das Training Ihrer KI-Modelle eingeflossen sind, damit ich über meine weiteren Schritte zum Schutz meiner Daten entscheiden kann, etwa einen Widerspruch oder einen Antrag auf Löschung.',
          'I am asking because I want to know whether and which of my data went into the training of your AI models, so that I can decide on further steps to protect my data, such as an objection or a request for erasure.',
        ),
      },
      {
        kind: 'paragraph',
        text: pick(
          l,
          `Die Auskunft ist unentgeltlich (Art. 12 Abs. 5 DSGVO). Bitte antworten Sie innerhalb eines Monats nach Eingang (Art. 12 Abs. 3 DSGVO), also bis zum ${due}.`,
          `The information is free of charge (Art. 12(5) GDPR). Please answer within one month of receipt (Art. 12(3) GDPR), that is by ${due}.`,
        ),
      },
    ],
  });
}
