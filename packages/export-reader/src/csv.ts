/**
 * Parses CSV text (RFC 4180: quoted fields may hold the delimiter, line breaks and quotes
 * doubled as `""`; LinkedIn also writes `\"`) into rows of fields. A byte-order mark is
 * dropped; CRLF and LF both end a row. `delimiter` is `,` or, in LinkedIn's exports of 2018,
 * a TAB.
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if ((c === '"' || c === '\\') && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** A header name to compare: lower case without spaces or underscores (`Media URL` = `MediaUrl`). */
export function headerKey(name: string): string {
  return name.replace(/[\s_]+/g, '').toLowerCase();
}

/** The delimiter of a CSV text: a TAB when its first line has more TABs than commas. */
function delimiterOf(text: string): string {
  const end = text.indexOf('\n');
  const first = end < 0 ? text : text.slice(0, end);
  const tabs = first.split('\t').length;
  return tabs > 1 && tabs > first.split(',').length ? '\t' : ',';
}

/** Options of {@link csvRecords}. */
export interface CsvRecordOptions {
  /**
   * Whether a row begins a record. A row that does not continues the record before it: its
   * text (fields joined again) is added to that record's last column on a new line. LinkedIn
   * writes line breaks in comments without quotes, so the second line starts no record.
   */
  readonly startsRecord?: (fields: readonly string[]) => boolean;
}

/**
 * Rows as records keyed by the header row (names compared by {@link headerKey}), found as
 * the first row that contains `required` (LinkedIn puts a few lines of notes before the
 * header of some files). Fields past the header's last column belong to that column.
 */
export function csvRecords(
  text: string,
  required: string,
  options: CsvRecordOptions = {},
): Record<string, string>[] {
  const delimiter = delimiterOf(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const rows = parseCsv(text, delimiter);
  const wanted = headerKey(required);
  const headerAt = rows.findIndex((r) => r.some((f) => headerKey(f) === wanted));
  if (headerAt < 0) return [];
  const header = (rows[headerAt] ?? []).map(headerKey);
  const last = header.length - 1;
  const records: Record<string, string>[] = [];
  for (const fields of rows.slice(headerAt + 1)) {
    if (fields.length === 1 && fields[0] === '') continue;
    const previous = records.at(-1);
    const lastKey = header[last] ?? '';
    if (previous && options.startsRecord && !options.startsRecord(fields)) {
      previous[lastKey] = `${previous[lastKey] ?? ''}\n${fields.join(delimiter)}`;
      continue;
    }
    const record: Record<string, string> = {};
    header.forEach((name, i) => {
      record[name] = i === last ? fields.slice(last).join(delimiter) : (fields[i] ?? '');
    });
    records.push(record);
  }
  return records;
}
