import * as z from 'zod/mini';
import { channels, managementProfiles } from '../../shared/roster/index.js';
import { pulseDimensions } from '../../shared/surveys/pulse-dimensions.js';

/**
 * The analytics responses as zod schemas, the source of their OpenAPI components (io output:
 * every object closed with `additionalProperties: false`). test/http/analytics-contract.test.ts
 * checks at compile time that the analysis types fit them, and at run time that real responses
 * validate against the served document.
 */
export const analyticsSchemas = z.registry<{ id: string; description?: string }>();

const named = <T extends z.ZodMiniType>(schema: T, id: string, description?: string): T => {
  analyticsSchemas.add(schema, description ? { id, description } : { id });
  return schema;
};

const interval = z.tuple([z.number(), z.number()]);

export const indexValueSchema = named(
  z.object({
    n: z.int(),
    value: z.nullable(z.number()),
    se: z.nullable(z.number()),
    ci95: z.optional(interval),
  }),
  'IndexValue',
  'An index on 0–100 with its standard error and answers; value null without answers, se null below two. A rate also carries ci95, its Wilson score 95% interval inside 0–100 (the one to show).',
);

const timeWindowSchema = z.object({
  kind: z.enum(['week', 'fortnight', 'month', 'quarter']),
  id: z.string(),
});

const shownShape = {
  state: z.literal('shown'),
  window: timeWindowSchema,
  respondents: z.int(),
  wellbeing: indexValueSchema,
  enps: indexValueSchema,
};
const suppressedShape = { state: z.literal('suppressed') };

export const shownWellbeingSchema = named(
  z.discriminatedUnion('state', [
    named(z.object(shownShape), 'WellbeingShown', 'A pulse figure from at least k respondents.'),
    named(z.object(suppressedShape), 'WellbeingSuppressed', 'Fewer than k respondents: no figure.'),
  ]),
  'ShownWellbeing',
  'A pulse figure from at least k respondents (possibly read from a wider window), or suppressed.',
);

/** The latest shown figure of a group, with its week. */
const lastShownSchema = named(
  z.discriminatedUnion('state', [
    named(
      z.object({ ...shownShape, week: z.optional(z.string()) }),
      'LatestWellbeingShown',
      'The latest pulse figure of the group shown from at least k respondents, with its week.',
    ),
    named(
      z.object({ ...suppressedShape, week: z.optional(z.string()) }),
      'LatestWellbeingSuppressed',
      'No week of the range shows the group from at least k respondents.',
    ),
  ]),
  'LatestWellbeing',
  "A group's latest shown pulse figure, or suppressed.",
);

const customerIndicesShape = {
  satisfaction: indexValueSchema,
  recommendation: indexValueSchema,
  nps: indexValueSchema,
  effort: indexValueSchema,
  onceAndDone: indexValueSchema,
};

const teamWeekSchema = z.object({
  week: z.string(),
  customer: z.object({ responses: z.int(), ...customerIndicesShape }),
  wellbeing: shownWellbeingSchema,
  handleTimeSeconds: z.nullable(z.number()),
  contacts: z.int(),
});

const insufficientReasons = [
  'empty',
  'length-mismatch',
  'too-few-points',
  'too-few-within-team-points',
  'too-few-effective-points',
  'constant-series',
  'non-finite-value',
  'too-few-groups',
  'below-anonymity-threshold',
] as const;

const correlationReadingSchema = z.object({
  key: z.enum([
    'correlation.holds',
    'correlation.suggested',
    'correlation.not-established',
    'correlation.insufficient',
    'correlation.suppressed',
  ]),
  params: z.object({
    subject: z.enum([
      'same-week',
      'wellbeing-leads-customer',
      'customer-leads-wellbeing',
      'between-teams',
      'driver',
    ]),
    scope: z.enum(['team', 'centre', 'across-teams']),
    weeks: z.int(),
    method: z.optional(z.enum(['pearson', 'spearman'])),
    dimension: z.optional(z.string()),
    n: z.int(),
    effectiveN: z.optional(z.number()),
    estimate: z.optional(z.number()),
    low: z.optional(z.number()),
    high: z.optional(z.number()),
    familySize: z.optional(z.int()),
    adjustedPValue: z.optional(z.number().check(z.gte(0.001))),
    pValueText: z.optional(z.string()),
    reason: z.optional(z.enum(insufficientReasons)),
  }),
});

const readingDescription =
  'Plain-language reading: a message key and its parameters (FR and EN sentences in shared/i18n/analytics-messages.ts).';

