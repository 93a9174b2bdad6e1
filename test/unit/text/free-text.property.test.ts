import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { newKeySchema } from '../../../functions/services/api-key.service.js';
import { actionInputSchema } from '../../../shared/actions/action.schema.js';
import { brandInputSchema } from '../../../shared/brand/brand.schema.js';
import { centreResourceSchema, toolOrMethodSchema } from '../../../shared/logics/logics-lists.schema.js';
import { advisorContestFormSchema, contestFormProblems } from '../../../shared/pay/advisor-contest-form.js';
import { closedQuarterSchema } from '../../../shared/pay/closed-quarter.js';
import { payPolicySchema } from '../../../shared/pay/pay-policy.schema.js';
import {
  contestFormSchema,
  overrideFormSchema,
  resolveFormSchema,
} from '../../../shared/pay/quarter-review.js';
import { advisorSchema, teamSchema } from '../../../shared/roster/index.js';
import { callbackRequestSchema } from '../../../shared/surveys/callback-request.schema.js';
import { customerAnswerSchema } from '../../../shared/surveys/customer-response.schema.js';
import { highScoreLinkSchema } from '../../../shared/surveys/survey-settings.schema.js';
import { hasControlCharacter, type TextLines } from '../../../shared/text/free-text.js';
import { contestProblemText } from '../../../web/pages/advisor-pay/advisor-pay-messages.js';

/** Every control character: C0, DEL and C1. */
const controlCharacters = [
  ...Array.from({ length: 0x20 }, (_, i) => i),
  0x7f,
  ...Array.from({ length: 0x20 }, (_, i) => 0x80 + i),
].map((code) => String.fromCharCode(code));
/** Those a multi-line text keeps (a lone CR is refused, CR LF is a line break). */
const lineBreaks = ['\t', '\n'];

interface FreeTextField {
  readonly name: string;
  readonly schema: z.ZodMiniType;
  /** The field's place in the input, as zod reports it. */
  readonly path: readonly (string | number)[];
  readonly lines: TextLines;
  /** A value the field accepts, into which a control character is put. */
  readonly valid: string;
}

/** Every schema a person's or an integrator's free text is validated with, and where the text sits. */
const fields: readonly FreeTextField[] = [
  { name: 'team name', schema: teamSchema, path: ['name'], lines: 'single-line', valid: 'Lyon Pro' },
  { name: 'team site', schema: teamSchema, path: ['site'], lines: 'single-line', valid: 'Lyon' },
  {
    name: 'advisor first name',
    schema: advisorSchema,
    path: ['firstName'],
    lines: 'single-line',
    valid: 'Marie',
  },
  {
    name: 'contest reason (advisor pay page)',
    schema: advisorContestFormSchema,
    path: ['reason'],
    lines: 'multi-line',
    valid: 'Ce client parlait d’un autre dossier.',
  },
  {
    name: 'contest reason (quarter review)',
    schema: contestFormSchema,
    path: ['reason'],
    lines: 'multi-line',
    valid: 'Not my contact',
  },
  {
    name: 'override reason',
    schema: overrideFormSchema,
    path: ['reason'],
    lines: 'multi-line',
    valid: 'Agreed with the manager',
  },
  {
    name: 'contest resolution reason',
    schema: resolveFormSchema,
    path: ['reason'],
    lines: 'multi-line',
    valid: 'Checked the call',
  },
  {
    name: 'correction reason',
    schema: closedQuarterSchema,
    path: ['correctionReason'],
    lines: 'multi-line',
    valid: 'A contested rating was accepted',
  },
  {
    name: 'action: what',
    schema: actionInputSchema,
    path: ['what'],
    lines: 'multi-line',
    valid: 'Weekly debrief',
  },
  { name: 'action: who', schema: actionInputSchema, path: ['who'], lines: 'single-line', valid: 'Team lead' },
  {
    name: 'customer comment',
    schema: customerAnswerSchema,
    path: ['comment'],
    lines: 'multi-line',
    valid: 'Très bon accueil',
  },
  {
    name: 'brand name',
    schema: brandInputSchema,
    path: ['displayName'],
    lines: 'single-line',
    valid: 'Centre Lyon',
  },
  {
    name: 'brand sender name',
    schema: brandInputSchema,
    path: ['senderName'],
    lines: 'single-line',
    valid: 'Service client',
  },
  {
    name: 'logics tool name (fr)',
    schema: toolOrMethodSchema,
    path: ['name', 'fr'],
    lines: 'single-line',
    valid: 'Débrief entre pairs',
  },
  {
    name: 'logics tool name (en)',
    schema: toolOrMethodSchema,
    path: ['name', 'en'],
    lines: 'single-line',
    valid: 'Peer debrief',
  },
  {
    name: 'logics resource title (fr)',
    schema: centreResourceSchema([]),
    path: ['title', 'fr'],
    lines: 'single-line',
    valid: 'Fiche réflexe',
  },
  {
    name: 'logics resource title (en)',
    schema: centreResourceSchema([]),
    path: ['title', 'en'],
    lines: 'single-line',
    valid: 'Quick sheet',
  },
  {
    name: 'high-score link label',
    schema: highScoreLinkSchema,
    path: ['label', 'fr'],
    lines: 'single-line',
    valid: 'Donnez votre avis',
  },
  {
    name: 'pay policy name',
    schema: payPolicySchema,
    path: ['name'],
    lines: 'single-line',
    valid: 'Politique 2026',
  },
  {
    name: 'callback contact',
    schema: callbackRequestSchema,
    path: ['contact'],
    lines: 'single-line',
    valid: 'client@example.com',
  },
  { name: 'API key name', schema: newKeySchema, path: ['name'], lines: 'single-line', valid: 'CRM bridge' },
];

