import type { CatalogFile } from '../check.js';

/** A minimal valid controller record, for tests. */
export function controllerFixture(): Record<string, unknown> {
  return {
    id: 'example-controller',
    name: 'Example Ltd',
    shortName: 'Example',
    quality: 'sourced',
    verified: '2026-01-01',
    address: {
      lines: ['1 Example Street'],
      postalCode: '10115',
      city: 'Berlin',
      country: 'DE',
      sources: ['imprint'],
    },
    authorities: [],
    sources: [
      { id: 'imprint', url: 'https://example.org/imprint', title: 'Imprint', strength: 'strong' },
    ],
  };
}

/** A minimal valid platform record with a web form and an in-app route, for tests. */
export function platformFixture(): Record<string, unknown> {
  const fact = () => ({ text: { de: 'Ein Fakt.', en: 'A fact.' }, sources: ['help'] });
  return {
    id: 'example',
    name: 'Example',
    controller: 'example-controller',
    quality: 'sourced',
    verified: '2026-01-01',
    aiTraining: {
      status: 'training',
      since: '2025-05-27',
      summary: fact(),
      dataUsed: [fact()],
      dataExcluded: [],
      objectionCovers: [fact()],
      objectionDoesNotCover: [fact()],
    },
    channels: [
      {
        id: 'form',
        kind: 'web-form',
        purpose: 'ai-objection',
        label: { de: 'Formular', en: 'Form' },
        url: 'https://example.org/object',
        primary: true,
        requires: {
          login: 'yes',
          email: 'yes',
          country: 'yes',
          reason: 'optional',
          verificationCode: 'no',
        },
        fields: {
          reason: { maxLength: 300, basis: 'assumed', note: { de: 'Annahme.', en: 'Assumed.' } },
        },
        sources: ['help'],
      },
      {
        id: 'app',
        kind: 'in-app',
        label: { de: 'In der App', en: 'In the app' },
        leadsTo: 'form',
        paths: [
          { locale: 'de', device: 'mobile', steps: ['Menü', 'Widerspruch'], sources: ['help'] },
          { locale: 'en', device: 'mobile', steps: ['Menu', 'Object'], sources: ['help'] },
        ],
        sources: ['help'],
      },
    ],
    history: [
      {
        date: '2025-05-27',
        kind: 'started',
        text: { de: 'Start.', en: 'Start.' },
        sources: ['help'],
      },
    ],
    sources: [
      { id: 'help', url: 'https://example.org/help', title: 'Help page', strength: 'strong' },
    ],
  };
}

/** A valid catalog of one controller and one platform. */
export function catalogFixture(): CatalogFile[] {
  return [
    { file: 'controllers/example-controller.json', data: controllerFixture() },
    { file: 'platforms/example.json', data: platformFixture() },
  ];
}

/** A minimal valid remedy record (a collective action about the example platform), for tests. */
export function remedyFixture(): Record<string, unknown> {
  return {
    id: 'example-collective-action',
    kind: 'collective-action',
    topic: 'ai-training',
    title: { de: 'Sammelklage gegen Example', en: 'Collective action against Example' },
    claimant: { de: 'Ein Verbraucherverband', en: 'A consumer association' },
    forum: {
      text: { de: 'Oberlandesgericht Beispielstadt', en: 'Higher Regional Court of Example City' },
      sources: ['register'],
    },
    country: 'DE',
    date: '2026-02',
    about: {
      text: { de: 'KI-Training mit Beiträgen.', en: 'AI training on posts.' },
      sources: ['register'],
    },
    platforms: ['example'],
    controllers: ['example-controller'],
    status: {
      state: 'open-to-join',
      asOf: '2026-02-23',
      text: { de: 'Anmeldung möglich.', en: 'Open to join.' },
      sources: ['register'],
    },
    join: {
      who: { text: { de: 'Alle Nutzer.', en: 'All users.' }, sources: ['register'] },
      routes: [
        {
          text: { de: 'Im Klageregister eintragen.', en: 'Register in the register of actions.' },
          url: 'https://example.org/register',
          costEur: 0,
          sources: ['register'],
        },
      ],
    },
    quality: 'sourced',
    verified: '2026-03-01',
    sources: [
      {
        id: 'register',
        url: 'https://example.org/register',
        title: 'Register of actions',
        strength: 'strong',
      },
    ],
  };
}