export const correlationSchema = named(
  z.discriminatedUnion('state', [
    named(
      z.object({
        state: z.literal('ok'),
        n: z.int(),
        estimate: z.number(),
        ci95: interval,
        pValue: z.number(),
        testPValue: z.number(),
        pValueMethod: z.enum(['t', 'exact-permutation', 'monte-carlo-permutation']),
        monteCarloError: z.optional(z.number()),
        df: z.number(),
        effectiveN: z.optional(z.number()),
        evidence: z.enum(['holds', 'not-established']),
        adjusted: z.optional(
          z.object({
            family: z.string(),
            familySize: z.int(),
            method: z.enum(['benjamini-hochberg', 'holm']),
            pValue: z.number(),
          }),
        ),
        reading: correlationReadingSchema,
      }),
      'CorrelationEstimated',
      'A correlation estimated from n points.',
    ),
    named(
      z.object({
        state: z.enum(['insufficient-evidence', 'suppressed']),
        n: z.int(),
        estimate: z.null(),
        ci95: z.null(),
        reason: z.enum(insufficientReasons),
        effectiveN: z.optional(z.number()),
        reading: correlationReadingSchema,
      }),
      'CorrelationWithheld',
      'No estimate, and the reason: too little evidence, or suppressed under the anonymity rules.',
    ),
  ]),
  'Correlation',
  'n, a 95% interval agreeing with pValue (raw) and df, the effective n of weekly series (Pyper & Peterman 1998), ' +
    'the family adjustment the evidence is read from, and a reading; or a state saying why there is none. ' +
    readingDescription,
);

const correlationPairSchema = z.object({ pearson: correlationSchema, spearman: correlationSchema });

export const quadrantThresholdsSchema = named(
  z.object({ wellbeingIndex: z.number(), customerIndex: z.number(), teams: z.int() }),
  'QuadrantThresholds',
  "Medians over every team of the centre of the current (last 4 weeks) wellbeing and customer indices, whatever the key's scope; null for a key limited to some teams when fewer than 3 teams make them.",
);

const trendReadingSchema = z.object({
  key: z.enum(['trend.rising', 'trend.falling', 'trend.flat', 'trend.unclear', 'trend.insufficient']),
  params: z.object({
    measure: z.enum(['wellbeing', 'customer']),
    weeks: z.int(),
    n: z.optional(z.int()),
    slope: z.optional(z.number()),
    low: z.optional(z.number()),
    high: z.optional(z.number()),
  }),
});

export const trendSchema = named(
  z.discriminatedUnion('state', [
    named(
      z.object({
        state: z.literal('ok'),
        slopePerPeriod: z.number(),
        se: z.number(),
        ci95: interval,
        direction: z.enum(['rising', 'falling', 'flat', 'unclear']),
        n: z.int(),
        persistence: z.number(),
        periods: z.array(z.string()),
        reading: trendReadingSchema,
      }),
      'TrendEstimated',
      'A slope estimated from n weeks.',
    ),
    named(
      z.object({
        state: z.literal('insufficient-evidence'),
        periods: z.array(z.string()),
        reading: trendReadingSchema,
      }),
      'TrendInsufficient',
      'Too few weeks for a slope.',
    ),
  ]),
  'Trend',
  'Least-squares slope in index points per week with its 95% interval (AR(1) errors) and the direction it allows.',
);

const quadrants = [
  'balanced',
  'customers-at-advisors-expense',
  'advisors-comfortable-customers-under-served',
  'both-low',
  'near-centre',
] as const;

const quadrantReadingSchema = z.object({
  key: z.enum(['quadrant.placed', 'quadrant.near-centre', 'quadrant.insufficient']),
  params: z.object({
    quadrant: z.optional(z.enum(quadrants)),
    straddles: z.optional(z.enum(['wellbeing', 'customer', 'both'])),
    weeks: z.optional(z.int()),
    wellbeing: z.optional(z.number()),
    wellbeingLow: z.optional(z.number()),
    wellbeingHigh: z.optional(z.number()),
    wellbeingThreshold: z.optional(z.number()),
    customer: z.optional(z.number()),
    customerLow: z.optional(z.number()),
    customerHigh: z.optional(z.number()),
    customerThreshold: z.optional(z.number()),
    teams: z.optional(z.int()),
    reason: z.optional(z.enum(['no-current-figures', 'no-thresholds'])),
  }),
});

const symmetryAxisSchema = z.object({
  value: z.number(),
  se: z.number(),
  ci95: interval,
  weeks: z.int(),
  answers: z.int(),
  side: z.enum(['above', 'below', 'straddles']),
});

