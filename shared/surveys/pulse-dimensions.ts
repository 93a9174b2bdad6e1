/**
 * What the advisor pulse measures (DOMAIN.md facts 4, 9 and 10). Each item is answered on a
 * 1–5 agreement scale except eNPS, answered 0–10.
 */
export const pulseDimensions = [
  'wellbeing',
  'workload',
  'autonomy',
  'manager-support',
  'tools-knowledge',
  'recognition',
  'meaning',
  'team-spirit',
  'work-life-balance',
] as const;
export type PulseDimension = (typeof pulseDimensions)[number];
