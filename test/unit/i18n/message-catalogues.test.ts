import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Reading, ReadingKey } from '../../../shared/analytics/inference/reading.js';
import { alertReading } from '../../../shared/i18n/alert-messages.js';
import {
  analyticsMessages,
  formatAxisMethod,
  formatAxisReading,
  formatAxisSummary,
  formatReading,
  formatReadingNumber,
} from '../../../shared/i18n/analytics-messages.js';
import { payPolicyProblems } from '../../../shared/i18n/pay-policy-messages.js';
import { advisorPolicyLines } from '../../../shared/i18n/pay-summary-messages.js';
import { formatLogicMessage, type LogicMessage } from '../../../shared/logics/logics-messages.js';
import { payPolicyRules } from '../../../shared/pay/pay-policy-rules.js';
import type { Locale } from '../../../shared/roster/index.js';
import { digestDate } from '../../../web/emails/digest-messages.js';
import { quarterLabel, rangeProblemText } from '../../../web/pages/advisor/advisor-messages.js';
import {
  advisorPayMessages,
  contestProblemText,
  reviewText,
} from '../../../web/pages/advisor-pay/advisor-pay-messages.js';
import { refusalText } from '../../../web/pages/pay/pay-refusal-messages.js';
import { frenchSaysPulse, unfilledPlaceholders } from '../../support/message-texts.js';

/**
 * Every message catalogue rendered in French and English: every string, every template function
 * called with parameters, every formatter over each of its keys. No text may keep a `{name}`
 * placeholder, and no French text may say « pulse ».
 */

const root = join(import.meta.dirname, '../../..');
const locales: readonly Locale[] = ['fr', 'en'];

/** The catalogue files: shared/i18n/*, and every `*-messages.ts` (plus the emails' `messages.ts`). */
function catalogueFiles(): string[] {
  const files: string[] = [];
  for (const dir of ['shared', 'web']) {
    for (const entry of readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })) {
      const path = `${dir}/${entry.replaceAll('\\', '/')}`;
      if (!path.endsWith('.ts')) continue;
      if (path.startsWith('shared/i18n/') || /(^|[/-])messages\.ts$/.test(path)) files.push(path);
    }
  }
  return files.sort();
}

interface Text {
  readonly where: string;
  readonly locale: Locale;
  readonly text: string;
}

/**
 * A value that stands for any parameter: it reads as 7 (or "7"), every property is another such
 * value, calling it gives another one, and it iterates as one element.
 */
function anyValue(seed: number): unknown {
  const proxy: unknown = new Proxy(() => undefined, {
    get(_target, key) {
      if (key === Symbol.toPrimitive) return (hint: string) => (hint === 'number' ? seed : String(seed));
      if (key === Symbol.iterator)
        return function* () {
          yield anyValue(seed);
        };
      if (key === 'length') return 1;
      if (key === 'then' || typeof key === 'symbol') return undefined;
      return anyValue(seed);
    },
    apply: () => anyValue(seed),
  });
  return proxy;
}

const sampleArguments: readonly (() => unknown)[] = [
  () => anyValue(7),
  () => 0,
  () => 1,
  () => 2,
  () => 12.5,
  () => '2026-W45',
  () => '2026-Q3',
  () => new Date(Date.UTC(2026, 10, 2)),
  () => ['A', 'B'],
];

/** What a template function gives for each kind of sample argument it accepts; none accepted fails. */
function callWithSamples(fn: (...args: unknown[]) => unknown, where: string): unknown[] {
  const results: unknown[] = [];
  const errors: string[] = [];
  for (const sample of sampleArguments) {
    try {
      results.push(fn(...Array.from({ length: Math.max(fn.length, 3) }, sample)));
    } catch (error) {
      errors.push(String(error));
    }
  }
  if (results.length === 0) throw new Error(`${where}: no sample parameters render it (${errors[0]})`);
  return results;
}

