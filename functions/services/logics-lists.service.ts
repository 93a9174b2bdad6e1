import * as z from 'zod/mini';
import {
  centreResourceSchema,
  maxResources,
  maxToolsAndMethods,
  toolOrMethodSchema,
} from '../../shared/logics/logics-lists.schema.js';
import type { CentreResource } from '../../shared/logics/resources-by-logic.js';
import { type CentreToolOrMethod, waysOfWorkingModule } from '../../shared/logics/ways-of-working-module.js';
import type { Locale } from '../../shared/roster/index.js';
import { type FieldProblem, ValidationError } from './errors.js';
import type { Clock } from './ports/clock.port.js';
import type { LogicsListsRepository } from './ports/logics-lists.port.js';

type Form = Readonly<Record<string, string | undefined>>;

const words = {
  fr: {
    id: 'un identifiant de 1 à 40 caractères : minuscules, chiffres et tirets simples (ex. debrief-pairs)',
    duplicate: 'identifiant déjà utilisé sur une autre ligne',
    kind: 'choisir dans la liste',
    name: 'un nom de 1 à 80 caractères',
    title: 'un titre de 1 à 120 caractères',
    tags: 'de 1 à 6 réponses du module, séparées par des virgules, chacune « élément:high » ou « élément:low » (ex. rely-colleagues:high)',
    unknownItem: (id: string) => `« ${id} » n’est pas une réponse du module`,
    tooManyTools: `au plus ${maxToolsAndMethods} outils et méthodes (le module mensuel doit rester court)`,
    tooManyResources: `au plus ${maxResources} ressources`,
  },
  en: {
    id: 'an id of 1 to 40 characters: lowercase letters, digits and single hyphens (e.g. peer-debrief)',
    duplicate: 'id already used on another row',
    kind: 'choose from the list',
    name: 'a name of 1 to 80 characters',
    title: 'a title of 1 to 120 characters',
    tags: '1 to 6 module answers, comma-separated, each "item:high" or "item:low" (e.g. rely-colleagues:high)',
    unknownItem: (id: string) => `"${id}" is not a module answer`,
    tooManyTools: `at most ${maxToolsAndMethods} tools and methods (the monthly module must stay short)`,
    tooManyResources: `at most ${maxResources} resources`,
  },
} as const;

/** The rows a list form sent, by index: `prefix-<i>-<field>`; a row whose fields are all blank is no row. */
function rowsOf(
  form: Form,
  prefix: string,
  fields: readonly string[],
): { index: number; get: (f: string) => string }[] {
  const indices = new Set<number>();
  const pattern = new RegExp(`^${prefix}-(\\d{1,3})-(${fields.join('|')})$`);
  for (const name of Object.keys(form)) {
    const match = pattern.exec(name);
    if (match) indices.add(Number(match[1]));
  }
  return [...indices]
    .sort((a, b) => a - b)
    .map((index) => ({ index, get: (f: string) => form[`${prefix}-${index}-${f}`]?.trim() ?? '' }))
    .filter((row) => fields.some((f) => f !== 'kind' && row.get(f) !== ''));
}

function duplicateIds(rows: readonly { index: number; id: string }[], prefix: string, locale: Locale) {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const row of rows) {
    if (row.id && seen.has(row.id))
      problems.push({ path: `${prefix}-${row.index}-id`, message: words[locale].duplicate });
    seen.add(row.id);
  }
  return problems;
}

/** Reads the tools-and-methods form (rows `tool-<i>-id|kind|fr|en`); refusals name the field. */
export function toolsAndMethodsFromForm(form: Form, locale: Locale): CentreToolOrMethod[] {
  const w = words[locale];
  const rows = rowsOf(form, 'tool', ['id', 'kind', 'fr', 'en']);
  const problems: FieldProblem[] = [];
  if (rows.length > maxToolsAndMethods) problems.push({ path: 'tools', message: w.tooManyTools });
  const list: CentreToolOrMethod[] = [];
  for (const row of rows) {
    const field = (f: string) => `tool-${row.index}-${f}`;
    const parsed = z.safeParse(toolOrMethodSchema, {
      id: row.get('id'),
      kind: row.get('kind'),
      name: { fr: row.get('fr'), en: row.get('en') },
    });
    if (parsed.success) list.push(parsed.data);
    else
      for (const issue of parsed.error.issues) {
        const [top, sub] = issue.path.map(String);
        if (top === 'name') problems.push({ path: field(sub ?? 'fr'), message: w.name });
        else problems.push({ path: field(top ?? 'id'), message: top === 'kind' ? w.kind : w.id });
      }
  }
  problems.push(
    ...duplicateIds(
      rows.map((r) => ({ index: r.index, id: r.get('id') })),
      'tool',
      locale,
    ),
  );
  if (problems.length) throw new ValidationError(problems);
  return list;
}

