import { type Device, findPlatform, LOCALE_INFO, LOCALES, type Locale } from '@widerspruch/catalog';
import {
  type Case,
  type Guide,
  type GuideStep,
  isStale,
  objectBefore,
  problemText,
  staleNotice,
  submissionVia,
  TASK_TAKES_TEXT,
} from '@widerspruch/core';
import { CertaintyView } from '../components/certainty.js';
import { FactView } from '../components/fact-view.js';
import { PageHeading } from '../components/page-heading.js';
import { StepView } from '../components/step-view.js';
import { TextBuilder } from '../components/text-builder.js';
import { formatDate, formatDateTime, locale, t } from '../i18n/i18n.js';
import { tx, txWorded } from '../i18n/local-text.js';
import { remedyHref } from '../router.js';
import { useCatalog } from '../state/catalog.js';
import {
  addEvent,
  cases,
  recordDraft,
  recordSetting,
  recordSubmission,
  today,
} from '../state/store.js';
import {
  device,
  draftFor,
  isDraft,
  recordedCount,
  wizardPhase,
  wizardProfile,
  wizardTasks,
  wizardText,
} from '../state/wizard.js';
import { guideOf } from '../view/guide.js';

/** When the submission or setting change was recorded (on a continued draft: not its creation). */
function recordedAt(c: Case): string {
  const event = c.events
    .filter((e) => e.kind === 'submitted' || e.kind === 'setting-changed')
    .at(-1);
  return event?.at ?? c.createdAt;
}

/** One platform and account: open the form, copy the text, record the submission. */
export function WizardTask({ index }: { index: number }) {
  const tasks = wizardTasks.value;
  const task = tasks[index];
  const textLocale: Locale = wizardText.value.locale ?? locale.value;
  const setTextLocale = (l: Locale) => {
    wizardText.value = { ...wizardText.value, locale: l };
  };
  const catalog = useCatalog({ platforms: task ? [task.platform] : [] });
  if (task === undefined) return null;
  if (catalog === undefined) return <p role="status">{t('loading')}</p>;
  const built = guideOf(catalog, {
    platform: task.platform,
    locale: locale.value,
    device: device.value,
  });
  if (!built.ok) {
    const problem = built.problems[0];
    return <p class="error">{problem && txWorded(problemText(problem.detail, locale.value))}</p>;
  }
  const guide = built.value;
  const phase = wizardPhase.value;
  const recordedId = phase.phase === 'task' ? phase.recordedCase : undefined;
  const recorded = cases.value.find((c) => c.id === recordedId);
  const takesText = TASK_TAKES_TEXT[guide.task];
  const letterOnly = guide.form === undefined && guide.steps.some((s) => s.id === 'letter');
  const isToggle = guide.task === 'toggle';
  // What is recorded goes on the saved draft for this service and account (the one this task
  // continues, or one kept earlier), else on a new case.
  const record = async (kind: 'submitted' | 'setting-changed') => {
    const profile = wizardProfile.value;
    if (profile === undefined) return;
    // A form that confirms by e-mail is tracked by its confirmation, not by a month's deadline.
    const via = kind === 'submitted' && guide.form ? submissionVia(platform) : undefined;
    const input = { platform: task.platform, account: task.account, profile, via };
    const draft = draftFor(task, profile);
    if (draft && !isDraft(draft)) {
      // Recorded meanwhile (say, from its page): shown as it is, not sent a second time.
      wizardPhase.value = { phase: 'task', index, recordedCase: draft.id };
      return;
    }
    const c = draft
      ? await addEvent(draft.id, { kind, date: today(), ...(via ? { via } : {}) })
      : kind === 'submitted'
        ? await recordSubmission(input)
        : await recordSetting(input);
    recordedCount.value += 1;
    wizardPhase.value = { phase: 'task', index, recordedCase: c.id };
  };
  const recordToggle = () => record('setting-changed');
  const submit = () => record('submitted');
  const next = () => {
    wizardPhase.value =
      index + 1 < tasks.length ? { phase: 'task', index: index + 1 } : { phase: 'done' };
  };
  // Kept for later: a draft in "My objections", unless one is saved already.
  const later = async () => {
    const profile = wizardProfile.value;
    if (profile !== undefined && draftFor(task, profile) === undefined) {
      await recordDraft({ platform: task.platform, account: task.account, profile });
    }
    next();
  };
  // With a form to open, the routes through the app's menus are the fallback and a setting
  // beside the form (often only reported, not an objection) is background: both collapsed, so
  // that the text to paste follows the form button.
  const steps = (filter: (s: GuideStep) => boolean) =>
    guide.steps
      .filter(filter)
      .map((s) => (
        <StepView
          key={s.id}
          step={s}
          collapsed={(s.id === 'in-app' || s.id === 'toggle') && guide.form !== undefined}
        />
      ));
  const hasRoutes = guide.steps.some((s) => s.routes.length > 0);
  const platform = findPlatform(catalog, task.platform);
  const before = platform && objectBefore(platform, today());

  return (
    <article class="task">
      <p class="progress">{t('wizard.progress', { n: index + 1, total: tasks.length })}</p>
      <progress max={tasks.length} value={index + (recorded ? 1 : 0)} aria-hidden="true" />
      <PageHeading focusKey={`task-${index}-${recorded ? 'done' : 'open'}`}>
        {guide.platform.name}
      </PageHeading>
      {task.account && <p class="account">{t('wizard.taskAccount', { account: task.account })}</p>}
      <FactView fact={guide.summary} />
      {before && (
        <p class="warning" role="note">
          <strong>
            {t('watch.objectBefore')}
            {t('punct.colon')}
          </strong>{' '}
          {tx(before.message)}
        </p>
      )}
      {platform && isStale(platform.verified, today()) && (
        <p class="uncertain">
          <strong>
            {t('watch.stale')}
            {t('punct.colon')}
          </strong>{' '}
          {staleNotice(platform.verified, locale.value)}
        </p>
      )}
      {recorded === undefined ? (
        <>
          {/* With a form, the device only matters for the menu routes of the fallback. */}
          {!guide.form && hasRoutes && <DeviceSwitch />}
          {guide.form && <FormButton guide={guide} />}
          {steps((s) => s.part === 'before-text' && s.id !== 'open-form')}
          {guide.form && hasRoutes && <DeviceSwitch />}
          {takesText && (
            <>
              <TextLanguage value={textLocale} onChange={setTextLocale} />
              {letterOnly && steps((s) => s.id === 'letter')}
              <TextBuilder
                catalog={catalog}
                platform={task.platform}
                textLocale={textLocale}
                choices={wizardText.value}
                onChoices={(c) => {
                  const kept = wizardText.value;
                  if (c.note !== kept.note || c.grounds.join() !== kept.grounds.join()) {
                    wizardText.value = { ...kept, grounds: c.grounds, note: c.note };
                  }
                }}
                {...(guide.form === undefined ? { hint: t('wizard.textHintLetter') } : {})}
              />
            </>
          )}
          {steps((s) => s.part === 'with-text')}
          <div class="actions">
            {takesText ? (
              <>
                <button type="button" class="button button-primary" onClick={() => void submit()}>
                  {t('wizard.sent')}
                </button>
                <p class="hint">{t('wizard.sentHint')}</p>
                <button type="button" class="button" onClick={() => void later()}>
                  {t('wizard.later')}
                </button>
                {!task.draft && (
                  <button type="button" class="button button-quiet" onClick={next}>
                    {t('wizard.skip')}
                  </button>
                )}
              </>
            ) : isToggle ? (
              <>
                <button
                  type="button"
                  class="button button-primary"
                  onClick={() => void recordToggle()}
                >
                  {t('wizard.settingDone')}
                </button>
                <button type="button" class="button" onClick={() => void later()}>
                  {t('wizard.later')}
                </button>
                {!task.draft && (
                  <button type="button" class="button button-quiet" onClick={next}>
                    {t('wizard.skip')}
                  </button>
                )}
              </>
            ) : (
              <button type="button" class="button button-primary" onClick={next}>
                {t('wizard.understood')}
              </button>
            )}
          </div>
          {!takesText && steps((s) => s.part === 'after-text')}
        </>
      ) : (
        <>
          <p class="success" role="status">
            {t(isToggle ? 'wizard.settingRecorded' : 'wizard.recorded', {
              date: formatDateTime(recordedAt(recorded)),
            })}
          </p>
          <button type="button" class="button button-primary" onClick={next}>
            {index + 1 < tasks.length ? t('wizard.next') : t('wizard.finish')}
          </button>
          <h2>{t('wizard.nextSteps')}</h2>
          {guide.steps
            .filter((s) => s.part === 'after-text')
            .map((s) => (
              <StepView key={s.id} step={s} headingLevel={3} />
            ))}
        </>
      )}
      {platform?.controller === 'meta-platforms-ireland' && (
        <p>
          <a href={remedyHref(platform.id)}>{t('case.remedy')}</a>
        </p>
      )}
      {platform && (
        <p class="as-of">
          {t('fact.asOf', { date: formatDate(platform.verified) })} ·{' '}
          {t(`fact.quality.${platform.quality}`)}
        </p>
      )}
    </article>
  );
}