function collect(value: unknown, where: string, locale: Locale, out: Text[]): void {
  if (typeof value === 'string') out.push({ where, locale, text: value });
  else if (typeof value === 'function') {
    for (const result of callWithSamples(value as (...args: unknown[]) => unknown, where)) {
      const plain = typeof result === 'function' ? String(result) : result;
      collect(plain, `${where}()`, locale, out);
    }
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) collect(v, `${where}[${i}]`, locale, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) collect(v, `${where}.${key}`, locale, out);
  }
}

const isLocaleRecord = (value: unknown): value is Record<Locale, unknown> =>
  value !== null && typeof value === 'object' && 'fr' in value && 'en' in value;

/**
 * Exports that are formatters (a message from a key and its parameters, not a catalogue): each is
 * rendered below over all of its keys.
 */
const formatters = new Set([
  'shared/i18n/alert-messages.ts#alertReading',
  'shared/i18n/analytics-messages.ts#formatAxisMethod',
  'shared/i18n/analytics-messages.ts#formatAxisReading',
  'shared/i18n/analytics-messages.ts#formatAxisSummary',
  'shared/i18n/analytics-messages.ts#formatReading',
  'shared/i18n/analytics-messages.ts#formatReadingNumber',
  'shared/i18n/pay-policy-messages.ts#payPolicyProblems',
  'shared/i18n/pay-summary-messages.ts#advisorPolicyLines',
  'shared/logics/logics-messages.ts#formatLogicMessage',
  'shared/logics/logics-messages.ts#distinctiveMessage',
  'web/emails/digest-messages.ts#digestDate',
  'web/pages/advisor-pay/advisor-pay-messages.ts#contestProblemText',
  'web/pages/advisor-pay/advisor-pay-messages.ts#reviewText',
  'web/pages/advisor/advisor-messages.ts#rangeProblemText',
  'web/pages/advisor/advisor-messages.ts#quarterLabel',
  'web/pages/pay/pay-refusal-messages.ts#refusalText',
]);

/** Catalogues whose strings are templates by design (`{name}` filled by `formatReading`), checked through it. */
const templateCatalogues = new Set(['shared/i18n/analytics-messages.ts#analyticsMessages']);

type Formatter = (...args: unknown[]) => unknown;

/**
 * A formatter this test has no cases for, rendered with the locale first or last and sample
 * values for the rest; false when no such call renders it.
 */
function renderFormatter(fn: Formatter, id: string, locale: Locale, out: Text[]): boolean {
  const others = Math.max(fn.length - 1, 1);
  let rendered = false;
  for (const sample of sampleArguments) {
    for (const args of [
      [locale, ...Array.from({ length: others }, sample)],
      [...Array.from({ length: others }, sample), locale],
    ]) {
      try {
        collect(fn(...args), `${id}(${locale})`, locale, out);
        rendered = true;
      } catch {
        // Not this order or kind of parameters.
      }
    }
  }
  return rendered;
}

async function catalogueTexts(): Promise<{ texts: Text[]; unrendered: string[] }> {
  const texts: Text[] = [];
  const unrendered: string[] = [];
  for (const file of catalogueFiles()) {
    const module: Record<string, unknown> = await import(join(root, file));
    for (const [name, value] of Object.entries(module)) {
      const id = `${file}#${name}`;
      if (formatters.has(id) || templateCatalogues.has(id)) continue;
      if (isLocaleRecord(value)) {
        for (const locale of locales) collect(value[locale], `${id}.${locale}`, locale, texts);
      } else if (typeof value === 'function' && value.length === 1) {
        for (const locale of locales) collect(value(locale), `${id}(${locale})`, locale, texts);
      } else if (typeof value === 'function') {
        const rendered = locales.map((locale) => renderFormatter(value as Formatter, id, locale, texts));
        if (!rendered.every(Boolean)) unrendered.push(id);
      }
    }
  }
  const distinct = new Map(texts.map((t) => [`${t.where}\u0000${t.text}`, t]));
  return { texts: [...distinct.values()], unrendered };
}

