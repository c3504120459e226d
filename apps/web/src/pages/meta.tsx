import { type Catalog, findPlatform } from '@widerspruch/catalog';
import { type Case, type Guide, objectionTextFor } from '@widerspruch/core';
import { useEffect, useState } from 'preact/hooks';
import {
  type Certainty,
  CertaintyView,
  certaintyOf,
  joinCertainty,
} from '../components/certainty.js';
import { EvidenceAdd } from '../components/evidence-section.js';
import { PageHeading } from '../components/page-heading.js';
import { TextBuilder } from '../components/text-builder.js';
import { formatDateTime, locale, t } from '../i18n/i18n.js';
import { copyText as copyToClipboard } from '../lib-clipboard.js';
import { caseHref, guideHref, hrefOf, remedyHref } from '../router.js';
import { useCatalog } from '../state/catalog.js';
import {
  cases,
  ensureOwnProfile,
  getSetting,
  putSetting,
  recordSubmission,
} from '../state/store.js';
import { device } from '../state/wizard.js';
import { type LocalFact, localFact } from '../view/facts.js';
import { guideOf } from '../view/guide.js';

/** The two services of this page, in the order most people use them. */
const META = ['facebook', 'instagram'] as const;
type MetaId = (typeof META)[number];
/** The setting that keeps which of the two is recorded (the case ids), across reloads. */
const DONE_KEY = 'meta-screen';
type Done = Partial<Record<MetaId, string>>;

/** A fact as a point of "Wie sicher ist das?": what is known, why it is not certain, sources. */
function factCertainty(fact: LocalFact): Certainty {
  const why = fact.uncertain
    ? { why: fact.uncertain, ...(fact.uncertainLang ? { whyLang: fact.uncertainLang } : {}) }
    : { why: t('certainty.sure'), whyLang: locale.value };
  return {
    doubts: [{ about: fact.text, aboutLang: fact.lang, ...why }],
    sources: fact.sources,
  };
}

/**
 * Facebook and Instagram in one minute: for each, what to expect, the form and the text side
 * by side, and "Ich habe abgeschickt", which records the case; then the prompt to keep proof.
 */
export function MetaPage() {
  const [done, setDone] = useState<Done | undefined>();
  const [grounds, setGrounds] = useState(false);
  // The text with grounds, once the grounds builder is open; both cards copy it.
  const [withGrounds, setWithGrounds] = useState<string | undefined>();
  useEffect(() => {
    void getSetting<Done>(DONE_KEY).then((saved) => setDone(saved ?? {}));
  }, []);
  const c = useCatalog({ platforms: META });
  if (c === undefined || done === undefined) return <p role="status">{t('loading')}</p>;
  const guides = META.flatMap((id) => {
    const built = guideOf(c, {
      platform: id,
      locale: locale.value,
      device: device.value,
    });
    return built.ok ? [built.value] : [];
  });
  const record = async (id: MetaId, account: string) => {
    const profile = await ensureOwnProfile(t('wizard.me'));
    const recorded = await recordSubmission({
      platform: id,
      account,
      profile: profile.id,
      via: 'web-form',
    });
    const next = { ...done, [id]: recorded.id };
    setDone(next);
    await putSetting(DONE_KEY, next);
  };
  const facebook = findPlatform(c, 'facebook');
  const linked = facebook?.linkedAccounts;
  return (
    <article class="meta">
      <PageHeading>{t('meta.title')}</PageHeading>
      <p class="lead">{t('meta.each')}</p>
      {linked && facebook && (
        <CertaintyView
          certainty={factCertainty(localFact(linked, locale.value, facebook.sources))}
        />
      )}
      <p class="hint">
        {t('meta.reason')}{' '}
        <button
          type="button"
          class="button button-small button-quiet"
          aria-expanded={grounds}
          onClick={() => setGrounds(!grounds)}
        >
          {t('meta.addGrounds')}
        </button>
      </p>
      {grounds && (
        <TextBuilder
          catalog={c}
          platform="facebook"
          textLocale={locale.value}
          onText={setWithGrounds}
          groundsOpen
        />
      )}
      <div class="meta-cards">
        {guides.map((g) => {
          const id = g.platform.id as MetaId;
          const recorded = cases.value.find((x) => x.id === done[id]);
          return (
            <MetaCard
              key={id}
              guide={g}
              catalog={c}
              recorded={recorded}
              {...(grounds ? { custom: withGrounds ?? '' } : {})}
              onSent={(account) => record(id, account)}
            />
          );
        })}
      </div>
      <p>
        <a href={remedyHref('facebook')}>{t('meta.remedy')}</a>
      </p>
      <p>
        <a href={hrefOf('wizard')}>{t('meta.others')}</a>
      </p>
    </article>
  );
}

