import { InvalidRecordError, parseExport, serializeExport } from '@widerspruch/core';
import { useState } from 'preact/hooks';
import { PageHeading } from '../components/page-heading.js';
import { locale, t } from '../i18n/i18n.js';
import { downloadFile } from '../lib-download.js';
import { loadCatalog } from '../state/catalog.js';
import { deleteAll, exportData, importAll, now, persisted } from '../state/store.js';

const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** "Your data": backup to a file, read a backup in, delete everything. */
export function DataPage() {
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | undefined>();
  const exportAll = async () => {
    const text = serializeExport(await exportData(), now());
    downloadFile(`widerspruch-${now().slice(0, 10)}.json`, text, 'application/json');
  };
  const readFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({ kind: 'error', text: t('data.tooLarge') });
      return;
    }
    const catalog = await loadCatalog();
    const result = await parseExport(
      await file.text(),
      catalog.platforms.map((p) => p.id),
    );
    if (!result.ok) {
      setMessage({
        kind: 'error',
        text: result.problems.map((p) => p.message[locale.value]).join(' '),
      });
      return;
    }
    try {
      await importAll(result.value);
    } catch (error) {
      // The import is all or nothing: a record that could not be stored undoes it.
      const invalid = error instanceof InvalidRecordError;
      setMessage({ kind: 'error', text: t(invalid ? 'data.importInvalid' : 'data.importFailed') });
      return;
    }
    setMessage({
      kind: 'ok',
      text: t('data.imported', {
        cases: result.value.cases.length,
        profiles: result.value.profiles.length,
      }),
    });
  };
  return (
    <section>
      <PageHeading>{t('data.title')}</PageHeading>
      <p>{t('data.lead')}</p>
      {persisted.value !== undefined && (
        <p class="hint">{persisted.value ? t('data.persisted') : t('data.notPersisted')}</p>
      )}
      <p>
        <button type="button" class="button button-primary" onClick={() => void exportAll()}>
          {t('data.export')}
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
              void deleteAll().then(() => setMessage({ kind: 'ok', text: t('data.deleted') }));
            }
          }}
        >
          {t('data.deleteAll')}
        </button>
      </p>
    </section>
  );
}
