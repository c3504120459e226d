import { type Catalog, findPlatform } from '@widerspruch/catalog';
import {
  type ContentItem,
  type ExportInventory,
  type ItemKind,
  type ScanReport,
  scanProblemText,
} from '@widerspruch/export-reader';
import { useState } from 'preact/hooks';
import { FactList } from '../components/fact-view.js';
import {
  formatCount,
  formatDate,
  formatMb,
  locale,
  type MessageKey,
  t,
  tPlural,
} from '../i18n/i18n.js';
import { txString, txWorded } from '../i18n/local-text.js';
import { copyText as copyToClipboard } from '../lib-clipboard.js';
import { hrefOf } from '../router.js';
import { useCatalog, useServices } from '../state/catalog.js';
import { resolveFacts } from '../view/facts.js';

/** How many items per kind the scan keeps for the list (the counts cover every item). */
export const ITEMS_KEPT = 200;

/** The results of a scan: refusals first, then one inventory per export. */
export function Results({ report }: { report: ScanReport }) {
  useCatalog({ platforms: HOW_TO_EXPORT });
  return (
    <>
      {report.refused.map((r) => (
        <div key={r.inputs.join()} class="error" role="alert">
          <p>{r.inputs.join(', ')}:</p>
          <ul>
            {r.problems.map((p) => (
              <li key={p.code}>{txWorded(scanProblemText(p, locale.value))}</li>
            ))}
          </ul>
        </div>
      ))}
      {report.exports.map((inventory) => (
        <InventoryView key={inventory.inputs.join()} inventory={inventory} />
      ))}
    </>
  );
}

const AUDIENCE_KEYS: Record<string, MessageKey> = {
  public: 'scan.audiencePublic',
  followers: 'scan.audienceFollowers',
  connections: 'scan.audienceConnections',
  'only-me': 'scan.audienceOnlyMe',
};

/** A file size for people: kB below 1 MB, else MB. */
const size = (bytes: number) =>
  bytes < 1e6
    ? `${formatCount(Math.max(1, Math.round(bytes / 1000)))} kB`
    : `${formatMb(bytes)} MB`;

const total = (inventory: ExportInventory) =>
  Object.values(inventory.counts).reduce((sum, n) => sum + n, 0);