/** An input holding `text` at `path`, nothing else. */
function inputWith(path: readonly (string | number)[], text: string): Record<string, unknown> {
  const [head, ...rest] = path;
  return { [String(head)]: rest.length ? inputWith(rest, text) : text };
}

function issuesAt(field: FreeTextField, text: string) {
  const parsed = field.schema.safeParse(inputWith(field.path, text));
  return parsed.success
    ? []
    : parsed.error.issues.filter((issue) => issue.path.join('.') === field.path.join('.'));
}

describe('control characters in free text', () => {
  it.each(fields)('$name accepts its valid text', (field) => {
    expect(issuesAt(field, field.valid)).toEqual([]);
  });

  it.each(fields)('$name refuses any control character, naming the field', (field) => {
    const refused = controlCharacters.filter((c) => field.lines === 'single-line' || !lineBreaks.includes(c));
    fc.assert(
      fc.property(
        fc.constantFrom(...refused),
        // inside the text: a tab or line break at either end is trimmed away, as spaces are
        fc.integer({ min: 1, max: field.valid.length - 1 }),
        fc.integer({ min: 1, max: 3 }),
        (control, at, times) => {
          const text = field.valid.slice(0, at) + control.repeat(times) + field.valid.slice(at);
          expect(issuesAt(field, text).map((i) => i.message)).toContainEqual(
            expect.stringMatching(/control/),
          );
        },
      ),
    );
  });

  it('refuses a contest reason of 20 NUL characters though it has the length the rule asks', () => {
    const parsed = advisorContestFormSchema.safeParse({
      quarter: '2026-Q4',
      responseId: 'r-1',
      reason: '\u0000'.repeat(20),
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toContainEqual(
      expect.objectContaining({ path: ['reason'], message: 'control-characters' }),
    );
    const problems = contestFormProblems({
      quarter: '2026-Q4',
      responseId: 'r-1',
      reason: '\u0000'.repeat(20),
    });
    expect(problems).toEqual([{ field: 'reason', code: 'control-characters' }]);
    expect(contestProblemText('fr', 'reason', 'control-characters')).toBe(
      'Motif\u00a0: du texte sans caractère de contrôle (comme NUL)',
    );
    expect(contestProblemText('en', 'reason', 'control-characters')).toBe(
      'Reason: text without control characters (such as NUL)',
    );
  });

  it('keeps line breaks and tabs in multi-line text, not in a name', () => {
    const comment = 'Première ligne\r\nDeuxième\tligne\nfin';
    expect(hasControlCharacter(comment, 'multi-line')).toBe(false);
    expect(hasControlCharacter(comment, 'single-line')).toBe(true);
    expect(hasControlCharacter('a\rb', 'multi-line')).toBe(true);
    expect(
      customerAnswerSchema.safeParse({
        satisfaction: 5,
        recommendation: 9,
        resolved: true,
        effort: 2,
        comment,
      }).success,
    ).toBe(true);
  });
});