const correlationKeys: ReadingKey[] = [
  'correlation.holds',
  'correlation.not-established',
  'correlation.insufficient',
  'correlation.suppressed',
];
const trendKeys: ReadingKey[] = [
  'trend.rising',
  'trend.falling',
  'trend.flat',
  'trend.unclear',
  'trend.insufficient',
];
const quadrantKeys: ReadingKey[] = ['quadrant.placed', 'quadrant.near-centre', 'quadrant.insufficient'];

/** Every reading key with every subject, scope, reason and measure its templates can be given. */
function everyReading(): Reading[] {
  const m = analyticsMessages('en');
  const readings: Reading[] = [];
  for (const key of correlationKeys)
    for (const subject of Object.keys(m.subjects) as (keyof typeof m.subjects)[])
      for (const scope of Object.keys(m.scopes) as (keyof typeof m.scopes)[])
        for (const reason of Object.keys(m.reasons) as (keyof typeof m.reasons)[])
          readings.push({
            key,
            params: {
              subject,
              scope,
              weeks: 12,
              method: 'spearman',
              dimension: 'workload',
              n: 12,
              effectiveN: 7.4,
              estimate: 0.42,
              low: 0.1,
              high: 0.66,
              familySize: 8,
              adjustedPValue: 0.03,
              reason,
            },
          } as Reading);
  for (const key of trendKeys)
    for (const measure of ['wellbeing', 'customer'] as const)
      for (const slope of [-1.5, 1, 2.25])
        readings.push({
          key,
          params: { measure, weeks: 12, n: 10, slope, low: slope - 1, high: slope + 1 },
        } as Reading);
  for (const key of quadrantKeys)
    for (const quadrant of Object.keys(m.quadrants) as (keyof typeof m.quadrants)[])
      for (const straddles of Object.keys(m.straddles) as (keyof typeof m.straddles)[])
        for (const reason of Object.keys(m.quadrantReasons) as (keyof typeof m.quadrantReasons)[])
          readings.push({
            key,
            params: {
              quadrant,
              straddles,
              weeks: 8,
              wellbeing: 61.5,
              wellbeingLow: 55,
              wellbeingHigh: 68,
              wellbeingThreshold: 60,
              customer: 72,
              customerLow: 69,
              customerHigh: 75,
              customerThreshold: 70,
              teams: 6,
              reason,
            },
          } as Reading);
  return readings;
}

const logicMessages: LogicMessage[] = [
  { key: 'logics.distinctive.higher', params: { itemId: 'unknown-item', logicMean: 4.2, restMean: 3.1 } },
  { key: 'logics.distinctive.lower', params: { itemId: 'unknown-item', logicMean: 2.2, restMean: 3.1 } },
  { key: 'logics.valued-by-one', params: { itemId: 'unknown-item', logic: 'B', mean: 4.4 } },
  { key: 'logics.withheld.too-few-respondents', params: { k: 5 } },
  { key: 'logics.withheld.no-logic-holds-k', params: { k: 5 } },
  { key: 'logics.withheld.other-below-k', params: { k: 5 } },
  { key: 'logics.withheld.would-isolate', params: { k: 5 } },
  { key: 'logics.withheld.not-discovered', params: { k: 5 } },
];