/** `rely-colleagues:high, frame-freedom:low` → tags; `haut`/`bas` are read as high/low. */
function tagsOf(text: string): { itemId: string; when: string }[] | undefined {
  const parts = text
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const tags: { itemId: string; when: string }[] = [];
  for (const part of parts) {
    const match = /^([a-z0-9-]+)\s*:\s*(high|low|haut|bas)$/i.exec(part);
    if (!match) return undefined;
    const when = (match[2] as string).toLowerCase();
    tags.push({
      itemId: (match[1] as string).toLowerCase(),
      when: when === 'haut' ? 'high' : when === 'bas' ? 'low' : when,
    });
  }
  return tags;
}

/**
 * Reads the resources form (rows `resource-<i>-id|kind|fr|en|tags`); every tag must name an
 * item of the module as the centre asks it (`moduleItemIds`). Refusals name the field.
 */
export function resourcesFromForm(
  form: Form,
  moduleItemIds: readonly string[],
  locale: Locale,
): CentreResource[] {
  const w = words[locale];
  const rows = rowsOf(form, 'resource', ['id', 'kind', 'fr', 'en', 'tags']);
  const problems: FieldProblem[] = [];
  if (rows.length > maxResources) problems.push({ path: 'resources', message: w.tooManyResources });
  const schema = centreResourceSchema(moduleItemIds);
  const list: CentreResource[] = [];
  for (const row of rows) {
    const field = (f: string) => `resource-${row.index}-${f}`;
    const tags = tagsOf(row.get('tags'));
    const parsed = z.safeParse(schema, {
      id: row.get('id'),
      kind: row.get('kind'),
      title: { fr: row.get('fr'), en: row.get('en') },
      addresses: tags ?? [],
    });
    if (!tags) problems.push({ path: field('tags'), message: w.tags });
    if (parsed.success) {
      list.push(parsed.data);
      continue;
    }
    const unknown = new Set<string>();
    for (const issue of parsed.error.issues) {
      const [top, sub, leaf] = issue.path.map(String);
      if (top === 'title') problems.push({ path: field(sub ?? 'fr'), message: w.title });
      else if (top === 'addresses' && leaf === 'itemId') unknown.add(tags?.[Number(sub)]?.itemId ?? '');
      else if (top === 'addresses') {
        if (tags) problems.push({ path: field('tags'), message: w.tags });
      } else problems.push({ path: field(top ?? 'id'), message: top === 'kind' ? w.kind : w.id });
    }
    for (const id of unknown) problems.push({ path: field('tags'), message: w.unknownItem(id) });
  }
  problems.push(
    ...duplicateIds(
      rows.map((r) => ({ index: r.index, id: r.get('id') })),
      'resource',
      locale,
    ),
  );
  if (problems.length) throw new ValidationError(problems);
  return list;
}

interface LogicsListsDeps {
  readonly logicsLists: LogicsListsRepository;
  readonly clock: Clock;
}

/** Saves the tools and methods list an admin sent, whole; nothing is stored when any row is refused. */
export async function saveToolsAndMethodsList(
  deps: LogicsListsDeps,
  form: Form,
  actor: string,
  locale: Locale,
) {
  const list = toolsAndMethodsFromForm(form, locale);
  await deps.logicsLists.saveToolsAndMethods(list, actor, deps.clock.now());
  return list;
}

/** Saves the resources list an admin sent, whole; tags checked against the module as the centre asks it. */
export async function saveResourcesList(deps: LogicsListsDeps, form: Form, actor: string, locale: Locale) {
  const moduleItemIds = waysOfWorkingModule(await deps.logicsLists.toolsAndMethods()).map((i) => i.id);
  const list = resourcesFromForm(form, moduleItemIds, locale);
  await deps.logicsLists.saveResources(list, actor, deps.clock.now());
  return list;
}