const axisLevelSchema = named(
  z.object({
    measure: z.enum(['wellbeing', 'customer']),
    side: z.enum(['below', 'within', 'above']),
    value: z.number(),
    se: z.number(),
    interval,
    confidence: z.number(),
    centre: z.number(),
    comparisons: z.int(),
    teams: z.int(),
    reading: z.object({
      key: z.enum(['axis.below', 'axis.within', 'axis.above']),
      params: z.object({
        measure: z.enum(['wellbeing', 'customer']),
        value: z.number(),
        low: z.number(),
        high: z.number(),
        centre: z.number(),
        confidence: z.number(),
        comparisons: z.int(),
        teams: z.int(),
      }),
    }),
  }),
  'AxisLevel',
  "One axis of a team against the centre median: clearly below, within (not distinguishable) or clearly above, its interval Šidák-adjusted over the centre's teams × 2 axes (Šidák 1967).",
);

export const symmetrySchema = named(
  z.discriminatedUnion('state', [
    named(
      z.object({
        state: z.literal('placed'),
        teamId: z.string(),
        quadrant: z.enum(quadrants),
        point: z.object({ wellbeingIndex: z.number(), customerIndex: z.number() }),
        wellbeing: symmetryAxisSchema,
        customer: symmetryAxisSchema,
        thresholds: quadrantThresholdsSchema,
        axes: z.object({ wellbeing: axisLevelSchema, customer: axisLevelSchema }),
        wellbeingTrend: trendSchema,
        customerTrend: trendSchema,
        reading: quadrantReadingSchema,
      }),
      'SymmetryPlaced',
      "The team placed against the centre's thresholds.",
    ),
    named(
      z.object({ state: z.literal('insufficient-evidence'), reading: quadrantReadingSchema }),
      'SymmetryInsufficient',
      'No placement; its reading says why (no current figures, no thresholds).',
    ),
  ]),
  'Symmetry',
  "The team's two axes each read against the centre (axes), its quadrant only when both are clear (near-centre otherwise), with both trends; or insufficient evidence with the reason in its reading.",
);

const evidenceFigureSchema = z.object({
  value: z.number(),
  unit: z.enum([
    'index-points',
    'percentage-points',
    'seconds',
    'share',
    'standard-errors',
    'weeks',
    'answers',
    'contacts',
  ]),
});

export const alertSchema = named(
  z.object({
    kind: z.enum([
      'wellbeing-falling',
      'quadrant-customers-at-advisors-expense',
      'productivity-pressure',
      'once-and-done-drop',
    ]),
    teamId: z.string(),
    channel: z.optional(z.enum(channels)),
    periods: z.array(z.string()),
    evidence: z.record(z.string(), evidenceFigureSchema),
    rule: z.object({
      critical: z.number(),
      minDrop: evidenceFigureSchema,
      falseAlarmRatePerQuarter: z.number(),
    }),
    message: z.object({
      key: z.enum([
        'wellbeing-falling',
        'quadrant-customers-at-advisors-expense',
        'productivity-pressure',
        'once-and-done-drop',
      ]),
      params: z.record(z.string(), z.union([z.number(), z.string()])),
    }),
  }),
  'Alert',
  'A calibrated signal (at most 5% false alarms per team per quarter) with its evidence, each figure with its unit, and a message key (shared/i18n/alert-messages.ts).',
);

const teamAnalysisShape = {
  teamId: z.string(),
  site: z.string(),
  managementProfile: z.enum(managementProfiles),
  weeks: z.array(teamWeekSchema),
  correlation: z.object({
    sameWeek: correlationPairSchema,
    wellbeingLeadsCustomer: correlationPairSchema,
    customerLeadsWellbeing: correlationPairSchema,
    detectableCorrelation: z.nullable(z.number()),
  }),
  symmetry: symmetrySchema,
  alerts: z.array(alertSchema),
};

export const teamAnalysisSchema = named(
  z.object(teamAnalysisShape),
  'TeamAnalysis',
  'One team: weekly figures, correlations within the team (same week, both leads; Pearson and Spearman), symmetry and alerts.',
);

const cutCustomerShape = {
  responses: z.int(),
  satisfaction: indexValueSchema,
  onceAndDone: indexValueSchema,
};

const cutSchema = named(
  z.object({ cut: z.string(), customer: z.object(cutCustomerShape), wellbeing: lastShownSchema }),
  'Cut',
  'Customer figures of a group over the range and its latest shown wellbeing.',
);