/** Every formatter over every key it words, in both languages. */
function formatterTexts(): Text[] {
  const texts: Text[] = [];
  const add = (where: string, locale: Locale, text: string) => texts.push({ where, locale, text });
  for (const locale of locales) {
    for (const reading of everyReading())
      add(`formatReading ${reading.key}`, locale, formatReading(locale, reading));
    add('formatReadingNumber', locale, formatReadingNumber(locale, 1234.5));
    const sides = ['below', 'within', 'above'] as const;
    for (const measure of ['wellbeing', 'customer'] as const)
      for (const side of sides)
        add(
          `formatAxisReading axis.${side}`,
          locale,
          formatAxisReading(locale, {
            key: `axis.${side}`,
            params: {
              measure,
              value: 35.8,
              low: 7.8,
              high: 63.8,
              centre: 65.2,
              confidence: 99.7,
              comparisons: 16,
              teams: 8,
            },
          }),
        );
    for (const w of sides)
      for (const c of sides)
        for (const quadrant of ['both-low', 'near-centre'] as const)
          add(
            `formatAxisSummary ${w} ${c}`,
            locale,
            formatAxisSummary(locale, { wellbeing: { side: w }, customer: { side: c } }, quadrant),
          );
    add(
      'formatAxisMethod',
      locale,
      formatAxisMethod(locale, { comparisons: 16, teams: 8, confidence: 0.9968 }),
    );
    for (const message of logicMessages)
      add(`formatLogicMessage ${message.key}`, locale, formatLogicMessage(locale, message));
    for (const key of [
      'wellbeing-falling',
      'quadrant-customers-at-advisors-expense',
      'productivity-pressure',
      'once-and-done-drop',
    ] as const) {
      const params = {
        from: 70.5,
        to: 61,
        drop: 9.5,
        low: 4,
        high: 15,
        recentWeeks: 4,
        recentAnswers: 40,
        baselineWeeks: 8,
        baselineAnswers: 80,
        previousQuadrant: 'balanced',
        wellbeingThreshold: 65,
        customer: 74,
        customerThreshold: 70,
        handleFrom: 320,
        handleTo: 280,
        handleDropPercent: 12.5,
        channel: 'phone',
        started: '2026-W39',
      };
      add(
        `alertReading ${key}`,
        locale,
        alertReading({ key, params } as Parameters<typeof alertReading>[0], locale),
      );
    }
    for (const rule of payPolicyRules)
      for (const problem of payPolicyProblems(
        [{ path: ['components', 0], message: 'x', params: { rule } }],
        locale,
      ))
        add(`payPolicyProblems ${rule}`, locale, problem.message);
    for (const line of advisorPolicyLines(
      {
        state: 'published',
        quarter: '2026-Q3',
        version: 2,
        minimumResponses: 20,
        shrinkTowardTeam: true,
        qualityGate: { measure: 'satisfaction', minimum: 7.5 },
        components: [
          { measure: 'satisfaction', level: 'individual', target: 8.5, weightPercent: 40 },
          { measure: 'once-and-done', level: 'team', target: 0.8, weightPercent: 30 },
          { measure: 'handle-time', level: 'team', target: 300, weightPercent: 30 },
        ],
      } as unknown as Parameters<typeof advisorPolicyLines>[0],
      locale,
    ))
      add('advisorPolicyLines', locale, line);
    add('digestDate', locale, digestDate(locale)(new Date(Date.UTC(2026, 10, 2))));
    const refused = advisorPayMessages[locale].refused;
    for (const field of Object.keys(refused.fields) as Parameters<typeof contestProblemText>[1][])
      for (const code of Object.keys(refused.problems) as Parameters<typeof contestProblemText>[2][])
        add(`contestProblemText ${field} ${code}`, locale, contestProblemText(locale, field, code));
    for (const review of [
      { state: 'pending' },
      { state: 'approved', by: 'hr@example.org', at: '2026-10-02T09:00:00Z' },
      { state: 'overridden', by: 'hr@example.org', at: '2026-10-02T09:00:00Z', value: 0.8, reason: 'motif' },
    ])
      add(
        `reviewText ${review.state}`,
        locale,
        reviewText(locale, review as Parameters<typeof reviewText>[1], (x) => String(x)),
      );
    for (const problem of [
      { field: 'from', problem: 'not-a-week' },
      { field: 'to', problem: 'not-a-week' },
      { field: 'from', problem: 'after-to' },
      { field: 'from', problem: 'too-long', maxWeeks: 104 },
    ] as const)
      add(`rangeProblemText ${problem.problem}`, locale, rangeProblemText(locale, problem));
    for (const quarter of ['2026-Q1', '2026-Q4'])
      add(`quarterLabel ${quarter}`, locale, quarterLabel(locale, quarter));
    for (const code of [
      'no-policy',
      'quarter-closed',
      'already-reviewed',
      'already-contested',
      'already-resolved',
      'not-computed',
      'not-reviewed',
      'open-contests',
      'correction-needs-reason',
      'revision-taken',
      'not-a-quarter',
      'not-a-revision',
      'no-proposal',
      'no-contest',
      'value-not-a-number',
      'value-too-small',
      'value-too-large',
      'reason-too-short',
      'reason-too-long',
      'reason-control-characters',
      'not-a-decision',
      'pay-not-enabled',
      'unknown-version',
      'already-published',
      'versions-busy',
      'not-closed',
      'file-missing',
      'file-conflict',
    ])
      add(
        `refusalText ${code}`,
        locale,
        refusalText(locale, {
          message: 'refused',
          code,
          values: {
            quarter: '2026-Q3',
            advisors: 'A1, A2',
            advisor: 'A1',
            contests: '2',
            revision: '2',
            version: '3',
          },
        }),
      );
  }
  return texts;
}

