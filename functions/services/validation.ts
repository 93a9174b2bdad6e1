import { en, fr } from 'zod/locales';
import * as z from 'zod/mini';
import type { Locale } from '../../shared/roster/index.js';
import { type FieldProblem, ValidationError } from './errors.js';

z.config(en());

/** zod's own wording of its issues in each language Duopulse speaks, for one parse at a time. */
const zodLocales: Readonly<Record<Locale, z.core.$ZodErrorMap>> = {
  fr: fr().localeError,
  en: en().localeError,
};

/**
 * Parse options that word zod's issues in `locale` (zod's French or English catalogue) for this
 * parse only; a message a schema sets itself still wins. The process-wide default stays English.
 */
export function zodParseIn(locale: Locale): { error: z.core.$ZodErrorMap } {
  return { error: zodLocales[locale] };
}

/** `['interactions', 3, 'channel']` → `interactions[3].channel`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(body)';
}

/** zod's issues as field problems, each path under `prefix` (an item of a batch: `['interactions', 3]`). */
export function issueProblems(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): FieldProblem[] {
  return issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), message: issue.message }));
}

/**
 * Parses input with a zod schema, or throws a ValidationError naming every bad field, its
 * messages in `options.locale` (English by default, as the API answers).
 */
export function parseOrThrow<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  options: { locale?: Locale | undefined } = {},
): z.output<S> {
  const result = schema.safeParse(input, options.locale ? zodParseIn(options.locale) : undefined);
  if (result.success) return result.data;
  const problems = issueProblems(result.error.issues);
  if (!options.locale) rememberFrench(problems, schema.safeParse(input, zodParseIn('fr')));
  throw new ValidationError(problems);
}

/**
 * The problems of one input against a schema, each path under `prefix` (an item of a batch:
 * `['interactions', 3]`), worded as `parseOrThrow` words them; none when the input is valid.
 */
export function schemaProblems(
  schema: z.ZodMiniType,
  input: unknown,
  prefix: readonly PropertyKey[] = [],
): FieldProblem[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  const problems = issueProblems(result.error.issues, prefix);
  rememberFrench(problems, schema.safeParse(input, zodParseIn('fr')), prefix);
  return problems;
}

/** The French wording of problems `parseOrThrow` worded in English by default, for answers in French. */
const frenchMessages = new WeakMap<FieldProblem, string>();

function rememberFrench(
  problems: readonly FieldProblem[],
  french: { error?: z.core.$ZodError | undefined },
  prefix: readonly PropertyKey[] = [],
) {
  const issues = french.error?.issues ?? [];
  if (issues.length !== problems.length) return;
  problems.forEach((problem, i) => {
    const issue = issues[i];
    if (issue && formatPath([...prefix, ...issue.path]) === problem.path)
      frenchMessages.set(problem, issue.message);
  });
}

/**
 * A field problem's message in `locale`: zod's own French for a problem `parseOrThrow` worded in
 * English by default (a message the schema sets itself stays as written), else its message.
 */
export function fieldMessageIn(problem: FieldProblem, locale: Locale): string {
  return locale === 'fr' ? (frenchMessages.get(problem) ?? problem.message) : problem.message;
}