function MetaCard({
  guide,
  catalog,
  recorded,
  custom,
  onSent,
}: {
  guide: Guide;
  catalog: Catalog;
  recorded: Case | undefined;
  /** The text from the grounds builder, when it is open ('' while that text is not valid). */
  custom?: string;
  onSent: (account: string) => Promise<void>;
}) {
  const [account, setAccount] = useState('');
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const id = guide.platform.id;
  const name = guide.platform.name;
  const form = guide.form;
  const standard = objectionTextFor(catalog, {
    platform: id,
    locale: locale.value,
  });
  const text = custom ?? (standard.ok ? standard.value.text : '');
  const copyText = async () => setCopy(await copyToClipboard(text));
  const enter = guide.steps.find((s) => s.id === 'enter');
  const certainty = joinCertainty(
    {
      doubts: form?.uncertain ? [{ why: form.uncertain }] : [],
      sources: form?.sources ?? [],
    },
    ...(enter ? [certaintyOf(enter)] : []),
  );
  return (
    <section class="meta-card" aria-labelledby={`meta-${id}`}>
      <h2 id={`meta-${id}`} class="meta-title">
        {name}
      </h2>
      {recorded ? (
        <Recorded c={recorded} name={name} />
      ) : (
        <>
          <p>
            {t('meta.expect', { platform: name })}
            {id !== 'facebook' && ` ${t('meta.sameText')}`}
          </p>
          <div class="button-row">
            {form && (
              <a
                class="button button-primary"
                href={form.url}
                target="_blank"
                rel="noopener noreferrer"
              >
                {t('meta.openForm')}
                <span class="visually-hidden">
                  {' '}
                  {t('meta.formOf', { platform: name })} {t('wizard.newTab')}
                </span>{' '}
                <span aria-hidden="true">↗</span>
              </a>
            )}
            <button
              type="button"
              class="button"
              disabled={text === ''}
              onClick={() => void copyText()}
            >
              {t('wizard.copy')}
              <span class="visually-hidden"> {t('meta.forPlatform', { platform: name })}</span>
            </button>
          </div>
          <p class="copy-status" role="status">
            {copy === 'copied' ? t('meta.copied') : copy === 'failed' ? t('wizard.copyFailed') : ''}
          </p>
          <label class="field" for={`meta-account-${id}`}>
            {t('meta.account', { platform: name })}
          </label>
          <input
            id={`meta-account-${id}`}
            type="text"
            autoComplete="off"
            maxLength={500}
            value={account}
            aria-describedby={`meta-account-${id}-hint`}
            onInput={(e) => setAccount(e.currentTarget.value)}
          />
          <p id={`meta-account-${id}-hint`} class="hint">
            {t('meta.accountWhy')}
          </p>
          <button type="button" class="button button-primary" onClick={() => void onSent(account)}>
            {t('meta.sent')}
            <span class="visually-hidden"> ({name})</span>
          </button>
          <CertaintyView certainty={certainty} />
          <p class="more-link">
            <a href={guideHref(id)}>{t('meta.guide', { platform: name })}</a>
          </p>
        </>
      )}
    </section>
  );
}

/** After "Ich habe abgeschickt": the app's note, and the prompt to keep proof now. */
function Recorded({ c, name }: { c: Case; name: string }) {
  const sent = c.events.filter((e) => e.kind === 'submitted').at(-1);
  return (
    <>
      <p class="success" role="status">
        {t('meta.recorded', { platform: name, date: formatDateTime(sent?.at ?? c.createdAt) })}
      </p>
      <div class="proof">
        <p>
          <strong>{t('proof.screenshot')}</strong>
        </p>
        <p class="hint">{t('proof.screenshotHow')}</p>
        <EvidenceAdd c={c} />
      </div>
      <p>
        <a href={caseHref(c.id)}>{t('meta.toCase', { platform: name })}</a>
      </p>
    </>
  );
}