describe('message catalogues', () => {
  it('finds the catalogues and renders every entry in both languages', async () => {
    const { texts, unrendered } = await catalogueTexts();
    expect(catalogueFiles().length).toBeGreaterThanOrEqual(25);
    expect(unrendered, 'exported formatters this test does not render: add their cases').toEqual([]);
    for (const locale of locales)
      expect(texts.filter((t) => t.locale === locale).length).toBeGreaterThan(1000);
  });

  it('leaves no {name} placeholder unfilled in any catalogue entry', async () => {
    const { texts } = await catalogueTexts();
    const unfilled = texts
      .filter((t) => unfilledPlaceholders(t.text).length > 0)
      .map((t) => `${t.where}: ${t.text}`);
    expect(unfilled).toEqual([]);
  });

  it('fills every parameter each formatter template names, for every key', () => {
    const texts = formatterTexts();
    expect(texts.length).toBeGreaterThan(400);
    const unfilled = texts
      .filter((t) => unfilledPlaceholders(t.text).length > 0 || /undefined|NaN|\[object/.test(t.text))
      .map((t) => `${t.where} (${t.locale}): ${t.text}`);
    expect(unfilled).toEqual([]);
  });

  it('names in each reading template only parameters formatReading is given', () => {
    for (const locale of locales) {
      const m = analyticsMessages(locale);
      const named = new Set(Object.values(m.templates).flatMap((t) => unfilledPlaceholders(t)));
      expect(named.size).toBeGreaterThan(10);
      for (const reading of everyReading()) {
        expect(unfilledPlaceholders(formatReading(locale, reading)), `${locale} ${reading.key}`).toEqual([]);
      }
    }
  });

  it('words the weekly wellbeing questionnaire in French, never « pulse »', async () => {
    const { texts } = await catalogueTexts();
    const french = [...texts, ...formatterTexts()].filter((t) => t.locale === 'fr');
    expect(french.filter((t) => frenchSaysPulse(t.text)).map((t) => `${t.where}: ${t.text}`)).toEqual([]);
    const english = texts.filter((t) => t.locale === 'en' && /\bpulse\b/i.test(t.text));
    expect(english.length).toBeGreaterThan(0);
  });

  it('detects a placeholder left unfilled and a French « pulse »', () => {
    expect(unfilledPlaceholders('au moins {k} personnes, sous {k}')).toEqual(['k', 'k']);
    expect(unfilledPlaceholders('au moins 5 personnes {}')).toEqual([]);
    expect(frenchSaysPulse('Répondre au pulse')).toBe(true);
    expect(frenchSaysPulse('Duopulse, https://exemple.fr/pulse/abc, `pulse-dispatch`')).toBe(false);
  });
});
