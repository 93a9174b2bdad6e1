import type { workModes } from './advisor.schema.js';
import type { channels, locales } from './interaction.schema.js';
import type { managementProfiles } from './team.schema.js';

/**
 * The columns a roster CSV may have, under their English field name or the French an HR or
 * telephony export writes (« Matricule », « Date d'entrée »…), and how a cell becomes the value
 * the roster schemas check: French numbers (`1 000,0`, `0,8`) and dates (`01/09/2025`), French
 * words for enumerations (« hybride », « téléphone »). Pure: no I/O, no clock.
 */

export type ImportKindName = 'teams' | 'advisors' | 'interactions';

type CellType = 'text' | 'number' | 'seconds' | 'date' | 'instant' | 'boolean' | 'list' | 'enum';

export interface ImportColumn {
  /** The field of the roster schema, also the column's English name. */
  readonly field: string;
  /** The accepted headers, compared loosely (accents, case, spaces and punctuation ignored). */
  readonly names: readonly string[];
  readonly required?: boolean;
  readonly type: CellType;
  /** For `enum`: each value with the words that mean it. */
  readonly values?: Readonly<Record<string, readonly string[]>>;
  /** Read and not kept (an advisor's last name: the roster holds first names only). */
  readonly ignored?: boolean;
}

const workModeWords: Record<(typeof workModes)[number], readonly string[]> = {
  'on-site': ['sur site', 'site', 'présentiel', 'bureau', 'onsite', 'office'],
  remote: ['à distance', 'distance', 'télétravail', 'teletravail complet'],
  hybrid: ['hybride', 'mixte'],
};
const channelWords: Record<(typeof channels)[number], readonly string[]> = {
  phone: ['téléphone', 'tel', 'appel', 'voix', 'voice', 'call'],
  email: ['e-mail', 'mail', 'courriel'],
  chat: ['tchat', 'messagerie instantanée'],
  social: ['réseaux sociaux', 'social media', 'rs'],
  'in-person': ['face à face', 'en face à face', 'agence', 'in person', 'en personne'],
};
const localeWords: Record<(typeof locales)[number], readonly string[]> = {
  fr: ['français', 'french', 'fr-fr'],
  en: ['anglais', 'english', 'en-gb', 'en-us'],
};
/** The source's French names first (DOMAIN.md fact 5), then Gartner's; `guardian` is a former value. */
const profileWords: Record<(typeof managementProfiles)[number], readonly string[]> = {
  teacher: ['professeur', 'professeurs', 'enseignant', 'pédagogue', 'teachers'],
  'always-on': ['gardien', 'gardiens', 'guardian', 'guardians', 'toujours disponible', 'garant', 'permanent'],
  connector: ['connecté', 'connectés', 'connecteur', 'connectors'],
  cheerleader: [
    'entertainer',
    'entertainers',
    'animateur',
    'animateurs',
    'entertainer (animateur)',
    'cheerleaders',
  ],
  unknown: ['inconnu', 'non renseigné'],
};

