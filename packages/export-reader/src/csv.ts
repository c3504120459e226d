/**
 * Parses CSV text (RFC 4180: quoted fields may hold commas, line breaks and quotes doubled
 * as `""`; LinkedIn also writes `\"`) into rows of fields. A byte-order mark is dropped;
 * CRLF and LF both end a row.
 */
export function parseCsv(text: string): string[][] {
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
    else if (c === ',') {
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

/**
 * Rows as records keyed by the header row, found as the first row that contains `required`
 * (LinkedIn puts a few lines of notes before the header of some files).
 */
export function csvRecords(text: string, required: string): Record<string, string>[] {
  const rows = parseCsv(text);
  const headerAt = rows.findIndex((r) => r.some((f) => f.trim() === required));
  if (headerAt < 0) return [];
  const header = (rows[headerAt] ?? []).map((h) => h.trim());
  return rows.slice(headerAt + 1).flatMap((fields) => {
    if (fields.length === 1 && fields[0] === '') return [];
    const record: Record<string, string> = {};
    header.forEach((name, i) => {
      record[name] = fields[i] ?? '';
    });
    return [record];
  });
}
