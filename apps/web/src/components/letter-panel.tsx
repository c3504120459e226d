import {
  authoredFallback,
  type Catalog,
  findController,
  findPlatform,
  GERMAN_LAENDER,
  LOCALE_INFO,
} from '@widerspruch/catalog';
import {
  type Case,
  identityRequestedOn,
  isEmailAddress,
  type LetterKind,
  summarizeCase,
} from '@widerspruch/core';
import {
  complaintRoute,
  composeLetter,
  findAuthorities,
  LAND_NAMES,
  type Letter,
  recordedEvent,
  renderLetterMailto,
  renderLetterText,
  type Sender,
} from '@widerspruch/core/letters';
import { useEffect, useRef, useState } from 'preact/hooks';
import { countryName, formatDate, languageName, locale, switchLocale, t } from '../i18n/i18n.js';
import { txCore } from '../i18n/local-text.js';
import { copyText as copyToClipboard } from '../lib-clipboard.js';
import { downloadFile } from '../lib-download.js';
import { addEvent, getSetting, putSetting, today } from '../state/store.js';

interface Residence {
  country: string;
  region: string;
}

/** Writes one document for a case and offers copy, mailto, .eml and text downloads. */
export function LetterPanel(props: {
  c: Case;
  kind: LetterKind;
  catalog: Catalog;
  onClose: () => void;
}) {
  const { c, kind, catalog } = props;
  const [sender, setSender] = useState<Sender>({ name: '', address: [] });
  const [residence, setResidence] = useState<Residence>({ country: 'DE', region: '' });
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    void getSetting<Sender>('sender').then((s) => s && setSender(s));
    void getSetting<Residence>('residence').then((r) => r && setResidence(r));
  }, []);
  const platform = findPlatform(catalog, c.platform);
  const controller = platform && findController(catalog, platform.controller);
  if (!platform || !controller) return null;
  const finding = findAuthorities(
    catalog,
    controller,
    {
      ...(residence.country ? { country: residence.country } : {}),
      ...(residence.region ? { region: residence.region } : {}),
    },
    { today: today() },
  );
  const choice = finding.recommended;
  const lead = finding.choices.find((x) => x.role === 'lead')?.authority;
  const summary = summarizeCase(c, today());
  const { email: typed, ...senderWithoutEmail } = sender;
  const email = typed?.trim() ?? '';
  const emailOk = email !== '' && isEmailAddress(email);
  const letter: Letter = composeLetter(kind, {
    locale: authoredFallback(locale.value),
    today: today(),
    // An address that is not one plain address never becomes the .eml's From header.
    sender: { ...senderWithoutEmail, name: sender.name || '…', ...(emailOk ? { email } : {}) },
    case: c,
    summary,
    platform,
    controller,
    ...(choice
      ? {
          authority: {
            record: choice.authority,
            reason: choice.reason[authoredFallback(locale.value)],
          },
        }
      : {}),
    ...(lead ? { leadAuthority: lead } : {}),
  });
  const route =
    kind === 'complaint' && choice
      ? complaintRoute(choice.authority, authoredFallback(locale.value), { today: today() })
      : undefined;
  const text = renderLetterText(letter);
  // The objection then answers a request for proof of identity (a paragraph below the fold).
  const idRequest = kind === 'objection' ? identityRequestedOn(c, summary) : undefined;
  const mailto = renderLetterMailto(letter);
  const saveSender = (next: Sender) => {
    setSender(next);
    void putSetting('sender', next);
  };
  const saveResidence = (next: Residence) => {
    setResidence(next);
    void putSetting('residence', next);
  };
  const downloadEml = async () => {
    const { renderLetterEml } = await import('@widerspruch/core/eml');
    downloadFile(`widerspruch-${kind}.eml`, renderLetterEml(letter, new Date()), 'message/rfc822');
  };
  const downloadPdf = async () => {
    setStatus(t('loading'));
    try {
      const { letterPdf } = await import('../lib-pdf.js');
      const { bytes, missing } = await letterPdf(letter);
      downloadFile(`widerspruch-${kind}.pdf`, bytes as Uint8Array<ArrayBuffer>, 'application/pdf');
      setStatus(missing.length > 0 ? t('letter.pdfMissing', { chars: missing.join(' ') }) : '');
    } catch {
      setStatus(t('letter.pdfFailed'));
    }
  };
  // An objection for a case already sent records nothing: its date and deadline stay.
  const eventToRecord = recordedEvent(kind, c, today());
  const record = async () => {
    const eventKind = eventToRecord;
    if (eventKind) {
      const via = eventKind === 'submitted' ? ({ via: 'letter' } as const) : {};
      await addEvent(c.id, { kind: eventKind, date: today(), ...via });
    }
    setStatus(t('letter.recorded'));
  };
  const id = (x: string) => `letter-${c.id}-${x}`;
  const countries = [...new Set(catalog.authorities.map((a) => a.country))].sort((a, b) =>
    countryName(a).localeCompare(countryName(b), LOCALE_INFO[locale.value].intl),
  );
  return (
    <section class="letter-panel" aria-labelledby={id('title')}>
      <h3 id={id('title')} ref={heading} tabIndex={-1}>
        {t(`letter.title.${kind}`)}
      </h3>
      <fieldset>
        <legend>{t('letter.sender')}</legend>
        <p class="hint">{t('letter.senderHint')}</p>
        <label class="field" for={id('name')}>
          {t('letter.name')}
        </label>
        <input
          id={id('name')}
          type="text"
          autoComplete="name"
          value={sender.name}
          onInput={(e) => saveSender({ ...sender, name: e.currentTarget.value })}
        />
        <label class="field" for={id('address')}>
          {t('letter.address')}
        </label>
        <textarea
          id={id('address')}
          rows={3}
          autoComplete="street-address"
          value={sender.address.join('\n')}
          onInput={(e) => saveSender({ ...sender, address: e.currentTarget.value.split('\n') })}
        />
        <label class="field" for={id('email')}>
          {t('letter.email')}
        </label>
        <input
          id={id('email')}
          type="email"
          autoComplete="email"
          value={sender.email ?? ''}
          aria-invalid={email !== '' && !emailOk}
          aria-describedby={email !== '' && !emailOk ? id('email-error') : undefined}
          onInput={(e) => saveSender({ ...sender, email: e.currentTarget.value })}
        />
        {email !== '' && !emailOk && (
          <p class="error" id={id('email-error')}>
            {t('letter.emailInvalid')}
          </p>
        )}
      </fieldset>
      {kind === 'complaint' && (
        <fieldset>
          <legend>{t('letter.residence')}</legend>
          <label class="field" for={id('country')}>
            {t('letter.country')}
          </label>
          <select
            id={id('country')}
            value={residence.country}
            onChange={(e) => saveResidence({ country: e.currentTarget.value, region: '' })}
          >
            {countries.map((code) => (
              <option key={code} value={code}>
                {countryName(code)}
              </option>
            ))}
            <option value="">{t('letter.otherCountry')}</option>
          </select>
          {residence.country === 'DE' && (
            <>
              <label class="field" for={id('region')}>
                {t('letter.region')}
              </label>
              <select
                id={id('region')}
                value={residence.region}
                onChange={(e) => saveResidence({ ...residence, region: e.currentTarget.value })}
              >
                <option value="">{t('letter.chooseRegion')}</option>
                {GERMAN_LAENDER.map((land) => (
                  <option key={land} value={land}>
                    {LAND_NAMES[land]}
                  </option>
                ))}
              </select>
            </>
          )}
          {finding.notice && <p class="hint">{txCore(finding.notice)}</p>}
          {choice && (
            <p>
              <strong>{t('letter.authority')}:</strong> {txCore(choice.authority.title)}.{' '}
              {txCore(choice.reason)}
            </p>
          )}
          {route?.priorRequest && <p class="hint">{txCore(route.priorRequest)}</p>}
          {route?.language && (
            <p class="warning" role="note">
              <strong>{t('letter.languageNote')}</strong> {txCore(route.language)}
              {route.rewriteIn && (
                <>
                  {' '}
                  <button
                    type="button"
                    class="button button-small"
                    onClick={() => {
                      const to = route.rewriteIn;
                      if (to) {
                        // The panel stays; the focus goes back to its heading.
                        void switchLocale(to).then(() => heading.current?.focus());
                        void putSetting('locale', to);
                      }
                    }}
                  >
                    {t('letter.switchLanguage', { language: languageName(route.rewriteIn) })}
                  </button>
                </>
              )}
            </p>
          )}
          {route?.form && (
            <p>
              {t('letter.complaintForm')}{' '}
              <a href={route.form} target="_blank" rel="noopener noreferrer">
                {t('letter.complaintFormLink', { authority: choice?.authority.shortName ?? '' })}
              </a>
            </p>
          )}
          {route && !route.email && <p class="hint">{t('letter.noAuthorityEmail')}</p>}
        </fieldset>
      )}
      {!sender.name.trim() && <p class="hint">{t('letter.needName')}</p>}
      {idRequest && (
        <p class="hint">{t('letter.answersIdRequest', { date: formatDate(idRequest) })}</p>
      )}
      <label class="field" for={id('preview')}>
        {t('letter.preview')}
      </label>
      <textarea
        id={id('preview')}
        class="output letter-preview"
        rows={14}
        readOnly
        lang={locale.value}
        value={text}
      />
      <div class="actions">
        <button
          type="button"
          class="button"
          onClick={() =>
            void copyToClipboard(text).then((r) =>
              setStatus(t(r === 'copied' ? 'wizard.copied' : 'wizard.copyFailed')),
            )
          }
        >
          {t('letter.copy')}
        </button>
        {mailto && (
          <a class="button" href={mailto}>
            {t('letter.mailto')}
          </a>
        )}
        <button type="button" class="button" onClick={() => void downloadPdf()}>
          {t('letter.pdf')}
        </button>
        {!(route && !route.email) && (
          <button type="button" class="button" onClick={() => void downloadEml()}>
            {t('letter.eml')}
          </button>
        )}
        <button
          type="button"
          class="button"
          onClick={() => downloadFile(`widerspruch-${kind}.txt`, text, 'text/plain;charset=utf-8')}
        >
          {t('letter.txt')}
        </button>
        {eventToRecord && (
          <button type="button" class="button button-primary" onClick={() => void record()}>
            {t('letter.record')}
          </button>
        )}
        <button type="button" class="button button-quiet" onClick={props.onClose}>
          {t('letter.close')}
        </button>
      </div>
      <p role="status" class="success">
        {status}
      </p>
    </section>
  );
}
