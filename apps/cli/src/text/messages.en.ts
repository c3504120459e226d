import { formatNumber, plural } from './format.js';
import type { Messages } from './messages.js';

const n = (x: number) => formatNumber(x, 'en');
/** "1 case", "2 cases". */
const count = (x: number, one: string, other: string) =>
  `${n(x)} ${plural('en', x, { one, other })}`;
const guessed = (guess: string | undefined) => (guess ? ` Did you mean "${guess}"?` : '');

export const en: Messages = {
  colon: ': ',
  englishOnly: 'Some details are only available in English so far.',
  usage: {
    missingArgument: (name) => `A value is missing: <${name}>.`,
    unknownCommand: (name) => `There is no command "${name}".`,
    unknownOption: (name) => `There is no option "${name}" here.`,
    requiredOption: (name) => `The option "${name}" is required.`,
    optionValueMissing: (name) => `"${name}" needs a value.`,
    tooManyArguments: (expected, got) => `Too many values: expected ${expected}, got ${got}.`,
    didYouMean: (guess) => `Did you mean "${guess}"?`,
    didYouMeanOneOf: (list) => `Did you mean one of: ${list}?`,
    help: (command) => `Help: ${command}`,
    unexpected: (message) => `unexpected error: ${message}\nPlease report this as a bug.`,
  },
  input: {
    unknownLanguage: (value, guess, list) =>
      `There is no language "${value}".${guessed(guess)} Choose one of: ${list}.`,
    unknownDevice: (value, guess, list) =>
      `There is no device "${value}".${guessed(guess)} Choose one of: ${list}.`,
    unknownEventKind: (value, guess, list) =>
      `There is no event kind "${value}".${guessed(guess)} Possible kinds: ${list}.`,
    unknownReplyKind: (value, guess, list) =>
      `There is no reply kind "${value}".${guessed(guess)} Possible: ${list}.`,
    platformMissing: 'Please name the platform, e.g. "widerspruch text instagram".',
    invalidDate: (option, value) =>
      `${option}: "${value}" is not a valid date. Write it as YYYY-MM-DD, e.g. 2026-03-10.`,
    dateBeforeGdpr: (option, value) =>
      `${option}: the date ${value} is before 25 May 2018, when the GDPR began to apply. Check the date (YYYY-MM-DD).`,
    dateInFuture: (option, value, today) =>
      `${option}: the date ${value} is in the future (today is ${today}).`,
    textTooLong: (option, length, limit) =>
      `${option} is ${n(length)} characters long; at most ${n(limit)} are possible. Shorten the text.`,
    blank: (option, hint) => `${option} must not be empty. ${hint}`,
    accountHint: "Give the account's e-mail address or user name.",
    profileHint: 'Give a name, or leave out --profile (then: you).',
    viaWithoutSubmitted:
      '--via says how the objection was sent; give the day with --submitted as well.',
    replyWithoutReplyReceived: '--reply goes with reply-received.',
    evidenceWithoutFile: 'evidence needs --file <path>.',
    viaWithoutSubmittedEvent: '--via goes with submitted: it says how the objection was sent.',
    noteWithoutNote: 'note needs --note <text>.',
    extensionBeforeSubmitted: (id) =>
      `A deadline can only be extended once the objection is sent. Record that first: widerspruch case event ${id} submitted --date YYYY-MM-DD`,
    extensionOutOfRange: (earliest, latest, date) =>
      `--date: the new deadline must lie between ${earliest} and ${latest}: after the end of the first month and at most three months after your objection was received (Art. 12(3) GDPR). ${date} is outside. If the company named a later date, enter ${latest}. If it names no date, leave out --date.`,
    evidenceType: (name, list) =>
      `"${name}" cannot be kept as evidence. Possible are files ending in ${list}. Save the evidence as a PDF or a screenshot, for example.`,
    remindWhich: 'Which case? Give a case id, or --all for every case.',
    remindEitherOr: 'Either a case id or --all, not both.',
    notDays: (value) => `"${value}" is not a number of days. Give a whole number, e.g. --days 90.`,
    catalogDirMissing: (dir) =>
      `The folder "${dir}" does not exist. Pass the catalog's data folder with --dir.`,
    wholeNumber: (option, min, max, value) =>
      `${option} needs a whole number from ${min} to ${max}, not "${value}".`,
    scanMissing: (path) =>
      `"${path}" does not exist. Give the path of an export ZIP file or an unpacked export folder.`,
    scanNotAFile: (path) =>
      `"${path}" is neither a file nor a folder (but, for example, a pipe or a device). Give an export ZIP file or an unpacked export folder.`,
    fileMissing: (path) => `The file "${path}" does not exist.`,
    fileIsLink: (path) => `"${path}" is a symbolic link. Give the file itself.`,
    fileIsFolder: (path) => `"${path}" is a folder. Give a file.`,
    fileNotRegular: (path) => `"${path}" is not a regular file. Give a file.`,
    idTooShort: (id) =>
      `Give at least 4 characters of the case id ("${id}" is too short). See all cases with: widerspruch case list`,
    idAmbiguous: (id) => `"${id}" matches several cases; give more characters of the id.`,
    noReadableCase: (id, unreadable) =>
      `There is no readable case "${id}". ${n(unreadable)} stored ${plural('en', unreadable, { one: 'record is', other: 'records are' })} damaged; the case you are looking for may be affected. See all readable cases with: widerspruch case list`,
    noCase: (id) => `There is no case "${id}". See all cases with: widerspruch case list`,
    deleteNeedsYes: (name, account, id) =>
      `case delete removes the case ${name} · ${account} for good. Confirm with --yes: widerspruch case delete ${id} --yes (back up first: widerspruch case export --out backup.json).`,
    passphraseNeeded:
      'An encrypted backup needs a passphrase. Run the command in a terminal (it is asked for there) or give it in the environment variable WIDERSPRUCH_PASSPHRASE.',
    cancelled: 'Cancelled; nothing was changed.',
    passphrasesDiffer: 'The two passphrases differ; nothing was written.',
    passphraseTooShort: (min) =>
      `The passphrase is too short: at least ${min} characters. Without it the backup cannot be opened again; keep it safe.`,
  },
  failure: {
    noStore: (path, source) =>
      `There is no store at ${path} (${STORE_SOURCE[source]}). Nothing was created. Check the path; a new store is made by "widerspruch case add" or "widerspruch case import".`,
    storeUnopenable: (detail) =>
      `The store cannot be opened: ${detail}. Choose another file with --store.`,
    damagedCase: (id) =>
      `The stored case ${id} is damaged and cannot be read; nothing was changed. Back up the readable cases with: widerspruch case export --skip-unreadable`,
    invalidRecord: (field, problem) =>
      `Not saved: the value ${field} ${problem}. Nothing was changed; shorten or correct it.`,
    importTooLarge: (name) =>
      `"${name}" is larger than 200 MB, so it is certainly not a Widerspruch backup. Nothing was changed.`,
    emptyOverFull: (out, cases) =>
      `Not written: the store holds no case, but ${out} holds ${cases === undefined ? 'an encrypted backup' : `a backup with ${count(cases, 'case', 'cases')}`}. The file is unchanged. Check --store or WIDERSPRUCH_STORE; to replace it with an empty backup anyway: --force`,
    incompleteBackup: (unreadable, path) =>
      `${en.backup.unreadable(unreadable, '')}; the backup would be incomplete, so nothing was written. All records are kept in ${path} (copy that file as a backup). To back up only the readable cases: widerspruch case export --skip-unreadable`,
    noDeadlineAll:
      'No deadline is running for any of your readable cases (nothing sent, or all answered).',
    noDeadlineOne: 'No deadline is running for this case (not sent yet, or already answered).',
    catalogHasErrors: (dir) =>
      `The catalog in "${dir}" has errors (see above); check it with "widerspruch catalog check --dir".`,
    linksUnreachable: (x) => `${count(x, 'address is', 'addresses are')} not reachable.`,
    cannotRead: (path, why) => `Cannot read "${path}": ${why}`,
    cannotWrite: (path, why, kept) =>
      `Cannot write "${path}": ${why}${kept ? ' The file that was there is unchanged.' : ' Nothing was written.'}`,
    why: {
      missingFolder: (folder) =>
        `the folder "${folder}" does not exist. Create it or choose another path.`,
      notRegular: 'that is not a regular file (but, for example, a pipe). Give a file name.',
      folder: 'that is a folder. Give a file name.',
      permission: 'permission is denied. Choose another place, such as your home folder.',
      readOnly: 'the drive is read-only. Choose another place.',
      full: 'the drive is full. Free some space or choose another place.',
      system: (code) => `the system reports ${code}.`,
    },
  },
  platforms: {
    status: {
      training: 'trains AI on user data',
      announced: 'AI training announced',
      paused: 'AI training paused',
      'not-training': 'does not train on user content',
      unclear: 'unclear',
    },
    since: (date) => `since ${date}`,
    hint: 'Guide: widerspruch guide <platform>   Text: widerspruch text <platform>',
  },
  guide: {
    uncertain: 'Uncertain',
    text: 'Your objection text',
    verified: 'Facts as of',
    quality: { sourced: 'from sources, not checked by us', verified: 'verified', tested: 'tested' },
    onlyLocale: {
      de: 'documented with German menu labels only',
      en: 'documented with English menu labels only',
    },
    onlyDevice: { desktop: 'documented for a computer', mobile: 'documented for a phone' },
  },
  remedies: {
    heading: 'Courts and collective actions',
    other: 'Other proceedings (not about AI training)',
    about: 'What it is about',
    status: 'Status',
    who: 'Who can join',
    how: 'How to join',
    sources: 'Sources',
    notAdvice: 'Not legal advice.',
  },
  case: {
    letterName: {
      objection: 'Objection letter',
      reminder: 'Reminder',
      complaint: 'Complaint',
      erasure: 'Erasure request',
      access: 'Access request',
      dossier: 'Dossier',
    },
    groundsName: 'New objection with grounds',
    groundsHint: '(the grounds to choose from: widerspruch text --list-reasons)',
    ground: 'ground',
    againMark: '⚠ policy changed – check again',
    againHint:
      'The platform changed its policy after your objection. What to do is shown by: widerspruch case show <case>',
    empty:
      'No objections stored yet. Add one with: widerspruch case add <platform> --account <account> --submitted <date>',
    due: (date) => `due ${date}`,
    caseLabel: 'Case',
    stateLabel: 'State',
    sentOn: 'Sent on',
    dueOn: 'Due on',
    request: (name, sentOn, dueOn, passed) =>
      `${name} sent on ${sentOn}: answer ${passed ? 'was' : 'is'} due on ${dueOn}`,
    requestPassedHint:
      '. If none came, you can complain to the supervisory authority (Art. 77 GDPR).',
    checkAgain: 'Check again',
    nextStep: 'Next step:',
    recordIt: 'Record it',
    lettersThatFit: 'Letters that fit:',
    fromDay: (day) => `from ${day}`,
    timeline: 'Timeline:',
    nothingDeleted: 'Nothing deleted.',
    deleted: (id) => `Deleted: ${id}`,
    confirmDelete: (name, account, shortId) =>
      `Delete the case ${name} · ${account} (${shortId}) for good?`,
    yes: 'Yes',
    no: 'No',
    defaultProfile: 'Me',
    recorded: (label, id) => `Recorded: ${label} (case ${id})`,
    metaConfirmation: (id, day) =>
      `This e-mail looks like Meta's confirmation of your objection. Record it with:\n  widerspruch case event ${id} confirmation-received --date ${day}`,
    saved: (path) => `Saved: ${path}`,
  },
  backup: {
    exported: (cases, out, encrypted, replaced) =>
      `${count(cases, 'case', 'cases')} saved to ${out}${encrypted ? ' (encrypted with a passphrase)' : ''}${replaced}`,
    replacedOther: '; the file that was there was replaced',
    replacedEncrypted: '; replaces an encrypted backup',
    replacedBackup: (cases) => `; replaces a backup with ${count(cases, 'case', 'cases')}`,
    imported: (cases, people, evidence) =>
      `Imported: ${count(cases, 'case', 'cases')}, ${count(people, 'person', 'people')}, ${count(evidence, 'evidence file', 'evidence files')}.`,
    notImported: (evidence, names) =>
      `Not imported: ${count(evidence, 'evidence file', 'evidence files')} that no case refers to (${names}).`,
    unreadable: (x, list) =>
      `${count(x, 'stored record', 'stored records')}${list ? ` (${list})` : ''} cannot be read`,
    record: { case: 'case', profile: 'person' },
    unreadableInList: (what, x) =>
      `Note: ${what} and ${plural('en', x, { one: 'is not shown; it is', other: 'are not shown; they are' })} kept unchanged.`,
    unreadableInExport: (what, x) =>
      `Warning: ${what} and ${plural('en', x, { one: 'is missing from this backup; it is', other: 'are missing from this backup; they are' })} kept unchanged in the store.`,
    unreadableInCalendar: (what, x) =>
      `Warning: ${what}; ${plural('en', x, { one: 'its deadline is missing from this calendar file. It is', other: 'their deadlines are missing from this calendar file. They are' })} kept unchanged in the store.`,
    passphraseFromEnv: 'Passphrase from the environment variable WIDERSPRUCH_PASSPHRASE.',
    passphrase: "The backup's passphrase",
    passphraseAgain: 'The passphrase again',
  },
  scan: {
    kinds: {
      post: 'posts',
      photo: 'photos',
      video: 'videos',
      comment: 'comments',
      story: 'stories',
      reel: 'reels',
      'group-post': 'group posts',
      profile: 'profile',
      'by-others': "others' content about you",
    },
    exportTitle: (platform) => `${platform} export`,
    noContent: '(no content found)',
    guideHint: (platform, id) => `How to object and what ${platform} uses: widerspruch guide ${id}`,
    jsonHint: 'Every item on its own: widerspruch scan … --json',
    incomplete: (files) =>
      `${count(files, 'file', 'files')} could not be read – the result is incomplete. There is more content than counted here:`,
    andMore: (x) => `… and ${n(x)} more`,
    records: (x) => `, ${count(x, 'record', 'records')}`,
    byYear: 'By year',
    noDate: 'no date',
    noOwn: 'No content of your own found.',
    own: (x) =>
      `${count(x, 'item', 'items')} of your own: what of it is public can be used for AI training; an objection covers ${plural('en', x, { one: 'it', other: 'them' })}, but only from now on.`,
    byOthers: (x) =>
      `${count(x, 'item', 'items')} by others (such as tags) ${plural('en', x, { one: 'is', other: 'are' })} not covered by your objection: ask for removal or use the third-party form.`,
    training: (day, before, after) =>
      `Before the training start (${day}): ${n(before)} – likely already used. After it: ${n(after)} – protected by your objection, if you filed one.`,
    audiences: {
      public: 'public',
      followers: 'followers only',
      connections: 'connections only',
      'only-me': 'only you (archived)',
    },
    visibilityUnknown: 'The export does not say who can see the items (visibility unknown).',
    unknown: 'unknown',
    visibility: 'Visibility per the export',
    reading: 'Reading',
  },
  links: {
    redirect: (url) => `redirect → ${url}`,
    broken: (detail) => `broken (${detail})`,
    unreachable: (detail) => `unreachable (${detail})`,
    where: (places) => `in ${places}`,
    summary: (checked, ok, redirected, broken, unreachable) =>
      `catalog links: ${n(checked)} checked, ${n(ok)} ok, ${n(redirected)} redirected, ${n(broken)} broken, ${n(unreachable)} unreachable`,
  },
  stale: {
    none: (days, today) => `No facts older than ${n(days)} days (today is ${today}).`,
    row: (verified, ageDays) => `verified ${verified}  ${count(ageDays, 'day', 'days')} ago`,
    summary: (x, days, today) =>
      `${count(x, 'record', 'records')} with facts older than ${n(days)} days (today is ${today}).`,
  },
  interactive: {
    intro: 'Widerspruch – object to AI training on your data',
    about:
      'This assistant shows the official way to object at each platform, writes the text\nfor it, and explains what the objection does and does not do.\nNothing is sent. Only what you confirm as done is kept, on this device.\nNot legal advice.',
    choose: 'Which services do you use? (space: select, enter: continue)',
    device: 'Where will you object?',
    devices: { desktop: 'On a computer (in the browser)', mobile: 'On a phone (in the app)' },
    progress: (i, total, name) => `${name} (${i} of ${total})`,
    addGrounds: 'Add grounds from your personal situation? (optional)',
    grounds: 'Which grounds apply to you? (space: select, enter: continue)',
    note: 'Your own words (optional, enter to skip):',
    textTitle: 'Your text to paste',
    sent: 'Did you send the objection?',
    sentYes: 'Good. Keep the confirmation e-mail as proof.',
    settingDone: 'Did you change the setting as described?',
    recorded: (path) => `Recorded (widerspruch case list shows all cases; store: ${path}).`,
    sentLater: 'No problem. Come back any time: widerspruch guide <platform>',
    more: 'Show more: what the objection does, several accounts, content by others?',
    cancelled: 'Cancelled. Nothing was stored.',
    outro: 'Done. Thank you for exercising your rights.',
  },
};

const STORE_SOURCE: Readonly<Record<'option' | 'env' | 'xdg' | 'home', string>> = {
  option: 'given with --store',
  env: 'from the environment variable WIDERSPRUCH_STORE',
  xdg: 'the default place under XDG_DATA_HOME; change it with --store or WIDERSPRUCH_STORE',
  home: 'the default place in the home folder HOME; change it with --store or WIDERSPRUCH_STORE',
};
