import type { ItemKind } from '../inventory.js';
import { isoFromSeconds } from '../text.js';
import { type ItemDraft, joinTexts } from './draft.js';
import { arr, firstList, num, obj, plainKey, str } from './json-access.js';

// Labels are localized (§3.8 of the format notes); these name the record's own text.
const TEXT_LABELS = new Set([
  'message',
  'nachricht',
  'text',
  'post',
  'beitrag',
  'comment',
  'kommentar',
]);

function isUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

/** The strings of a `label_values` list: the text label's value, else all non-URL values. */
function labelTexts(labels: readonly unknown[]): string | undefined {
  const values: string[] = [];
  for (const entry of labels) {
    const e = obj(entry);
    const value = str(e?.value);
    if (!e || value === undefined || isUrl(value)) continue;
    const raw = str(e.label);
    const label = raw === undefined ? undefined : plainKey(raw);
    if (label !== undefined && TEXT_LABELS.has(label)) return value;
    values.push(value);
  }
  return joinTexts(values);
}

function labelTimestamp(labels: readonly unknown[]): number | undefined {
  for (const entry of labels) {
    const t = num(obj(entry)?.timestamp_value);
    if (t !== undefined) return t;
  }
  return undefined;
}

/**
 * Items from Meta's generic `label_values` records (an array, a single record, or a list
 * under some key). Labels are localized, so no label is required.
 */
export function labelValueItems(kind: ItemKind): (data: unknown) => ItemDraft[] {
  return (data) => {
    const list = obj(data)?.label_values !== undefined ? [data] : firstList(data);
    return list.flatMap((record, index) => {
      const r = obj(record);
      if (!r) return [];
      const labels = arr(r.label_values);
      const seconds = num(r.timestamp) ?? labelTimestamp(labels);
      return [
        {
          kind,
          index,
          date: isoFromSeconds(seconds),
          text: labelTexts(labels),
          media: arr(r.media).length,
        },
      ];
    });
  };
}
