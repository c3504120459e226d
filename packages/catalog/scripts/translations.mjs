// What a language still needs, and a way to add translations without computing hashes by
// hand. Run after `npm run build` (it reads the built package):
//
//   npm run translations -- fr                      list missing and outdated texts for fr
//   npm run translations -- fr platforms/facebook   … only for records whose file starts so
//   npm run translations -- fr --todo todo.json     write them as a to-do file to fill in
//   npm run translations -- fr --import todo.json   write the filled-in texts as translations
//   … --catalog <dir>                               another folder with data/ and translations/
//
// A to-do file maps the hash of each English text (`source`) to the English and German
// text, the places it occurs (`<record file>#<field path>`) and an empty `text`. Each text
// is listed once, however often it occurs. Fill in `text` (leave it empty to skip), then
// import: every place gets a translation entry with that source hash and `reviewed: false`.
// Nothing here ever writes the English text as a translation.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = dirname(dirname(fileURLToPath(import.meta.url)));
let root = packageRoot;
const { textFields, textHash } = await import('../dist/translations.js').catch(() => {
  fail('run `npm run build` first: this script reads packages/catalog/dist/');
});
const { TRANSLATED_LOCALES } = await import('../dist/locales.js');

function fail(message) {
  console.error(`translations: ${message}`);
  process.exit(2);
}

function listJson(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listJson(join(dir, e.name)) : [join(dir, e.name)]))
    .filter((f) => f.endsWith('.json'))
    .sort();
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return fail(`${path} is not valid JSON: ${error.message}`);
  }
}

const writeJson = (path, value) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
};

function parseArgs(argv) {
  const [locale, ...rest] = argv;
  if (!locale || !TRANSLATED_LOCALES.includes(locale)) {
    fail(`name a language to translate into: ${TRANSLATED_LOCALES.join(', ')}`);
  }
  const opts = { locale, prefixes: [], todo: undefined, import: undefined, catalog: undefined };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--todo' || arg === '--import' || arg === '--catalog') {
      const file = rest[++i];
      if (!file) fail(`${arg} needs a file or folder name`);
      opts[arg.slice(2)] = file;
    } else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else opts.prefixes.push(arg);
  }
  return opts;
}

/** Every record text with its translation state in one language. */
function texts(locale, prefixes) {
  const out = [];
  for (const path of listJson(join(root, 'data'))) {
    const record = relative(join(root, 'data'), path).split('\\').join('/');
    if (prefixes.length > 0 && !prefixes.some((p) => record.startsWith(p))) continue;
    const file = join(root, 'translations', locale, record);
    const entries = existsSync(file) ? readJson(file) : {};
    for (const field of textFields(readJson(path))) {
      const source = textHash(field.en);
      const entry = Object.hasOwn(entries, field.path) ? entries[field.path] : undefined;
      const status = !entry ? 'missing' : entry.source === source ? 'current' : 'outdated';
      out.push({ record, ...field, source, status, entry });
    }
  }
  return out;
}

function list(todo) {
  for (const t of todo) console.log(`${t.status}: ${t.record} → ${t.path}\n  en: ${t.en}`);
}

function writeTodo(todo, file) {
  const out = {};
  for (const t of todo) {
    out[t.source] ??= { en: t.en, de: t.de, places: [], text: '' };
    out[t.source].places.push(`${t.record}#${t.path}`);
    if (t.status === 'outdated') out[t.source].outdated = t.entry.text;
  }
  writeJson(file, out);
  console.error(`translations: ${Object.keys(out).length} texts to translate written to ${file}`);
}

function importTodo(locale, file, prefixes) {
  const todo = readJson(file);
  const all = texts(locale, prefixes);
  const updates = new Map();
  let written = 0;
  const same = [];
  for (const t of all) {
    const text = todo[t.source]?.text;
    if (typeof text !== 'string' || text.trim() === '') continue;
    if (text === t.en) same.push(`${t.record} → ${t.path}`);
    const entries = updates.get(t.record) ?? new Map();
    entries.set(t.path, { text, source: t.source, reviewed: false });
    updates.set(t.record, entries);
    written++;
  }
  for (const [record, entries] of updates) {
    const path = join(root, 'translations', locale, record);
    const old = existsSync(path) ? readJson(path) : {};
    const order = textFields(readJson(join(root, 'data', record))).map((f) => f.path);
    const merged = {};
    for (const key of order) {
      const entry = entries.get(key) ?? old[key];
      if (entry) merged[key] = entry;
    }
    for (const key of Object.keys(old)) if (!order.includes(key)) merged[key] = old[key];
    writeJson(path, merged);
  }
  const stale = Object.keys(todo).filter((h) => !all.some((t) => t.source === h));
  console.error(`translations: ${written} translations written to ${updates.size} files`);
  if (same.length > 0) console.error(`  identical to the English text:\n  ${same.join('\n  ')}`);
  if (stale.length > 0) {
    console.error(`  ${stale.length} to-do texts no longer occur in the catalog: ${stale}`);
  }
}

const opts = parseArgs(process.argv.slice(2));
if (opts.catalog) root = opts.catalog;
if (!existsSync(join(root, 'data'))) fail(`no data/ folder in ${root}`);
if (opts.import) importTodo(opts.locale, opts.import, opts.prefixes);
else {
  const todo = texts(opts.locale, opts.prefixes).filter((t) => t.status !== 'current');
  if (opts.todo) writeTodo(todo, opts.todo);
  else list(todo);
  const outdated = todo.filter((t) => t.status === 'outdated').length;
  console.error(
    `translations ${opts.locale}: ${todo.length - outdated} missing, ${outdated} outdated`,
  );
}
