import {
  conflictsMessage,
  decryptBackup,
  encryptBackup,
  encryptedBackupProblem,
  ImportConflictError,
  InvalidRecordError,
  isEncryptedBackup,
  MIN_PASSPHRASE_LENGTH,
  parseExport,
  problemText,
  serializeExport,
} from '@widerspruch/core';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { PageHeading } from '../components/page-heading.js';
import { locale, t, tPlural } from '../i18n/i18n.js';
import { tx, txWorded } from '../i18n/local-text.js';
import { downloadFile } from '../lib-download.js';
import { loadServices } from '../state/catalog.js';
import { exportData, importAll, now, persisted, today, unreadable } from '../state/store.js';
import { deleteEverything } from '../state/wizard.js';

const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** An encrypted backup is base64 in JSON: a third larger than the backup inside. */
const MAX_ENCRYPTED_BYTES = Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 64 * 1024;

/** "Your data": backup to a file, read a backup in, delete everything. */
export function DataPage() {
  const [message, setMessage] = useState<
    { kind: 'ok' | 'error'; text: ComponentChildren } | undefined
  >();
  // A backup protected by a passphrase: chosen when saving; asked for when reading one in.
  const [protect, setProtect] = useState(false);
  const [secret, setSecret] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [locked, setLocked] = useState<string | undefined>();
  const [unlock, setUnlock] = useState('');
  const secretProblem = !protect
    ? undefined
    : secret.length < MIN_PASSPHRASE_LENGTH
      ? t('data.secretShort', { n: MIN_PASSPHRASE_LENGTH })
      : secret !== again
        ? t('data.secretMismatch')
        : undefined;
  const exportAll = async () => {
    if (secretProblem) {
      setMessage({ kind: 'error', text: secretProblem });
      return;
    }
    setBusy(true);
    setMessage(undefined);
    try {
      const plain = serializeExport(await exportData(), now());
      const text = protect ? await encryptBackup(plain, secret) : plain;
      // Not kept longer than needed.
      setSecret('');
      setAgain('');
      const suffix = protect ? `-${t('data.encryptedFileSuffix')}` : '';
      const name = `widerspruch-${now().slice(0, 10)}${suffix}.json`;
      downloadFile(name, text, 'application/json');
      // Damaged records cannot go into a backup: said, so that it is not taken for complete.
      if (unreadable.value > 0)
        setMessage({ kind: 'error', text: tPlural('data.exportedIncomplete', unreadable.value) });
      else if (protect) setMessage({ kind: 'ok', text: t('data.exportedProtected') });
    } finally {
      setBusy(false);
    }
  };
  const readFile = async (file: File) => {
    setLocked(undefined);
    setUnlock('');
    if (file.size > MAX_ENCRYPTED_BYTES) {
      setMessage({ kind: 'error', text: t('data.tooLarge') });
      return;
    }
    const text = await file.text();
    if (isEncryptedBackup(text)) {
      const problem = encryptedBackupProblem(text);
      if (problem) {
        setMessage({ kind: 'error', text: txWorded(problemText(problem.detail, locale.value)) });
        return;
      }
      setLocked(text);
      setUnlock('');
      // The request for the passphrase stands above its field (in the form below), not in the
      // status line, which reports what was done.
      setMessage(undefined);
      return;
    }
    await importText(text);
  };
  const openLocked = async () => {
    if (locked === undefined) return;
    setBusy(true);
    try {
      const opened = await decryptBackup(locked, unlock);
      if (!opened.ok) {
        setMessage({
          kind: 'error',
          text: txWorded(opened.problems.map((p) => problemText(p.detail, locale.value)).join(' ')),
        });
        return;
      }
      setLocked(undefined);
      setUnlock('');
      await importText(opened.value);
    } finally {
      setBusy(false);
    }
  };
  // A plain backup, read in directly or from inside an encrypted one: the size limit is its own.
  const importText = async (text: string) => {
    if (text.length > MAX_IMPORT_BYTES) {
      setMessage({ kind: 'error', text: t('data.tooLarge') });
      return;
    }
    const services = await loadServices();
    const result = await parseExport(
      text,
      services.map((p) => p.id),
      today(),
    );
    if (!result.ok) {
      setMessage({
        kind: 'error',
        text: txWorded(result.problems.map((p) => problemText(p.detail, locale.value)).join(' ')),
      });
      return;
    }
    let changed: number;
    try {
      ({ changed } = await importAll(result.value));
    } catch (error) {
      // Stored records are never overwritten: a conflict is listed, and nothing was written.
      if (error instanceof ImportConflictError) {
        setMessage({ kind: 'error', text: tx(conflictsMessage(error.conflicts)) });
        return;
      }
      // The import is all or nothing: a record that could not be stored undoes it.
      const invalid = error instanceof InvalidRecordError;
      setMessage({ kind: 'error', text: t(invalid ? 'data.importInvalid' : 'data.importFailed') });
      return;
    }
    setMessage({
      kind: 'ok',
      text: [
        changed === 0
          ? t('data.importedNothing')
          : t('data.imported', {
              cases: tPlural('data.importedCases', changed),
              profiles: tPlural('data.importedProfiles', result.value.profiles.length),
            }),
        tPlural('data.importedUnused', result.value.unusedEvidence.length),
      ]
        .filter(Boolean)
        .join(' '),
    });
  };
  return (
    <section>
      <PageHeading>{t('data.title')}</PageHeading>
      <p>{t('data.lead')}</p>
      {persisted.value !== undefined && (
        <p class="hint">{persisted.value ? t('data.persisted') : t('data.notPersisted')}</p>
      )}
      <label class="check">
        <input
          type="checkbox"
          checked={protect}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setProtect(on);
            if (!on) {
              setSecret('');
              setAgain('');
            }
          }}
        />
        <span>{t('data.protect')}</span>
      </label>
      {protect && (
        <div class="secret">
          <p class="hint" id="secret-hint">
            {t('data.protectHint', { n: MIN_PASSPHRASE_LENGTH })}
          </p>
          <label class="field" for="secret">
            {t('data.secret')}
          </label>
          <input
            id="secret"
            type="password"
            autoComplete="new-password"
            aria-describedby="secret-hint"
            value={secret}
            onInput={(e) => setSecret(e.currentTarget.value)}
          />
          <label class="field" for="secret-again">
            {t('data.secretAgain')}
          </label>
          <input
            id="secret-again"
            type="password"
            autoComplete="new-password"
            value={again}
            onInput={(e) => setAgain(e.currentTarget.value)}
          />
        </div>
      )}
      <p>
        <button
          type="button"
          class="button button-primary"
          disabled={busy}
          onClick={() => void exportAll()}
        >
          {t(protect ? 'data.exportProtected' : 'data.export')}
        </button>
      </p>
      <label class="field" for="import-file">
        {t('data.import')}
      </label>
      <input
        id="import-file"
        type="file"
        accept="application/json,.json"
        aria-describedby="import-hint"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void readFile(file);
        }}
      />
      <p id="import-hint" class="hint">
        {t('data.importHint')}
      </p>
      {locked !== undefined && (
        <form
          class="secret"
          onSubmit={(e) => {
            e.preventDefault();
            void openLocked();
          }}
        >
          <p id="unlock-hint">{t('data.lockedFile')}</p>
          <label class="field" for="unlock">
            {t('data.unlock')}
          </label>
          <input
            id="unlock"
            type="password"
            aria-describedby="unlock-hint"
            autoComplete="current-password"
            value={unlock}
            onInput={(e) => setUnlock(e.currentTarget.value)}
          />
          <p>
            <button type="submit" class="button button-primary" disabled={busy || unlock === ''}>
              {t('data.unlockImport')}
            </button>
          </p>
        </form>
      )}
      <p role="status" class={message?.kind === 'error' ? 'error' : 'success'}>
        {message?.text ?? ''}
      </p>
      <h2>{t('data.deleteAll')}</h2>
      <p>
        <button
          type="button"
          class="button button-danger"
          onClick={() => {
            if (confirm(t('data.deleteAllConfirm'))) {
              void deleteEverything().then(() =>
                setMessage({ kind: 'ok', text: t('data.deleted') }),
              );
            }
          }}
        >
          {t('data.deleteAll')}
        </button>
      </p>
    </section>
  );
}
