import type { ClosedQuarter } from '../../shared/pay/closed-quarter.js';
import type { ExportRow } from '../../shared/pay/export-row.js';

export const componentIds = ['satisfaction.individual', 'recommendation.individual', 'handle-time.team'];

type RowInput = Pick<ExportRow, 'payrollId' | 'lastName' | 'firstName' | 'teamId' | 'indicator'> &
  Partial<Pick<ExportRow, 'components'>> & { readonly overrideReason?: string };

/** A closed revision of 2026-Q3 with the given rows (components default to fixed values). */
export function closedQuarter(
  rows: readonly RowInput[],
  overrides: Partial<Omit<ClosedQuarter, 'rows'>> = {},
): ClosedQuarter {
  const head = {
    quarter: '2026-Q3',
    revision: 1,
    closedAt: '2026-10-06T09:30:00.000Z',
    closedBy: 'rh@demo.duopulse.example',
    policyVersion: '2026.1',
    componentIds,
    ...overrides,
  };
  return {
    ...head,
    rows: rows.map(({ overrideReason, components, ...row }) => {
      const base = {
        ...row,
        quarter: head.quarter,
        revision: head.revision,
        policyVersion: head.policyVersion,
        components: components ?? {
          'satisfaction.individual': 8.7,
          'recommendation.individual': 9.1,
          'handle-time.team': -0.5,
        },
      };
      return overrideReason === undefined
        ? { ...base, status: 'approved' as const }
        : { ...base, status: 'overridden' as const, overrideReason };
    }),
  };
}

/** Three advisors of the demo's kind, one of them overridden, and hostile names. */
export const sampleRows: RowInput[] = [
  {
    payrollId: 'S20002',
    lastName: '=HYPERLINK("http://evil.example","clic")',
    firstName: 'Zoé',
    teamId: 'LYO-PRO',
    indicator: 0.2,
  },
  {
    payrollId: 'S20001',
    lastName: 'Lefèvre; dit "Lulu"',
    firstName: '@SUM(1)',
    teamId: 'LYO-PRO',
    indicator: 0.1,
  },
  {
    payrollId: 'S20003',
    lastName: '-1+1',
    firstName: '+33 6 12 34 56 78',
    teamId: 'LIL-DIG',
    indicator: 0.85,
    overrideReason: 'Contestation acceptée:\tavis sur le produit',
  },
];