function InventoryView({ inventory }: { inventory: ExportInventory }) {
  const [kind, setKind] = useState<ItemKind | ''>('');
  const [query, setQuery] = useState('');
  const kinds = (Object.keys(inventory.counts) as ItemKind[]).filter(
    (k) => inventory.counts[k] > 0,
  );
  const items = inventory.items.filter(
    (i) =>
      (kind === '' || i.kind === kind) &&
      (query === '' || (i.text ?? '').toLowerCase().includes(query.toLowerCase())),
  );
  const all = total(inventory);
  const { name } = useNames(inventory.platform);
  const knowsAudience = Object.keys(inventory.audiences).length > 0;
  const cut = inventory.items.length < all;
  return (
    <article class="inventory">
      <h2 tabIndex={-1}>
        {tPlural('scan.found', all, { platform: name, count: formatCount(all) })}
      </h2>
      {!inventory.complete && (
        <div class="error" role="alert">
          <p>
            <strong>
              {tPlural('scan.incomplete', inventory.unread.filter((f) => f.records !== 0).length)}
            </strong>
          </p>
          <p>{t('scan.incompleteText')}</p>
        </div>
      )}
      <table class="counts">
        <caption>{t('scan.byKind')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scan.kind')}</th>
            <th scope="col">{t('scan.count')}</th>
          </tr>
        </thead>
        <tbody>
          {kinds.map((k) => (
            <tr key={k}>
              <th scope="row">{t(`kind.${k}`)}</th>
              <td>{formatCount(inventory.counts[k])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <TrainingSplit inventory={inventory} />
      <YearChart inventory={inventory} />
      <CleanUpPlan
        platform={inventory.platform}
        byOthers={inventory.counts['by-others']}
        publicCount={knowsAudience ? (inventory.audiences.public ?? 0) : undefined}
        total={all}
      />
      <h3>{t('scan.list')}</h3>
      {cut && <p class="muted">{t('scan.kept', { count: formatCount(ITEMS_KEPT) })}</p>}
      <div class="inline">
        <label class="field" for={`kind-${inventory.layout}`}>
          {t('scan.kind')}
        </label>
        <select
          id={`kind-${inventory.layout}`}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as ItemKind | '')}
        >
          <option value="">{t('scan.all')}</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
        <label class="field" for={`q-${inventory.layout}`}>
          {t('scan.search')}
        </label>
        <input
          id={`q-${inventory.layout}`}
          type="text"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      <p class="muted">
        {t('scan.shown', {
          count: formatCount(Math.min(items.length, 200)),
          total: formatCount(items.length),
        })}
      </p>
      <ul class="items">
        {items.slice(0, 200).map((item) => (
          <ItemView key={item.path} item={item} start={inventory.training?.start} />
        ))}
      </ul>
      <details class="technical">
        <summary>{t('scan.technical')}</summary>
        <p>{t('scan.layout', { layout: inventory.layout })}</p>
        <p>{t('scan.inputs', { inputs: inventory.inputs.join(', ') })}</p>
        {inventory.unread.length > 0 && (
          <>
            <p>{t('scan.unreadList')}</p>
            <ul class="url">
              {inventory.unread.slice(0, 100).map((f) => (
                <li key={f.path}>
                  {f.path} ({size(f.bytes)}
                  {f.records === undefined
                    ? ''
                    : `, ${t('scan.unreadRecords', { count: formatCount(f.records) })}`}
                  )
                </li>
              ))}
            </ul>
          </>
        )}
      </details>
    </article>
  );
}

function ItemView({ item, start }: { item: ContentItem; start: string | undefined }) {
  const audience = item.audience === undefined ? undefined : AUDIENCE_KEYS[item.audience];
  const when =
    start === undefined || item.date === undefined || item.kind === 'by-others'
      ? undefined
      : item.date < start
        ? t('scan.beforeStart')
        : t('scan.afterStart');
  return (
    <li>
      <strong>{t(`kind.${item.kind}`)}</strong>
      {item.date && <span class="muted"> · {formatDate(item.date)}</span>}
      {when && <span class="muted"> · {when}</span>}
      <span class="tag"> · {audience ? t(audience) : t('scan.audienceUnknown')}</span>
      {item.media > 0 && <span class="muted"> · {tPlural('scan.media', item.media)}</span>}
      {item.text && <p class="note-text">{item.text}</p>}
      <details class="technical">
        <summary>{t('scan.technical')}</summary>
        <p class="url">{item.path}</p>
      </details>
    </li>
  );
}

/** Own items before and after the platform's training start (from the catalog's date). */
function TrainingSplit({ inventory }: { inventory: ExportInventory }) {
  const split = inventory.training;
  if (split === undefined || split.before + split.after === 0) return null;
  return (
    <section class="training-split">
      <h3>{t('scan.trainingTitle')}</h3>
      <ul>
        <li>
          {t('scan.trainingBefore', {
            date: formatDate(split.start),
            count: formatCount(split.before),
          })}
        </li>
        <li>{t('scan.trainingAfter', { count: formatCount(split.after) })}</li>
      </ul>
    </section>
  );
}

function YearChart({ inventory }: { inventory: ExportInventory }) {
  const rows: [string, number][] = Object.entries(inventory.years);
  if (rows.length === 0) return null;
  // Items without a date get a row of their own, so that the rows add up to the total.
  if (inventory.undated > 0) rows.push([t('scan.undated'), inventory.undated]);
  const max = Math.max(1, ...rows.map(([, n]) => n));
  return (
    <table class="year-chart">
      <caption>{t('scan.byYear')}</caption>
      <tbody>
        {rows.map(([year, n]) => (
          <tr key={year}>
            <th scope="row">{year}</th>
            <td>
              <meter min={0} max={max} value={n} aria-label={`${year}: ${formatCount(n)}`} />{' '}
              {formatCount(n)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// Who trains on the content, for the message to people who tagged the user.
/**
 * A platform's name and its company's short name, from the catalog's list of services (the
 * platform's id while that list loads or for a platform the catalog does not know).
 */
function useNames(platform: string): { name: string; company: string } {
  const entry = useServices()?.find((s) => s.id === platform);
  return { name: entry?.name ?? platform, company: entry?.company.shortName ?? platform };
}

/** Settings the catalog lists for a platform (its `setting-toggle` channels), by name. */
function settingsOf(c: Catalog | undefined, platform: string): string[] {
  const p = c === undefined ? undefined : findPlatform(c, platform);
  return (p?.channels ?? []).flatMap((ch) =>
    ch.kind === 'setting-toggle' ? [txString(ch.setting)] : [],
  );
}

function CleanUpPlan({
  platform,
  byOthers,
  publicCount,
  total,
}: {
  platform: string;
  byOthers: number;
  /** Items the export marks as public; undefined when the export says nothing about audiences. */
  publicCount: number | undefined;
  total: number;
}) {
  const { name, company } = useNames(platform);
  const settings = settingsOf(useCatalog({ platforms: [platform] }), platform);
  const message = t('scan.message', { company });
  return (
    <section class="cleanup">
      <h3>{t('scan.planTitle')}</h3>
      <ol>
        <li>
          {publicCount === undefined
            ? t('scan.planNoAudience')
            : t('scan.planPublic', { count: formatCount(publicCount), total: formatCount(total) })}
        </li>
        <li>
          {t('scan.planObject', { platform: name })}{' '}
          {settings.map((s) => t('scan.planSetting', { setting: s })).join(' ')}{' '}
          <a href={hrefOf('wizard')}>{t('scan.planObjectLink')}</a>
        </li>
        <li>{t('scan.planDelete')}</li>
        {byOthers > 0 && <li>{t('scan.planOthers', { count: formatCount(byOthers) })}</li>}
      </ol>
      {byOthers > 0 && <CopyMessage text={message} />}
      <PlatformFacts platform={platform} name={name} />
    </section>
  );
}

function CopyMessage({ text }: { text: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => setState(await copyToClipboard(text));
  return (
    <>
      <label class="field" for="ask-others">
        {t('scan.messageLabel')}
      </label>
      <textarea id="ask-others" class="output" rows={5} readOnly value={text} />
      <p>
        <button type="button" class="button" onClick={() => void copy()}>
          {t('scan.copy')}
        </button>{' '}
        <span role="status">
          {state === 'copied' ? t('scan.copied') : state === 'failed' ? t('scan.copyFailed') : ''}
        </span>
      </p>
    </>
  );
}

/** What the platform uses for training and what not, from the catalog with sources. */
function PlatformFacts({ platform, name }: { platform: string; name: string }) {
  const c = useCatalog({ platforms: [platform] });
  const p = c === undefined ? undefined : findPlatform(c, platform);
  if (p === undefined) return null;
  const loc = locale.value;
  const { dataUsed = [], dataExcluded = [] } = p.aiTraining;
  return (
    <>
      {dataUsed.length > 0 && <h4>{t('scan.planUses', { platform: name })}</h4>}
      <FactList facts={resolveFacts(dataUsed, loc, p.sources)} />
      {dataExcluded.length > 0 && <h4>{t('scan.planExcludes', { platform: name })}</h4>}
      <FactList facts={resolveFacts(dataExcluded, loc, p.sources)} />
      <p class="as-of">
        {t('fact.asOf', { date: formatDate(p.verified) })} · {t(`fact.quality.${p.quality}`)}
      </p>
    </>
  );
}

/** The platforms whose exports the scan reads, in the order the page lists them. */
const HOW_TO_EXPORT = ['facebook', 'instagram', 'linkedin', 'x'];

/** How to get an export, per platform, from the catalog (with sources). */
export function HowToExport() {
  const c = useCatalog({ platforms: HOW_TO_EXPORT });
  if (c === undefined) return null;
  const loc = locale.value;
  const platforms = HOW_TO_EXPORT.flatMap((id) => {
    const p = findPlatform(c, id);
    return p?.dataExport ? [{ p, how: p.dataExport }] : [];
  });
  if (platforms.length === 0) return null;
  return (
    <details class="how-to-export">
      <summary>{t('scan.howTitle')}</summary>
      <p>{t('scan.howIntro')}</p>
      {platforms.map(({ p, how }) => (
        <section key={p.id}>
          <h3>{p.name}</h3>
          <FactList
            facts={resolveFacts(
              [how.request, how.format, how.period, how.waiting].flatMap((f) => (f ? [f] : [])),
              loc,
              p.sources,
            )}
          />
        </section>
      ))}
    </details>
  );
}