export const workModeCutSchema = named(
  z.object({
    teamId: z.string(),
    /** A work mode: on-site, remote or hybrid. */
    cut: z.string(),
    customer: named(
      z.discriminatedUnion('state', [
        named(
          z.object({ state: z.literal('shown'), ...cutCustomerShape }),
          'WorkModeCustomerShown',
          'Customer figures from the responses about these advisors.',
        ),
        named(
          z.object({ state: z.literal('absent'), reason: z.literal('no-responses') }),
          'WorkModeCustomerAbsent',
          'No customer figure, and why.',
        ),
      ]),
      'WorkModeCustomer',
      'Customer figures of the cut, or absent with the reason.',
    ),
    wellbeing: lastShownSchema,
  }),
  'WorkModeCut',
  "One team's advisors of one work mode (their mode when each survey was sent): customer figures from the responses, or absent with the reason; wellbeing as published.",
);

export const oneTeamAnalysisSchema = named(
  z.object({
    ...teamAnalysisShape,
    k: z.int(),
    workModes: z.array(workModeCutSchema),
    quadrantThresholds: z.nullable(quadrantThresholdsSchema),
  }),
  'OneTeamAnalysis',
  "One team's analysis with the anonymity threshold, its work-mode cuts and the whole centre's medians it was read against (never another team's figures).",
);

export const centreAnalysisSchema = named(
  z.object({
    k: z.int(),
    weeks: z.array(z.string()),
    teams: z.array(teamAnalysisSchema),
    pooled: z.object({
      sameWeek: correlationSchema,
      wellbeingLeadsCustomer: correlationSchema,
      customerLeadsWellbeing: correlationSchema,
      detectableCorrelation: z.nullable(z.number()),
    }),
    betweenTeams: correlationSchema,
    drivers: z.array(
      z.object({
        dimension: z.enum(pulseDimensions),
        scope: z.enum(['team', 'centre']),
        correlation: correlationSchema,
        strengthLowerBound: z.nullable(z.number()),
        tier: z.nullable(z.int()),
      }),
    ),
    cuts: z.object({
      channel: z.array(cutSchema),
      managementProfile: z.array(cutSchema),
      site: z.array(cutSchema),
      workMode: z.array(workModeCutSchema),
    }),
    alerts: z.array(alertSchema),
    quadrantThresholds: z.nullable(quadrantThresholdsSchema),
  }),
  'CentreAnalysis',
  'Every team the key may see, the pooled and between-team correlations, drivers in tiers, cuts, alerts and the quadrant thresholds.',
);

type JsonSchema = Record<string, unknown>;
const componentPrefix = '#/components/schemas/';

/** The `state` values a closed variant declares (its const or enum). */
function statesOf(variant: JsonSchema | undefined): string[] {
  const state = (variant?.properties as Record<string, JsonSchema> | undefined)?.state;
  if (typeof state?.const === 'string') return [state.const];
  return Array.isArray(state?.enum) ? (state.enum as string[]) : [];
}

/**
 * Each `oneOf` of named variants told apart by `state` gets the OpenAPI discriminator mapping
 * every state to its variant, so a client or validator picks the variant by `state` (and never
 * reads a variant's own `reason` or `state` as undeclared in another).
 */
function withDiscriminators(schema: unknown, components: Record<string, JsonSchema>): unknown {
  if (Array.isArray(schema)) return schema.map((s) => withDiscriminators(s, components));
  if (!schema || typeof schema !== 'object') return schema;
  const out = Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [k, withDiscriminators(v, components)]),
  ) as JsonSchema;
  const variants = out.oneOf as JsonSchema[] | undefined;
  if (!variants?.every((v) => typeof v.$ref === 'string')) return out;
  const mapping = Object.fromEntries(
    variants.flatMap((v) => {
      const ref = v.$ref as string;
      return statesOf(components[ref.slice(componentPrefix.length)]).map((state) => [state, ref]);
    }),
  );
  return Object.keys(mapping).length
    ? { type: 'object', ...out, discriminator: { propertyName: 'state', mapping } }
    : out;
}

/** The analytics components of the OpenAPI document, referencing one another by `$ref`. */
export function analyticsComponents(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(analyticsSchemas, {
    io: 'output',
    uri: (id) => `${componentPrefix}${id}`,
  });
  const components = Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _s, $id: _i, ...rest } = schema as JsonSchema;
      return [id, rest];
    }),
  );
  return Object.fromEntries(
    Object.entries(components).map(([id, schema]) => [
      id,
      withDiscriminators(schema, components) as JsonSchema,
    ]),
  );
}
