import {
  type Catalog,
  GERMAN_LAENDER,
  isLocale,
  LOCALE_INFO,
  type Locale,
} from '@widerspruch/catalog';
import {
  type Case,
  GROUND_IDS,
  type GroundId,
  identityRequestedOn,
  isCoreTextLoaded,
  isEmailAddress,
  type LetterKind,
  loadCoreText,
  objectionTemplate,
  sha256Hex,
  summarizeCase,
} from '@widerspruch/core';
import {
  type CaseLetterRequest,
  caseLetterLocales,
  composeCaseLetter,
  LAND_NAMES,
  type LetterChannel,
  languageName,
  letterNoteText,
  letterRecord,
  renderLetterMailto,
  renderLetterText,
  type Sender,
} from '@widerspruch/core/letters';
import { useEffect, useRef, useState } from 'preact/hooks';
import { countryName, formatDate, locale, t } from '../i18n/i18n.js';
import { tx, txWorded } from '../i18n/local-text.js';
import { copyText as copyToClipboard } from '../lib-clipboard.js';
import { downloadFile } from '../lib-download.js';
import { addEvents, getSetting, putSetting, today } from '../state/store.js';

interface Residence {
  country: string;
  region: string;
}

/** What decides the languages of a letter: where the person lives, and a language chosen. */
interface LanguageChoice {
  readonly residence: Residence;
  readonly letterLocale: Locale | undefined;
}

/** The last copy of the letter that left the panel: what recording keeps as evidence. */
interface Output {
  readonly channel: LetterChannel;
  readonly bytes: Uint8Array;
}

/**
 * Writes one document for a case (through core's `composeCaseLetter`, as the CLI does) and
 * offers copy, mailto, PDF, .eml and text downloads; recording keeps the copy that left.
 */
