import { isoWeekOf, quarterOf } from '../shared/time/period.ts';
for (const d of ['2026-01-01T00:30:00Z','2025-12-29T12:00:00Z','2026-12-31T23:59:00Z','2027-01-03T10:00:00Z']) console.log(d, isoWeekOf(new Date(d)), quarterOf(new Date(d)));
