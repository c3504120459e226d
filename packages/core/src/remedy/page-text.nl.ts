import type { RemedyPageText } from './page-text.js';

/** The remedies page in Dutch. */
export const nl: RemedyPageText = {
  route: {
    visibility: {
      title: 'Niet meer openbaar posten',
      text: (_, platform) =>
        `Plaats nieuwe berichten niet meer openbaar, en beperk in de instellingen van ${platform} wie uw oudere berichten kan zien.`,
    },
    delete: {
      title: 'Inhoud verwijderen',
      text: () =>
        'Verwijder wat niet meer gebruikt mag worden. ‘Export controleren’ laat zien wat uw gegevensexport bevat, zonder dat uw gegevens het apparaat verlaten.',
    },
    complaint: {
      title: 'Klacht bij de toezichthouder',
      text: () =>
        'Een klacht is gratis (artikel 77 AVG). De app schrijft die op basis van uw zaak, met verloop en bewijs: in de zaak onder ‘Mijn bezwaren’.',
    },
    advice: {
      title: 'Consumentenorganisatie of advocaat',
      text: () =>
        'Voor advies stelt de app een overzicht van uw zaak samen (verloop, brieven, bewijs); u vindt het in de zaak onder ‘Mijn bezwaren’.',
    },
    injunction: {
      title: 'Verbod door de rechter (kort geding)',
      text: (company) =>
        `In een spoedprocedure kan een rechter ${company} voorlopig verbieden uw gegevens te gebruiken, totdat in de bodemzaak is beslist. Het verbod beschermt alleen wie het heeft aangevraagd.`,
    },
    collective: {
      title: 'Aansluiten bij een collectieve actie',
      text: () =>
        'Bij een collectieve actie eist een organisatie schadevergoeding voor veel mensen; u meldt zich aan en hoeft niet zelf te procederen.',
    },
  },
  collectiveNone: (platform) =>
    `Wij kennen geen collectieve actie over AI-training voor ${platform}.`,
  fact: {
    'authority-powers':
      'De toezichthouder onderzoekt de zaak en kan het bedrijf opdragen aan uw bezwaar gevolg te geven (artikel 58, lid 2, AVG); geld kent hij u niet toe, en een beslissing duurt vaak maanden.',
    'consumer-centres':
      'Consumentenorganisaties (in Duitsland de Verbraucherzentralen) geven advies; persoonlijk advies kost vaak geld.',
    'legal-aid':
      'Bij een laag inkomen bestaat in Duitsland adviesbijstand (Beratungshilfe): een verklaring van het kantongerecht (Amtsgericht); bij de advocaat betaalt u dan € 15.',
    insurance:
      'Een rechtsbijstandsverzekering kan advocaat- en proceskosten dragen; vraag vooraf of zij de zaak dekt.',
    urgency:
      'Er moet spoed zijn: wie na een aankondiging te lang wacht, wordt afgewezen. Zo wees het Oberlandesgericht Schleswig een verzoek tegen de AI-training van Meta af als te laat.',
    'lawyer-required':
      'In Duitsland hebt u daarvoor bij het Landgericht en het Oberlandesgericht een advocaat nodig.',
    costs:
      'Het kost advocaat- en griffiekosten; wie verliest, betaalt de kosten. Een rechtsbijstandsverzekering of gesubsidieerde rechtsbijstand kan ze dragen.',
  },
  doubt: {
    'authority-duration':
      'Hoe lang toezichthouders erover doen, is niet vastgelegd en verschilt per zaak.',
    'injunction-costs':
      'Hoe hoog de kosten zijn, hangt af van het belang van de zaak; de bronnen noemen geen bedragen.',
  },
  leadAuthority: (company, authority) =>
    `De leidende toezichthouder voor ${company} is ${authority}; u kunt wel een klacht indienen bij de toezichthouder van uw woonplaats, die de app voorstelt.`,
  procedural:
    'Sinds 2 april 2027 moet uw bezwaar bij het bedrijf aan de klacht voorafgaan; de toezichthouder bij wie u klaagt, stuurt de klacht binnen zes weken door naar de leidende toezichthouder (Verordening (EU) 2025/2518).',
  free: 'gratis',
};
