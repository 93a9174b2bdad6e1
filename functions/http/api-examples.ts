/**
 * Example bodies of the OpenAPI document. The contract test validates each one against the
 * schema it illustrates, so an example cannot show a field the API does not have.
 */
export const teamExample = {
  teamId: 'EXEMPLE-LYON',
  name: 'Lyon professionnels',
  site: 'Lyon',
  managementProfile: 'connector',
  managers: ['manager@centre.example'],
};

export const advisorExample = {
  payrollId: 'EXEMPLE-P-10482',
  email: 'marie.dupont@centre.example',
  firstName: 'Marie',
  teamId: 'EXEMPLE-LYON',
  locale: 'fr',
  workMode: 'hybrid',
  fte: 0.8,
  startDate: '2025-09-01',
  endDate: null,
};

export const storedAdvisorExample = { ...advisorExample, teamJoinedOn: '2025-09-01' };

export const interactionReportExample = {
  externalId: 'EXEMPLE-crm-778812',
  advisorId: 'EXEMPLE-P-10482',
  channel: 'phone',
  startedAt: '2026-03-02T09:14:00+01:00',
  endedAt: '2026-03-02T09:21:30+01:00',
  handleTimeSeconds: 450,
  resolvedFirstContact: true,
  customerEmail: 'client@example.org',
  customerLocale: 'fr',
};

export const interactionExample = {
  externalId: 'EXEMPLE-crm-778812',
  advisorId: 'EXEMPLE-P-10482',
  teamId: 'EXEMPLE-LYON',
  channel: 'phone',
  startedAt: '2026-03-02T08:14:00.000Z',
  endedAt: '2026-03-02T08:21:30.000Z',
  handleTimeSeconds: 450,
  resolvedFirstContact: true,
  customerLocale: 'fr',
  customerKey: 'Xq3v9yqS0l2gE4kqO6m6Yc1oQh0m8y7rV2b1xk3pQ9s',
  receivedAt: '2026-03-02T08:22:05.120Z',
};

export const surveySettingsExample = {
  samplingRate: { phone: 1, email: 0.5, chat: 1, social: 0.2, 'in-person': 1 },
  quietPeriodDays: 30,
  pulseCadenceWeeks: 1,
  highScoreLink: {
    url: 'https://avis.example.com/centre-relation-client',
    label: { fr: 'Laisser un avis sur notre service', en: 'Review our service' },
  },
};

export const rosterChangeExample = {
  entity: 'advisor',
  id: 'EXEMPLE-P-10482',
  teamId: 'EXEMPLE-LYON',
  action: 'changed',
  changes: { teamId: { from: 'EXEMPLE-LILLE', to: 'EXEMPLE-LYON' } },
  at: '2026-03-02T08:00:00.000Z',
  by: 'key:3f9a1c2e',
};

export const batchReceiptExample = {
  received: 2,
  stored: ['EXEMPLE-crm-778812'],
  duplicates: ['EXEMPLE-crm-778811'],
};

export const advisorsCsvExample =
  'payrollId;email;firstName;teamId;locale;workMode;fte;startDate\n' +
  'EXEMPLE-P-10482;marie.dupont@centre.example;Marie;EXEMPLE-LYON;fr;hybrid;0,8;2025-09-01\n';

export const importSummaryExample = {
  read: 3,
  stored: 1,
  unchanged: 1,
  duplicates: 0,
  emptyRowsIgnored: 2,
  rejected: [{ line: 4, reasons: ['fte: Too big: expected number to be <=1'] }],
};

const insufficientCorrelation = (subject: string, scope: string) => ({
  state: 'insufficient-evidence',
  n: 3,
  estimate: null,
  ci95: null,
  reason: 'too-few-points',
  reading: {
    key: 'correlation.insufficient',
    params: { subject, scope, weeks: 3, n: 3, reason: 'too-few-points' },
  },
});

const teamAnalysisExample = {
  teamId: 'EXEMPLE-LYON',
  site: 'Lyon',
  managementProfile: 'connector',
  weeks: [
    {
      week: '2026-W10',
      customer: {
        responses: 42,
        satisfaction: { n: 42, value: 81.4, se: 2.9 },
        recommendation: { n: 40, value: 77.5, se: 3.6 },
        nps: { n: 40, value: 35, se: 11.8 },
        effort: { n: 0, value: null, se: null },
        onceAndDone: { n: 38, value: 78.9, se: 6.6 },
      },
      wellbeing: { state: 'suppressed' },
      handleTimeSeconds: 412.5,
      contacts: 310,
    },
  ],
  correlation: {
    sameWeek: {
      pearson: insufficientCorrelation('same-week', 'team'),
      spearman: insufficientCorrelation('same-week', 'team'),
    },
    wellbeingLeadsCustomer: {
      pearson: insufficientCorrelation('wellbeing-leads-customer', 'team'),
      spearman: insufficientCorrelation('wellbeing-leads-customer', 'team'),
    },
    customerLeadsWellbeing: {
      pearson: insufficientCorrelation('customer-leads-wellbeing', 'team'),
      spearman: insufficientCorrelation('customer-leads-wellbeing', 'team'),
    },
    detectableCorrelation: null,
  },
  symmetry: {
    state: 'insufficient-evidence',
    reading: { key: 'quadrant.insufficient', params: { reason: 'no-current-figures' } },
  },
  alerts: [],
};

export const oneTeamAnalysisExample = {
  ...teamAnalysisExample,
  k: 5,
  workModes: [],
  quadrantThresholds: null,
};

export const centreAnalysisExample = {
  k: 5,
  weeks: ['2026-W10'],
  teams: [teamAnalysisExample],
  pooled: {
    sameWeek: insufficientCorrelation('same-week', 'centre'),
    wellbeingLeadsCustomer: insufficientCorrelation('wellbeing-leads-customer', 'centre'),
    customerLeadsWellbeing: insufficientCorrelation('customer-leads-wellbeing', 'centre'),
    detectableCorrelation: null,
  },
  betweenTeams: insufficientCorrelation('between-teams', 'across-teams'),
  drivers: [],
  cuts: { channel: [], managementProfile: [], site: [], workMode: [] },
  alerts: [],
  quadrantThresholds: null,
};
