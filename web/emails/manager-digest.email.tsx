/** @jsxImportSource react */
import { Button, Heading, Link, Section, Text } from '@react-email/components';
import type { CSSProperties } from 'react';
import type { DigestIndex, ManagerDigest, TeamDigest } from '../../shared/digest/manager-digest.js';
import { alertReading } from '../../shared/i18n/alert-messages.js';
import type { Locale } from '../../shared/roster/index.js';
import { mondayOfIsoWeek } from '../../shared/time/windows.js';
import {
  formatChange,
  formatDate,
  formatInterval,
  formatNumber,
  formatWeek,
} from '../format/locale-format.js';
import { digestDate, managerDigestMessages } from './digest-messages.js';
import type { EmailBrand } from './email-brand.js';
import { EmailLayout, emailColors, FooterText } from './email-layout.js';

export interface ManagerDigestEmailProps {
  readonly digest: ManagerDigest;
  /** Origin of the manager pages, without a trailing slash. */
  readonly publicBaseUrl: string;
  /** The anonymity threshold every published pulse figure met. */
  readonly k: number;
  /** The centre's name, accent colour and logo. */
  readonly brand: EmailBrand;
}

/** Days after a week's Monday before its pulse figures are published (links expire, then publication). */
const publicationDelayDays = 14;

/** The team page another part of the product serves. */
export function teamPageUrl(publicBaseUrl: string, teamId: string): string {
  return `${publicBaseUrl}/teams/${encodeURIComponent(teamId)}`;
}

/** The page that explains one kind of alert for one team. */
export function alertPageUrl(publicBaseUrl: string, teamId: string, kind: string): string {
  return `${teamPageUrl(publicBaseUrl, teamId)}/alerts/${encodeURIComponent(kind)}`;
}

const paragraphStyle: CSSProperties = { margin: '0 0 8px', fontSize: '15px', lineHeight: '22px' };
const labelStyle: CSSProperties = {
  margin: '12px 0 4px',
  fontSize: '13px',
  lineHeight: '18px',
  fontWeight: 700,
  color: emailColors.muted,
  textTransform: 'uppercase',
  letterSpacing: '0.04em',
};
/** The team-page button: white on the centre's accent colour. */
function buttonStyle(accent: string): CSSProperties {
  return {
    padding: '10px 20px',
    borderRadius: '8px',
    backgroundColor: accent,
    color: '#ffffff',
    fontSize: '15px',
    fontWeight: 700,
  };
}

function indexText(locale: Locale, index: DigestIndex): { value: string; interval: string | undefined } {
  return {
    value: formatNumber(locale, index.value),
    interval: index.interval ? formatInterval(locale, index.interval[0], index.interval[1]) : undefined,
  };
}

function CustomerPart(props: { locale: Locale; team: TeamDigest }) {
  const m = managerDigestMessages[props.locale];
  const { current, previous, change } = props.team.customer;
  const now = current.satisfaction ? indexText(props.locale, current.satisfaction) : undefined;
  return (
    <>
      <Text style={labelStyle}>{m.customerHeading}</Text>
      <Text style={paragraphStyle}>
        {now ? m.customerWeek(now.value, now.interval, current.responses) : m.customerNone}{' '}
        {previous.satisfaction
          ? m.customerPrevious(
              formatNumber(props.locale, previous.satisfaction.value),
              previous.responses,
              change === null ? undefined : formatChange(props.locale, change),
            )
          : m.customerPreviousNone}
      </Text>
    </>
  );
}

function WellbeingPart(props: { locale: Locale; team: TeamDigest; week: string }) {
  const { locale } = props;
  const m = managerDigestMessages[locale];
  const w = props.team.wellbeing;
  let reading: string;
  if (w.state === 'shown') {
    const { value, interval } = indexText(locale, w.wellbeing);
    const window = w.window.kind === 'week' ? undefined : m.windowName(w.window, digestDate(locale));
    reading = m.wellbeingShown(formatWeek(locale, w.week), value, interval, w.respondents, window);
    if (w.change !== null) reading += ` ${m.wellbeingChange(formatChange(locale, w.change))}`;
  } else if (w.state === 'hidden') {
    reading = m.wellbeingHidden(formatWeek(locale, w.week), w.k);
  } else {
    reading = m.wellbeingNotPublished;
  }
  const publishedFrom = formatDate(
    locale,
    new Date(mondayOfIsoWeek(props.week).getTime() + publicationDelayDays * 86_400_000),
  );
  const later = w.state === 'not-published' || w.week < props.week;
  return (
    <>
      <Text style={labelStyle}>{m.wellbeingHeading}</Text>
      <Text style={paragraphStyle}>
        {later ? `${reading} ${m.wellbeingLater(formatWeek(locale, props.week), publishedFrom)}` : reading}
      </Text>
    </>
  );
}

function AlertsPart(props: { locale: Locale; team: TeamDigest; publicBaseUrl: string; accent: string }) {
  const m = managerDigestMessages[props.locale];
  return (
    <>
      <Text style={labelStyle}>{m.alertsHeading}</Text>
      {props.team.alerts.length === 0 ? (
        <Text style={paragraphStyle}>{m.alertsNone}</Text>
      ) : (
        props.team.alerts.map((alert) => (
          <Text key={`${alert.kind}-${JSON.stringify(alert.message.params)}`} style={paragraphStyle}>
            {alertReading(alert.message, props.locale)}{' '}
            <Link
              href={alertPageUrl(props.publicBaseUrl, props.team.teamId, alert.kind)}
              style={{ color: props.accent }}
            >
              {m.alertLink}
            </Link>
          </Text>
        ))
      )}
    </>
  );
}

/**
 * The weekly digest of a team manager: for each team they lead, last week's customer
 * satisfaction against the week before, the latest published advisor wellbeing (or why there is
 * none), the team's alerts with a link to each explanation, and a link to the team page.
 */
export function ManagerDigestEmail(props: ManagerDigestEmailProps) {
  const { locale, week, teams } = props.digest;
  const m = managerDigestMessages[locale];
  return (
    <EmailLayout
      locale={locale}
      brand={props.brand}
      preheader={m.preheader(teams.length)}
      footer={<FooterText>{m.footer(props.k)}</FooterText>}
    >
      <Heading
        as="h1"
        style={{
          margin: '0 0 12px',
          fontSize: '22px',
          lineHeight: '30px',
          fontWeight: 700,
          color: emailColors.ink,
        }}
      >
        {m.heading(week)}
      </Heading>
      <Text style={{ ...paragraphStyle, color: emailColors.muted }}>{m.intro}</Text>
      {teams.map((team) => (
        <Section
          key={team.teamId}
          style={{ borderTop: `1px solid ${emailColors.line}`, marginTop: '16px', paddingTop: '8px' }}
        >
          <Heading
            as="h2"
            style={{ margin: '8px 0 4px', fontSize: '18px', lineHeight: '26px', color: emailColors.ink }}
          >
            {team.teamName}
          </Heading>
          <CustomerPart locale={locale} team={team} />
          <WellbeingPart locale={locale} team={team} week={week} />
          <AlertsPart
            locale={locale}
            team={team}
            publicBaseUrl={props.publicBaseUrl}
            accent={props.brand.accent}
          />
          <Section style={{ padding: '12px 0 4px' }}>
            <Button
              href={teamPageUrl(props.publicBaseUrl, team.teamId)}
              style={buttonStyle(props.brand.accent)}
            >
              {m.teamLink}
            </Button>
          </Section>
        </Section>
      ))}
    </EmailLayout>
  );
}
