import { batch } from '@preact/signals';
import { CASE_LIMITS } from '@widerspruch/core';
import { useState } from 'preact/hooks';
import { PageHeading } from '../components/page-heading.js';
import { locale, t } from '../i18n/i18n.js';
import { shownIn } from '../i18n/local-text.js';
import { loadCatalog } from '../state/catalog.js';
import type { ServiceEntry } from '../state/catalog-index.js';
import { newProfile, profiles, reportStorageError, saveProfile, today } from '../state/store.js';
import {
  device,
  type Task,
  wizardChoices,
  wizardPhase,
  wizardProfile,
  wizardTasks,
} from '../state/wizard.js';
import { prepareGuide } from '../view/guide.js';
import { matchesService, serviceOrder } from '../view/service-filter.js';

const NEW = '__new__';
/** On a first visit: a new profile for the person using the app. */
const ME = '__me__';

/** First step of the wizard: for whom, which services, which accounts. */
export function WizardSetup({ services }: { services: readonly ServiceEntry[] }) {
  const known = profiles.value;
  const [profile, setProfile] = useState<string>(wizardProfile.value ?? known[0]?.id ?? ME);
  const [newName, setNewName] = useState('');
  // The services and accounts chosen so far are kept with the run (in IndexedDB).
  const accounts = wizardChoices.value;
  const setAccounts = (change: (current: Record<string, string[]>) => Record<string, string[]>) => {
    wizardChoices.value = change(wizardChoices.value);
  };
  const [error, setError] = useState<string | undefined>();
  const [filter, setFilter] = useState('');
  const chosen = Object.keys(accounts);

  const toggle = (id: string, on: boolean) => {
    setError(undefined);
    // The service's record loads meanwhile, and the first task's guide is built while the
    // browser is idle, so that it shows at once.
    if (on) void loadCatalog({ platforms: [id] }).then(prepareFirstTask, () => undefined);
    setAccounts((current) => {
      const next = { ...current };
      if (on) next[id] = [''];
      else delete next[id];
      return next;
    });
  };
  const setAccount = (id: string, i: number, value: string) =>
    setAccounts((current) => ({
      ...current,
      [id]: (current[id] ?? []).map((a, j) => (j === i ? value : a)),
    }));

  const prepareFirstTask = () => {
    const first = services.find((p) => p.id in wizardChoices.value);
    if (first === undefined) return;
    const request = { platform: first.id, locale: locale.value, device: device.value };
    void loadCatalog({ platforms: [first.id] }).then(
      (c) => prepareGuide(c, request),
      () => undefined,
    );
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (chosen.length === 0) {
      setError(t('wizard.noneChosen'));
      return;
    }
    // A new person is stored while the first task shows (the write takes a moment on a
    // phone); nothing is recorded for them before the person acts on that task.
    const created =
      profile === ME
        ? newProfile(t('wizard.me'))
        : profile === NEW
          ? newProfile(newName.trim() || t('wizard.newProfile'))
          : undefined;
    const profileId = created?.id ?? profile;
    const saving = created ? saveProfile(created) : Promise.resolve();
    const tasks: Task[] = services
      .filter((p) => chosen.includes(p.id))
      .flatMap((p) =>
        (accounts[p.id] ?? ['']).map((account) => ({ platform: p.id, account: account.trim() })),
      );
    // The first task's record before it shows (no "loading" between the pages); the
    // others load meanwhile.
    const first = loadCatalog({ platforms: tasks.slice(0, 1).map((task) => task.platform) });
    void loadCatalog({ platforms: [...new Set(tasks.map((task) => task.platform))] }).catch(
      () => undefined,
    );
    await first.catch(() => undefined);
    saving.catch(reportStorageError);
    // One change: one render of the first task and one write of the run, not four.
    batch(() => {
      wizardProfile.value = profileId;
      wizardTasks.value = tasks;
      wizardPhase.value = { phase: 'task', index: 0 };
      wizardChoices.value = {};
    });
  };

  return (
    <form class="wizard-setup" onSubmit={(e) => void submit(e)} noValidate>
      <PageHeading focusKey="setup">{t('wizard.title')}</PageHeading>
      <fieldset aria-describedby={error ? 'services-error' : undefined}>
        <legend>{t('wizard.services')}</legend>
        <label class="field" for="service-filter">
          {t('wizard.search')}
        </label>
        <input
          id="service-filter"
          type="search"
          value={filter}
          autoComplete="off"
          aria-describedby="service-filter-hint"
          onInput={(e) => setFilter(e.currentTarget.value)}
        />
        <p id="service-filter-hint" class="hint">
          {t('wizard.searchHint')} {t('wizard.servicesHint')}
        </p>
        {serviceOrder(services, today(), locale.value)
          // Chosen services stay in the list whatever the filter says.
          .filter((p) => p.id in accounts || matchesService(p, filter))
          .map((p) => (
            <div key={p.id} class="service">
              <label class="check">
                <input
                  type="checkbox"
                  checked={p.id in accounts}
                  onChange={(e) => toggle(p.id, e.currentTarget.checked)}
                />
                <span>
                  <strong>{p.name}</strong>
                  {p.headline && (
                    <span class="muted"> – {shownIn(p.headline.text, p.headline.lang)}</span>
                  )}
                </span>
              </label>
              {p.id in accounts && p.hasChannels && (
                <AccountInputs
                  platform={p.name}
                  values={accounts[p.id] ?? []}
                  onChange={(i, v) => setAccount(p.id, i, v)}
                  onAdd={() => setAccounts((c) => ({ ...c, [p.id]: [...(c[p.id] ?? []), ''] }))}
                  onRemove={(i) =>
                    setAccounts((c) => ({
                      ...c,
                      [p.id]: (c[p.id] ?? []).filter((_, j) => j !== i),
                    }))
                  }
                />
              )}
            </div>
          ))}
        {error && (
          <p id="services-error" class="error" role="alert">
            {error}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('wizard.who')}</legend>
        <p class="hint">{t('wizard.whoHint')}</p>
        {known.map((p) => (
          <label key={p.id} class="check">
            <input
              type="radio"
              name="profile"
              checked={profile === p.id}
              onChange={() => setProfile(p.id)}
            />
            <span>{p.name}</span>
          </label>
        ))}
        {known.length === 0 && (
          <label class="check">
            <input
              type="radio"
              name="profile"
              checked={profile === ME}
              onChange={() => setProfile(ME)}
            />
            <span>{t('wizard.me')}</span>
          </label>
        )}
        <label class="check">
          <input
            type="radio"
            name="profile"
            checked={profile === NEW}
            onChange={() => setProfile(NEW)}
          />
          <span>{known.length === 0 ? t('wizard.otherPerson') : t('wizard.newProfile')}</span>
        </label>
        {profile === NEW && (
          <>
            <label class="field" for="new-profile">
              {t('wizard.newProfileName')}
            </label>
            <input
              id="new-profile"
              type="text"
              maxLength={CASE_LIMITS.profileName}
              value={newName}
              autoComplete="off"
              onInput={(e) => setNewName(e.currentTarget.value)}
            />
          </>
        )}
      </fieldset>
      {/* Always in reach, however long the list: on a phone it stays at the bottom edge. */}
      <div class="submit-bar">
        <button type="submit" class="button button-primary">
          {t('wizard.start')}
        </button>
        {chosen.length > 0 && (
          <span class="muted"> {t('wizard.chosenCount', { n: chosen.length })}</span>
        )}
      </div>
    </form>
  );
}

function AccountInputs(props: {
  platform: string;
  values: readonly string[];
  onChange: (i: number, value: string) => void;
  onAdd: () => void;
  onRemove: (i: number) => void;
}) {
  return (
    <div class="accounts">
      {props.values.map((value, i) => {
        const id = `account-${props.platform}-${i}`;
        return (
          <div key={i} class="account-row">
            <label class="field" for={id}>
              {t('wizard.accountLabel', { n: i + 1, platform: props.platform })}
            </label>
            <div class="inline">
              <input
                id={id}
                type="text"
                autoComplete="off"
                maxLength={CASE_LIMITS.account}
                placeholder={t('wizard.accountPlaceholder')}
                value={value}
                onInput={(e) => props.onChange(i, e.currentTarget.value)}
              />
              {props.values.length > 1 && (
                <button type="button" class="button button-small" onClick={() => props.onRemove(i)}>
                  {t('wizard.removeAccount', { n: i + 1 })}
                </button>
              )}
            </div>
          </div>
        );
      })}
      <button type="button" class="button button-small button-quiet" onClick={props.onAdd}>
        + {t('wizard.addAccount', { platform: props.platform })}
      </button>
      {props.values.length > 1 && <p class="hint">{t('wizard.accountHint')}</p>}
    </div>
  );
}