/** Each kind's columns, in the order they are listed to the person. */
export const importColumns: Readonly<Record<ImportKindName, readonly ImportColumn[]>> = {
  teams: [
    {
      field: 'teamId',
      names: ['Code équipe', 'Identifiant équipe', 'ID équipe', 'Team ID'],
      required: true,
      type: 'text',
    },
    {
      field: 'name',
      names: ['Nom', "Nom de l'équipe", 'Libellé', 'Team name'],
      required: true,
      type: 'text',
    },
    { field: 'site', names: ['Site'], required: true, type: 'text' },
    {
      field: 'managementProfile',
      names: ['Profil de management', 'Profil managérial', 'Management profile'],
      type: 'enum',
      values: profileWords,
    },
    { field: 'managers', names: ['Managers', 'Manager', 'E-mails des managers'], type: 'list' },
  ],
  advisors: [
    { field: 'payrollId', names: ['Matricule', 'Payroll ID', 'Employee ID'], required: true, type: 'text' },
    { field: 'email', names: ['E-mail', 'Adresse e-mail', 'Courriel', 'Mail'], required: true, type: 'text' },
    { field: 'firstName', names: ['Prénom', 'First name'], type: 'text' },
    {
      field: 'lastName',
      names: ['Nom', 'Nom de famille', 'Last name', 'Surname'],
      type: 'text',
      ignored: true,
    },
    { field: 'teamId', names: ['Équipe', 'Code équipe', 'Team', 'Team ID'], required: true, type: 'text' },
    { field: 'locale', names: ['Langue', 'Language'], type: 'enum', values: localeWords },
    {
      field: 'workMode',
      names: ['Mode de travail', 'Work mode'],
      required: true,
      type: 'enum',
      values: workModeWords,
    },
    { field: 'fte', names: ['ETP', 'FTE', 'Temps de travail'], required: true, type: 'number' },
    {
      field: 'startDate',
      names: ["Date d'entrée", "Date d'arrivée", 'Date de début', 'Start date'],
      required: true,
      type: 'date',
    },
    {
      field: 'endDate',
      names: ['Date de sortie', 'Date de départ', 'Date de fin', 'End date'],
      type: 'date',
    },
  ],
  interactions: [
    {
      field: 'externalId',
      names: ['Identifiant', 'Identifiant externe', 'Référence', 'ID', 'External ID'],
      required: true,
      type: 'text',
    },
    {
      field: 'advisorId',
      names: ['Matricule', 'Conseiller', 'Matricule conseiller', 'Advisor ID'],
      required: true,
      type: 'text',
    },
    { field: 'channel', names: ['Canal', 'Channel'], required: true, type: 'enum', values: channelWords },
    { field: 'startedAt', names: ['Début', 'Date de début', 'Started at'], required: true, type: 'instant' },
    { field: 'endedAt', names: ['Fin', 'Date de fin', 'Ended at'], required: true, type: 'instant' },
    {
      field: 'handleTimeSeconds',
      names: [
        'Durée de traitement (s)',
        'Durée de traitement',
        'DMT (s)',
        'DMT',
        'Durée (s)',
        'Handle time (s)',
        'Handle time',
      ],
      required: true,
      type: 'seconds',
    },
    {
      field: 'resolvedFirstContact',
      names: ['Résolu au premier contact', 'Résolu', 'Resolved first contact', 'Resolved'],
      type: 'boolean',
    },
    {
      field: 'customerEmail',
      names: ['E-mail client', 'Courriel client', 'Customer email'],
      required: true,
      type: 'text',
    },
    {
      field: 'customerLocale',
      names: ['Langue client', 'Langue du client', 'Customer locale'],
      required: true,
      type: 'enum',
      values: localeWords,
    },
  ],
};

/** A header or a word compared loosely: `Date d’Entrée ` and `date d'entree` and `DATE_D_ENTREE` match. */
export function looseKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** What the file's header line says, read against a kind's columns. */
export interface HeaderReading {
  /** File header → column, for every header that names one. */
  readonly columns: ReadonlyMap<string, ImportColumn>;
  readonly unknown: readonly string[];
  /** Required columns absent, by their English field name. */
  readonly missing: readonly ImportColumn[];
  /** Columns named twice (`Matricule` and `payrollId`), by the file's headers. */
  readonly repeated: readonly string[];
}

/** Matches the file's headers to `kind`'s columns by field name or any accepted name, loosely. */
export function readHeader(kind: ImportKindName, header: readonly string[]): HeaderReading {
  const byKey = new Map<string, ImportColumn>();
  for (const column of importColumns[kind])
    for (const name of [column.field, ...column.names]) byKey.set(looseKey(name), column);
  const columns = new Map<string, ImportColumn>();
  const seen = new Map<string, string>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  for (const name of header) {
    const column = byKey.get(looseKey(name));
    if (!column) {
      if (name.trim() !== '') unknown.push(name);
      continue;
    }
    const first = seen.get(column.field);
    if (first !== undefined) repeated.push(`${first} / ${name}`);
    else seen.set(column.field, name);
    columns.set(name, column);
  }
  const missing = importColumns[kind].filter((c) => c.required && !seen.has(c.field));
  return { columns, unknown, missing, repeated };
}

/** Why a cell could not be read as its column's type; the value is shown with it. */
export type CellProblem =
  | { readonly kind: 'not-a-number' }
  | { readonly kind: 'not-a-duration' }
  | { readonly kind: 'not-a-date' }
  | { readonly kind: 'not-an-instant' }
  | { readonly kind: 'not-a-boolean' }
  | { readonly kind: 'not-one-of'; readonly values: readonly string[] };

