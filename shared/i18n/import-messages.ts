import type { CellProblem, ImportColumn, ImportKindName } from '../roster/import-columns.js';
import type { Locale } from '../roster/index.js';

/**
 * What the roster CSV import says, in French and English: the header refusal, each row's
 * reasons with the value at fault, and the summary with its plurals (« 1 ligne lue »,
 * "2 rows read").
 */

const nbsp = '\u00a0';
const nnbsp = '\u202f';

/** The header refusal's content: headers the kind does not know, required ones absent, repeats. */
export interface HeaderProblemValues {
  readonly kind: ImportKindName;
  readonly unknown: readonly string[];
  readonly missing: readonly ImportColumn[];
  readonly repeated: readonly string[];
  readonly columns: readonly ImportColumn[];
}

export interface ImportSummaryCounts {
  readonly read: number;
  readonly stored: number;
  /** Teams or advisors already stored exactly so (absent: not counted, as for contacts). */
  readonly unchanged?: number;
  /** Contacts already stored (absent: not counted, as for teams and advisors). */
  readonly duplicates?: number;
  /** Rows of empty cells, ignored (absent: none). */
  readonly emptyRowsIgnored?: number;
  readonly rejected: number;
}

export interface ImportMessages {
  /** One message for a header the import cannot use, naming what is wrong and what is accepted. */
  header(values: HeaderProblemValues): string;
  /** A value and why it was refused: `ETP : « abc » n'est pas un nombre…`. */
  cell(column: string, value: string, problem: CellProblem): string;
  /** A required cell left empty. */
  empty(column: string): string;
  /** A value the roster's rules refuse (range, format), with the rule as zod words it. */
  invalid(column: string, value: string, rule: string): string;
  /** A number over its maximum (`inclusive`: the maximum itself is allowed). */
  atMost(max: number, inclusive: boolean): string;
  atLeast(min: number, inclusive: boolean): string;
  /** The rule of identifiers (payroll ids, team codes). */
  readonly idCharacters: string;
  /** A name or text holding a control character (NUL, a line break…). */
  readonly controlCharacters: string;
  /** An end (of employment, of a contact) before its start, named by its column. */
  beforeStart(startColumn: string): string;
  repeats(column: string, value: string, firstLine: number): string;
  unknownReference(column: string, value: string, what: 'team' | 'advisor'): string;
  summary(counts: ImportSummaryCounts): string;
  line(line: number, reasons: readonly string[]): string;
  more(count: number): string;
  progress(kind: ImportKindName): string;
  usage(kinds: readonly string[]): string;
  noFile(path: string): string;
  unreadable(path: string, reason: string): string;
  /** `--charset` names no encoding the reader knows. */
  unknownCharset(charset: string): string;
  /** The file's bytes are not text in the charset given. */
  undecodable(path: string, charset: string): string;
  /** The API: the body's bytes are not text in the Content-Type's charset. */
  bodyNotText(charset: string): string;
  /** The API: the body is not CSV (an unclosed quote, say), with the parser's reason. */
  bodyNotCsv(reason: string): string;
  /** The API: the body holds no header line or no row under it. */
  readonly bodyEmpty: string;
}

function plural(locale: Locale, n: number, one: string, other: string): string {
  return new Intl.PluralRules(locale === 'fr' ? 'fr-FR' : 'en-GB').select(n) === 'one' ? one : other;
}

function count(locale: Locale, n: number): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB').format(n);
}

const quoteFr = (v: string) => `«${nnbsp}${v}${nnbsp}»`;
const quoteEn = (v: string) => `“${v}”`;

/** `Matricule (payrollId)`: the French name first, then the field, for the list of accepted columns. */
function accepted(columns: readonly ImportColumn[], required: string, optional: string): string {
  return columns
    .map((c) => `${[c.names[0], c.field].join(' / ')}${c.required ? ` (${required})` : ` (${optional})`}`)
    .join(', ');
}

const kindFr: Record<ImportKindName, string> = {
  teams: 'équipes',
  advisors: 'conseillers',
  interactions: 'contacts',
};