export function LetterPanel(props: {
  c: Case;
  kind: LetterKind;
  catalog: Catalog;
  onClose: () => void;
}) {
  const { c, kind, catalog } = props;
  const ui: Locale = locale.value;
  const [sender, setSender] = useState<Sender>({ name: '', address: [] });
  const [residence, setResidence] = useState<Residence>({ country: 'DE', region: '' });
  const [letterLocale, setLetterLocale] = useState<Locale | undefined>(undefined);
  const [grounds, setGrounds] = useState<GroundId[]>([]);
  const [note, setNote] = useState('');
  const [status, setStatus] = useState('');
  const output = useRef<Output | undefined>(undefined);
  const { email: typed, ...senderWithoutEmail } = sender;
  const email = typed?.trim() ?? '';
  const emailOk = email !== '' && isEmailAddress(email);
  const requestFor = (choice: LanguageChoice): CaseLetterRequest => ({
    kind,
    catalog,
    case: c,
    today: today(),
    // An address that is not one plain address never becomes the .eml's From header.
    sender: { ...senderWithoutEmail, name: sender.name || '…', ...(emailOk ? { email } : {}) },
    locale: ui,
    residence: {
      ...(choice.residence.country ? { country: choice.residence.country } : {}),
      ...(choice.residence.region ? { region: choice.residence.region } : {}),
    },
    ...(choice.letterLocale ? { letterLocale: choice.letterLocale } : {}),
    grounds,
    note,
  });
  // A letter may be written in another language than the interface (a complaint in the
  // authority's language, with a reading copy in the interface's): core's wording in the
  // languages this letter needs loads when they are chosen. Until it has arrived, the panel
  // keeps showing the letter of the last choice whose languages were there.
  const chosen: LanguageChoice = { residence, letterLocale };
  const missing = caseLetterLocales(requestFor(chosen)).filter((l) => !isCoreTextLoaded(l));
  const [, setLoads] = useState(0);
  const missingKey = missing.join(' ');
  useEffect(() => {
    if (missingKey === '') return;
    const languages = missingKey.split(' ') as Locale[];
    void Promise.all(languages.map((l) => loadCoreText(l))).then(() => setLoads((n) => n + 1));
  }, [missingKey]);
  const settled = useRef<LanguageChoice | undefined>(undefined);
  if (missing.length === 0) settled.current = chosen;
  const shown = settled.current !== undefined;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    void getSetting<Sender>('sender').then((s) => s && setSender(s));
    void getSetting<Residence>('residence').then((r) => r && setResidence(r));
    // Again once the wording has arrived: the heading exists only from then.
  }, [shown]);
  if (settled.current === undefined) return null;
  const result = composeCaseLetter(requestFor(settled.current));
  if (!result.ok) {
    if (result.failure.code !== 'refused') return null;
    return (
      <section class="letter-panel" aria-labelledby={`letter-${c.id}-title`}>
        <h3 id={`letter-${c.id}-title`} ref={heading} tabIndex={-1}>
          {t(`letter.title.${kind}`)}
        </h3>
        <p class="hint">{txWorded(letterNoteText(result.failure.refusal, ui))}</p>
        <button type="button" class="button button-quiet" onClick={props.onClose}>
          {t('letter.close')}
        </button>
      </section>
    );
  }
  const written = result.value;
  const { letter, translation, complaint } = written;
  const finding = complaint?.finding;
  const choice = complaint?.choice;
  const route = complaint?.route;
  const summary = summarizeCase(c, today());
  const text = renderLetterText(letter);
  // The objection then answers a request for proof of identity (a paragraph below the fold).
  const idRequest = kind === 'objection' ? identityRequestedOn(c, summary) : undefined;
  const mailto = renderLetterMailto(letter);
  const left = (channel: LetterChannel, bytes: Uint8Array | string) => {
    output.current = {
      channel,
      bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes,
    };
  };
  const letterLanguages =
    choice?.authority.languages.filter((code): code is Locale => isLocale(code)) ?? [];
  const saveSender = (next: Sender) => {
    setSender(next);
    void putSetting('sender', next);
  };
  const saveResidence = (next: Residence) => {
    setResidence(next);
    // Another authority may not take the language chosen for the last one.
    setLetterLocale(undefined);
    void putSetting('residence', next);
  };
  const downloadEml = async () => {
    const { renderLetterEml } = await import('@widerspruch/core/eml');
    const eml = renderLetterEml(letter, new Date());
    left('eml', eml);
    downloadFile(`widerspruch-${kind}.eml`, eml, 'message/rfc822');
  };
  const downloadPdf = async () => {
    setStatus(t('loading'));
    try {
      const { letterPdf } = await import('../lib-pdf.js');
      const { bytes, missing } = await letterPdf(letter);
      left('pdf', bytes);
      downloadFile(`widerspruch-${kind}.pdf`, bytes as Uint8Array<ArrayBuffer>, 'application/pdf');
      setStatus(missing.length > 0 ? t('letter.pdfMissing', { chars: missing.join(' ') }) : '');
    } catch {
      setStatus(t('letter.pdfFailed'));
    }
  };
  // Recording keeps the copy that left (the text when none did yet) as evidence, then adds
  // the letter's event; an objection for a case already sent adds none: its date stays.
  const record = async () => {
    const { channel, bytes } = output.current ?? {
      channel: 'text' as const,
      bytes: new TextEncoder().encode(text),
    };
    const sha256 = await sha256Hex(bytes);
    const kept = letterRecord(written, { channel, today: today(), sha256, size: bytes.length });
    // The copy is kept with its events, in one transaction.
    await addEvents(c.id, kept.events, [
      { sha256, name: kept.name, mediaType: kept.mediaType, bytes },
    ]);
    setStatus(t('letter.recorded'));
  };
  const toggleGround = (ground: GroundId, on: boolean) =>
    setGrounds((current) =>
      on
        ? GROUND_IDS.filter((g) => g === ground || current.includes(g))
        : current.filter((g) => g !== ground),
    );
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
          {finding?.notice && <p class="hint">{txWorded(finding.notice[ui])}</p>}
          {choice && (
            <p>
              <strong>
                {t('letter.authority')}
                {t('punct.colon')}
              </strong>{' '}
              {tx(choice.authority.title)}. {txWorded(choice.reason[ui])}
            </p>
          )}
          {route?.priorRequest && (
            <p class="hint">{txWorded(letterNoteText(route.priorRequest, ui))}</p>
          )}
          {complaint && letterLanguages.length > 1 && (
            <>
              <label class="field" for={id('letter-lang')}>
                {t('letter.languageNote')}
              </label>
              <select
                id={id('letter-lang')}
                value={letter.locale}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setLetterLocale(isLocale(value) ? value : undefined);
                }}
              >
                {letterLanguages.map((code) => (
                  <option key={code} value={code}>
                    {languageName(code, ui)}
                  </option>
                ))}
              </select>
            </>
          )}
          {complaint && (
            <p class={complaint.language.note.code === 'language-fallback' ? 'warning' : 'hint'}>
              {letterLanguages.length > 1 ? null : <strong>{t('letter.languageNote')} </strong>}
              {txWorded(letterNoteText(complaint.language.note, ui))}
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
      {kind === 'objection' && (
        <fieldset>
          <legend>{t('wizard.grounds')}</legend>
          {GROUND_IDS.map((ground) => (
            <label key={ground} class="check">
              <input
                type="checkbox"
                checked={grounds.includes(ground)}
                onChange={(e) => toggleGround(ground, e.currentTarget.checked)}
              />
              <span>{txWorded(objectionTemplate(ui).groundLabels[ground])}</span>
            </label>
          ))}
          <label class="field" for={id('note')}>
            {t('wizard.note')}
          </label>
          <textarea
            id={id('note')}
            rows={3}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
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
        lang={letter.locale}
        value={text}
      />
      {translation && (
        <>
          <label class="field" for={id('translation')}>
            {txWorded(letterNoteText({ code: 'translation', language: letter.locale }, ui))}
          </label>
          <textarea
            id={id('translation')}
            class="output letter-preview"
            rows={8}
            readOnly
            lang={ui}
            value={renderLetterText(translation)}
          />
        </>
      )}
      <div class="actions">
        <button
          type="button"
          class="button"
          onClick={() =>
            void copyToClipboard(text).then((r) => {
              if (r === 'copied') left('text', text);
              setStatus(t(r === 'copied' ? 'wizard.copied' : 'wizard.copyFailed'));
            })
          }
        >
          {t('letter.copy')}
        </button>
        {mailto && (
          <a class="button" href={mailto} onClick={() => left('mailto', text)}>
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
          onClick={() => {
            left('text', text);
            downloadFile(`widerspruch-${kind}.txt`, text, 'text/plain;charset=utf-8');
          }}
        >
          {t('letter.txt')}
        </button>
        {(written.event || kind !== 'dossier') && (
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