function FormButton({ guide }: { guide: Guide }) {
  const form = guide.form;
  const step = guide.steps.find((s) => s.id === 'open-form');
  if (form === undefined || step === undefined) return null;
  return (
    <section class="step step-open-form">
      <h2>{txWorded(step.title)}</h2>
      {step.paragraphs.map((p) => (
        <p key={p}>{txWorded(p)}</p>
      ))}
      <p>
        <a class="button button-primary" href={form.url} target="_blank" rel="noopener noreferrer">
          {t('wizard.openForm', { platform: guide.platform.name })}{' '}
          <span class="visually-hidden">{t('wizard.newTab')}</span>
          <span aria-hidden="true">↗</span>
        </a>
      </p>
      {form.alternates.length > 0 && (
        <details>
          <summary>{t('wizard.otherUrls')}</summary>
          <ul>
            {form.alternates.map((a) => (
              <li key={a.url}>
                <span class="url">{a.url}</span> – {txWorded(a.label)}
              </li>
            ))}
          </ul>
        </details>
      )}
      <CertaintyView
        certainty={{
          doubts: [
            ...(form.uncertain ? [{ why: form.uncertain }] : []),
            ...form.alternates.flatMap((a) =>
              a.uncertain ? [{ about: a.url, why: a.uncertain }] : [],
            ),
          ],
          sources: form.sources,
        }}
      />
    </section>
  );
}

/** The choice of device, for the menu routes shown. */
export function DeviceSwitch() {
  return (
    <fieldset class="device-switch">
      <legend>{t('wizard.device')}</legend>
      {(['mobile', 'desktop'] as Device[]).map((d) => (
        <label key={d} class="check inline-check">
          <input
            type="radio"
            name="device"
            checked={device.value === d}
            onChange={() => (device.value = d)}
          />
          <span>{t(`wizard.device.${d}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

function TextLanguage({ value, onChange }: { value: Locale; onChange: (l: Locale) => void }) {
  return (
    <label class="field text-language">
      <span>{t('wizard.textLanguage')}</span>
      <select
        value={value}
        translate={false}
        onChange={(e) => onChange(e.currentTarget.value as Locale)}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l} translate={false}>
            {LOCALE_INFO[l].name}
          </option>
        ))}
      </select>
    </label>
  );
}