const fr: ImportMessages = {
  header: (v) =>
    [
      `L’en-tête du fichier ne convient pas à un import de ${kindFr[v.kind]}${nbsp}; rien n’a été importé.`,
      v.unknown.length
        ? `${plural('fr', v.unknown.length, 'Colonne inconnue', 'Colonnes inconnues')}${nbsp}: ${v.unknown.map(quoteFr).join(', ')}.`
        : '',
      v.missing.length
        ? `${plural('fr', v.missing.length, 'Colonne obligatoire absente', 'Colonnes obligatoires absentes')}${nbsp}: ${v.missing.map((c) => c.names[0] ?? c.field).join(', ')}.`
        : '',
      v.repeated.length ? `Colonnes en double${nbsp}: ${v.repeated.join(', ')}.` : '',
      `Colonnes acceptées (en français ou en anglais, majuscules et accents indifférents)${nbsp}: ${accepted(v.columns, 'obligatoire', 'facultative')}.`,
    ]
      .filter(Boolean)
      .join(' '),
  cell: (column, value, problem) => {
    const what = {
      'not-a-number': `n’est pas un nombre (par exemple 0,8 ou 1${nnbsp}000,5)`,
      'not-a-duration': 'n’est pas une durée en secondes (par exemple 390 ou 6:30)',
      'not-a-date': 'n’est pas une date (JJ/MM/AAAA, par exemple 01/09/2025)',
      'not-an-instant': 'n’est pas une date et une heure (par exemple 20/11/2026 09:00)',
      'not-a-boolean': 'n’est ni oui ni non',
      'not-one-of': `n’est pas une valeur acceptée (${problem.kind === 'not-one-of' ? problem.values.join(', ') : ''})`,
    }[problem.kind];
    return `${column}${nbsp}: ${quoteFr(value)} ${what}`;
  },
  empty: (column) => `${column}${nbsp}: vide, alors que la colonne est obligatoire`,
  invalid: (column, value, rule) => `${column}${nbsp}: ${quoteFr(value)} refusé — ${rule}`,
  atMost: (max, inclusive) => `doit être ${inclusive ? 'au plus' : 'inférieur à'} ${count('fr', max)}`,
  atLeast: (min, inclusive) => `doit être ${inclusive ? 'au moins' : 'supérieur à'} ${count('fr', min)}`,
  idCharacters: 'lettres, chiffres et . _ : - seulement, en commençant par une lettre ou un chiffre',
  controlCharacters: 'caractère de contrôle (saut de ligne, NUL…) interdit',
  beforeStart: (start) => `antérieur à la colonne ${start}`,
  repeats: (column, value, first) => `${column}${nbsp}: ${quoteFr(value)} figure déjà ligne ${first}`,
  unknownReference: (column, value, what) =>
    `${column}${nbsp}: ${what === 'team' ? 'équipe inconnue' : 'conseiller inconnu'} ${quoteFr(value)}`,
  summary: (c) =>
    `${count('fr', c.read)} ${plural('fr', c.read, 'ligne lue', 'lignes lues')}${nbsp}: ` +
    `${count('fr', c.stored)} ${plural('fr', c.stored, 'enregistrée', 'enregistrées')}, ` +
    (c.unchanged === undefined
      ? ''
      : `${count('fr', c.unchanged)} ${plural('fr', c.unchanged, 'inchangée', 'inchangées')}, `) +
    (c.duplicates === undefined
      ? ''
      : `${count('fr', c.duplicates)} ${plural('fr', c.duplicates, 'déjà enregistrée', 'déjà enregistrées')}, `) +
    `${count('fr', c.rejected)} ${plural('fr', c.rejected, 'rejetée', 'rejetées')}.` +
    (c.emptyRowsIgnored
      ? ` ${count('fr', c.emptyRowsIgnored)} ${plural('fr', c.emptyRowsIgnored, 'ligne vide ignorée', 'lignes vides ignorées')}.`
      : ''),
  line: (line, reasons) => `ligne ${line}${nbsp}: ${reasons.join(`${nbsp}; `)}`,
  more: (n) => `… et ${count('fr', n)} ${plural('fr', n, 'autre ligne rejetée', 'autres lignes rejetées')}`,
  progress: (kind) => `Import des ${kindFr[kind]}`,
  usage: (kinds) =>
    `Usage${nbsp}: npm run import -- ${kinds.join('|')} FICHIER.csv [--lang fr|en] [--charset windows-1252|utf-8|iso-8859-1]`,
  noFile: (path) => `import${nbsp}: aucun fichier ${path}`,
  unreadable: (path, reason) => `import${nbsp}: ${path} n’est pas un CSV lisible (${reason})`,
  unknownCharset: (charset) =>
    `import${nbsp}: --charset ${quoteFr(charset)} n’est pas un encodage connu (windows-1252, utf-8 ou iso-8859-1 par exemple)`,
  undecodable: (path, charset) =>
    `import${nbsp}: ${path} n’est pas du texte ${charset} comme l’indique --charset`,
  bodyNotText: (charset) => `pas du texte ${charset}, alors que le charset du Content-Type le dit`,
  bodyNotCsv: (reason) => `pas un CSV lisible (${reason})`,
  bodyEmpty: 'une ligne d’en-tête puis au moins une ligne sont attendues',
};