/** `1 000,0` → 1000, `0,8` → 0.8, `1,000.5` → 1000.5, `80 %` → 0.8; undefined when not a number. */
export function frenchNumber(text: string): number | undefined {
  let t = text.replace(/[\s\u00a0\u202f\u2009']/g, '');
  let scale = 1;
  if (t.endsWith('%')) {
    t = t.slice(0, -1);
    scale = 0.01;
  }
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    t = t.replaceAll(decimal === ',' ? '.' : ',', '').replace(',', '.');
  } else if (lastComma >= 0) {
    if (t.indexOf(',') !== lastComma) return undefined;
    t = t.replace(',', '.');
  }
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return undefined;
  return Number(t) * scale;
}

/** `390`, `390,0`, `6:30` or `0:06:30` → seconds. */
function seconds(text: string): number | undefined {
  const clock = text.trim().match(/^(?:(\d+):)?(\d{1,2}):(\d{2})$/);
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  return frenchNumber(text);
}

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const pad = (n: number | string) => String(n).padStart(2, '0');

/** `01/09/2025`, `1-9-2025`, `01.09.2025` (day first, as in France) or `2025-09-01` → `2025-09-01`. */
export function frenchDate(text: string): string | undefined {
  const t = text.trim().replace(/\s+0{1,2}:00(:00)?$/, '');
  const dayFirst = t.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  const iso = t.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const [y, m, d] = dayFirst
    ? [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [0, 0, 0];
  if (!y || !isRealDate(y, m, d)) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Minutes east of UTC that `timeZone` is at the instant `utc`. */
function offsetMinutes(utc: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(utc);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - utc.getTime()) / 60_000);
}

/**
 * An instant with its offset as written, or a wall-clock time without one (`20/11/2026 09:00`,
 * `2026-11-20 09:00:00`) read in `timeZone` → ISO 8601 in UTC.
 */
export function frenchInstant(text: string, timeZone: string): string | undefined {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(t)) return t;
  const m = t.match(/^(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/);
  const day = m?.[1] ? frenchDate(m[1]) : undefined;
  if (!m || !day) return undefined;
  const [h, min, s] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (h > 23 || min > 59 || s > 59) return undefined;
  const wall = Date.parse(`${day}T${pad(h)}:${pad(min)}:${pad(s)}Z`);
  // Two passes find the offset in force at that wall time (the second settles a change of hour).
  let utc = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  utc = wall - offsetMinutes(new Date(utc), timeZone) * 60_000;
  return new Date(utc).toISOString();
}

const yes = ['true', 'yes', 'y', 'oui', 'o', 'vrai', '1', 'x'];
const no = ['false', 'no', 'n', 'non', 'faux', '0'];

/**
 * One cell as its column's value, or the problem with it. Empty cells are absent (undefined).
 * `timeZone` reads instants written without an offset.
 */
export function cellValue(
  column: ImportColumn,
  raw: string,
  timeZone: string,
): { value: unknown } | { problem: CellProblem } | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  switch (column.type) {
    case 'text':
      return { value: text };
    case 'number': {
      const n = frenchNumber(text);
      return n === undefined ? { problem: { kind: 'not-a-number' } } : { value: n };
    }
    case 'seconds': {
      const n = seconds(text);
      return n === undefined ? { problem: { kind: 'not-a-duration' } } : { value: n };
    }
    case 'date': {
      const d = frenchDate(text);
      return d === undefined ? { problem: { kind: 'not-a-date' } } : { value: d };
    }
    case 'instant': {
      const i = frenchInstant(text, timeZone);
      return i === undefined ? { problem: { kind: 'not-an-instant' } } : { value: i };
    }
    case 'boolean': {
      const k = looseKey(text);
      if (yes.includes(k)) return { value: true };
      if (no.includes(k)) return { value: false };
      return { problem: { kind: 'not-a-boolean' } };
    }
    case 'list':
      return {
        value: text
          .split(/[|,;]/)
          .map((m) => m.trim())
          .filter(Boolean),
      };
    case 'enum': {
      const values = column.values ?? {};
      const k = looseKey(text);
      for (const [value, words] of Object.entries(values))
        if (looseKey(value) === k || words.some((w) => looseKey(w) === k)) return { value };
      return { problem: { kind: 'not-one-of', values: Object.keys(values) } };
    }
  }
}
