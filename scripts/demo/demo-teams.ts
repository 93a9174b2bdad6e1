import type { Channel, ManagementProfile } from '../../shared/roster/index.js';

/** How one demo team is set up before anything random is drawn. */
export interface DemoTeamSetup {
  readonly teamId: string;
  readonly name: string;
  readonly site: 'Lyon' | 'Lille' | 'Nantes';
  readonly managementProfile: ManagementProfile;
  /** Advisors on the roster at the start of the half-year. */
  readonly size: number;
  /** Share of contacts per channel (sums to 1). */
  readonly channelMix: Readonly<Record<Channel, number>>;
  /** Share of contacts with an English-speaking customer. */
  readonly englishShare: number;
  /** Share of contacts whose source system does not report first-contact resolution. */
  readonly unknownResolutionShare: number;
  /** Works on Saturdays too (branch front desk). */
  readonly opensSaturday: boolean;
}

/**
 * The eight demo teams on three sites. Every management profile appears at least once (the
 * source's four and `unknown`); `LIL-FID` (retention, always-on manager) is the team put under
 * productivity pressure.
 */
export const demoTeamSetups: readonly DemoTeamSetup[] = [
  {
    teamId: 'LYO-PAR-A',
    name: 'Lyon · Particuliers A',
    site: 'Lyon',
    managementProfile: 'connector',
    size: 11,
    channelMix: { phone: 0.62, email: 0.14, chat: 0.16, social: 0.03, 'in-person': 0.05 },
    englishShare: 0.08,
    unknownResolutionShare: 0.1,
    opensSaturday: false,
  },
  {
    teamId: 'LYO-PAR-B',
    name: 'Lyon · Particuliers B',
    site: 'Lyon',
    managementProfile: 'teacher',
    size: 10,
    channelMix: { phone: 0.6, email: 0.16, chat: 0.16, social: 0.04, 'in-person': 0.04 },
    englishShare: 0.08,
    unknownResolutionShare: 0.1,
    opensSaturday: false,
  },
  {
    teamId: 'LYO-PRO',
    name: 'Lyon · Professionnels',
    site: 'Lyon',
    managementProfile: 'always-on',
    size: 10,
    channelMix: { phone: 0.55, email: 0.35, chat: 0.07, social: 0.01, 'in-person': 0.02 },
    englishShare: 0.12,
    unknownResolutionShare: 0.15,
    opensSaturday: false,
  },
  {
    teamId: 'LIL-DIG',
    name: 'Lille · Digital',
    site: 'Lille',
    managementProfile: 'connector',
    size: 10,
    channelMix: { phone: 0.05, email: 0.25, chat: 0.45, social: 0.25, 'in-person': 0 },
    englishShare: 0.2,
    unknownResolutionShare: 0.3,
    opensSaturday: false,
  },
  {
    teamId: 'LIL-FID',
    name: 'Lille · Fidélisation',
    site: 'Lille',
    managementProfile: 'always-on',
    size: 11,
    channelMix: { phone: 0.8, email: 0.1, chat: 0.08, social: 0.02, 'in-person': 0 },
    englishShare: 0.06,
    unknownResolutionShare: 0.08,
    opensSaturday: false,
  },
  {
    teamId: 'LIL-BO',
    name: 'Lille · Back-office courrier',
    site: 'Lille',
    managementProfile: 'cheerleader',
    size: 9,
    channelMix: { phone: 0.15, email: 0.7, chat: 0.05, social: 0.1, 'in-person': 0 },
    englishShare: 0.1,
    unknownResolutionShare: 0.2,
    opensSaturday: false,
  },
  {
    teamId: 'NAN-AGE',
    name: 'Nantes · Accueil agences',
    site: 'Nantes',
    managementProfile: 'unknown',
    size: 9,
    channelMix: { phone: 0.3, email: 0.12, chat: 0, social: 0, 'in-person': 0.58 },
    englishShare: 0.1,
    unknownResolutionShare: 0.25,
    opensSaturday: true,
  },
  {
    teamId: 'NAN-PAR',
    name: 'Nantes · Particuliers',
    site: 'Nantes',
    managementProfile: 'teacher',
    size: 10,
    channelMix: { phone: 0.65, email: 0.15, chat: 0.12, social: 0.05, 'in-person': 0.03 },
    englishShare: 0.07,
    unknownResolutionShare: 0.1,
    opensSaturday: false,
  },
];

/** The team under productivity pressure over the last weeks of the demo half-year. */
export const pressureTeamId = 'LIL-FID';

/**
 * Median handle time per channel in seconds (handle times are log-normal with σ = 0.4, so the
 * mean is about 8% above the median): phone 6.5 min, email 10, chat 13 (one of several
 * conversations at once), social 8, in person 11.
 */
export const channelMedianHandleSeconds: Readonly<Record<Channel, number>> = {
  phone: 390,
  email: 600,
  chat: 780,
  social: 480,
  'in-person': 660,
};
export const handleTimeLogSd = 0.2;

/** Local opening hours (Europe/Paris, decimal hours) during which contacts of a channel start. */
export const channelHours: Readonly<Record<Channel, readonly [number, number]>> = {
  phone: [8.5, 18.5],
  email: [8, 18],
  chat: [9, 20],
  social: [9, 19],
  'in-person': [9, 18],
};

/** Offset of customer satisfaction by channel (points on 0–10), centred on each team's mix. */
export const channelSatisfactionOffset: Readonly<Record<Channel, number>> = {
  phone: 0,
  email: -0.3,
  chat: 0.1,
  social: -0.4,
  'in-person': 0.3,
};
