import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { type FieldProblem, ValidationError } from './errors.js';

z.config(en());

/** `['interactions', 3, 'channel']` → `interactions[3].channel`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(body)';
}

/** Parses input with a zod schema, or throws a ValidationError naming every bad field. */
export function parseOrThrow<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems: FieldProblem[] = result.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
  throw new ValidationError(problems);
}