const en: ImportMessages = {
  header: (v) =>
    [
      `The file's header does not fit an import of ${v.kind}; nothing was imported.`,
      v.unknown.length
        ? `${plural('en', v.unknown.length, 'Unknown column', 'Unknown columns')}: ${v.unknown.map(quoteEn).join(', ')}.`
        : '',
      v.missing.length
        ? `${plural('en', v.missing.length, 'Missing required column', 'Missing required columns')}: ${v.missing.map((c) => c.field).join(', ')}.`
        : '',
      v.repeated.length ? `Columns named twice: ${v.repeated.join(', ')}.` : '',
      `Accepted columns (French or English, case and accents ignored): ${accepted(v.columns, 'required', 'optional')}.`,
    ]
      .filter(Boolean)
      .join(' '),
  cell: (column, value, problem) => {
    const what = {
      'not-a-number': 'is not a number (such as 0.8, 0,8 or 1 000,5)',
      'not-a-duration': 'is not a duration in seconds (such as 390 or 6:30)',
      'not-a-date': 'is not a date (DD/MM/YYYY or YYYY-MM-DD, such as 01/09/2025)',
      'not-an-instant': 'is not a date and time (such as 2026-11-20T09:00:00Z or 20/11/2026 09:00)',
      'not-a-boolean': 'is neither yes nor no',
      'not-one-of': `is not an accepted value (${problem.kind === 'not-one-of' ? problem.values.join(', ') : ''})`,
    }[problem.kind];
    return `${column}: ${quoteEn(value)} ${what}`;
  },
  empty: (column) => `${column}: empty, but the column is required`,
  invalid: (column, value, rule) => `${column}: ${quoteEn(value)} refused — ${rule}`,
  atMost: (max, inclusive) => `must be ${inclusive ? 'at most' : 'under'} ${count('en', max)}`,
  atLeast: (min, inclusive) => `must be ${inclusive ? 'at least' : 'over'} ${count('en', min)}`,
  idCharacters: 'letters, digits and . _ : - only, starting with a letter or digit',
  controlCharacters: 'control characters (line break, NUL…) are not allowed',
  beforeStart: (start) => `before the ${start} column`,
  repeats: (column, value, first) => `${column}: ${quoteEn(value)} repeats line ${first}`,
  unknownReference: (column, value, what) => `${column}: unknown ${what} ${quoteEn(value)}`,
  summary: (c) =>
    `${count('en', c.read)} ${plural('en', c.read, 'row', 'rows')} read: ${count('en', c.stored)} stored, ` +
    (c.unchanged === undefined ? '' : `${count('en', c.unchanged)} unchanged, `) +
    (c.duplicates === undefined ? '' : `${count('en', c.duplicates)} already stored, `) +
    `${count('en', c.rejected)} rejected.` +
    (c.emptyRowsIgnored
      ? ` ${count('en', c.emptyRowsIgnored)} empty ${plural('en', c.emptyRowsIgnored, 'row', 'rows')} ignored.`
      : ''),
  line: (line, reasons) => `line ${line}: ${reasons.join('; ')}`,
  more: (n) => `… and ${count('en', n)} more rejected ${plural('en', n, 'row', 'rows')}`,
  progress: (kind) => `Importing ${kind}`,
  usage: (kinds) =>
    `Usage: npm run import -- ${kinds.join('|')} FILE.csv [--lang fr|en] [--charset windows-1252|utf-8|iso-8859-1]`,
  noFile: (path) => `import: no file ${path}`,
  unreadable: (path, reason) => `import: ${path} is not a readable CSV (${reason})`,
  unknownCharset: (charset) =>
    `import: --charset ${quoteEn(charset)} is not a known encoding (windows-1252, utf-8 or iso-8859-1, say)`,
  undecodable: (path, charset) => `import: ${path} is not ${charset} text, as --charset says`,
  bodyNotText: (charset) => `not ${charset} text, as the Content-Type charset says`,
  bodyNotCsv: (reason) => `not CSV: ${reason}`,
  bodyEmpty: 'a header line and at least one row',
};

const messages: Readonly<Record<Locale, ImportMessages>> = { fr, en };

/** The CSV import's words in `locale`. */
export function importMessages(locale: Locale): ImportMessages {
  return messages[locale];
}
