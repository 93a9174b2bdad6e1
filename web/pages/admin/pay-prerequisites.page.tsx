import type { Viewer } from '../../../shared/access/index.js';
import type { PayPrerequisites } from '../../../shared/pay/pay-prerequisites.js';
import type { Locale } from '../../../shared/roster/index.js';
import { SavedNotice } from '../../components/saved-notice.js';
import { SignedInLayout } from '../../components/signed-in-layout.js';
import { payMessages } from '../pay/pay-messages.js';
import { PayProblemList } from '../pay/pay-problem-list.js';

const words: Record<
  Locale,
  {
    title: string;
    law: string;
    recordedBy: (who: string, at: string) => string;
    problems: string;
    saved: string;
  }
> = {
  fr: {
    title: 'Rémunération variable : consultation et information',
    law: 'Les indicateurs de rémunération ne peuvent être activés qu’une fois le CSE consulté et les conseillers informés (Code du travail, articles L1222-3, L1222-4 et L2312-38). Enregistrez ici les dates auxquelles c’est fait ; la RH active ensuite les indicateurs.',
    recordedBy: (who, at) => `Enregistrées par ${who} le ${at}.`,
    problems: 'La demande est refusée :',
    saved: 'Dates enregistrées.',
  },
  en: {
    title: 'Variable pay: consultation and information',
    law: 'Pay indicators can be enabled only once the staff representatives (CSE) have been consulted and advisors informed (French labour code L1222-3, L1222-4 and L2312-38). Record here the dates on which this happened; HR then enables the indicators.',
    recordedBy: (who, at) => `Recorded by ${who} on ${at}.`,
    problems: 'The request is refused:',
    saved: 'Dates saved.',
  },
};

export interface PayPrerequisitesPageProps {
  readonly viewer: Viewer;
  readonly prerequisites: PayPrerequisites | undefined;
  readonly values?: { readonly cseConsultedOn?: string; readonly advisorsInformedOn?: string } | undefined;
  readonly problems?: readonly { readonly path: string; readonly message: string }[] | undefined;
  /** Back from a save: a notice says the dates were saved. */
  readonly saved?: boolean | undefined;
}

/** The admin records the CSE consultation and advisors' information dates (the gate before pay). */
export function PayPrerequisitesPage(props: PayPrerequisitesPageProps) {
  const locale = props.viewer.locale;
  const t = payMessages[locale];
  const w = words[locale];
  const p = props.prerequisites;
  const value = (name: 'cseConsultedOn' | 'advisorsInformedOn') => props.values?.[name] ?? p?.[name] ?? '';
  return (
    <SignedInLayout viewer={props.viewer} title={w.title}>
      <h1>{w.title}</h1>
      <p>{w.law}</p>
      <SavedNotice text={props.saved ? w.saved : undefined} />
      <PayProblemList locale={locale} problems={props.problems} intro={w.problems} />
      <section class="card">
        <dl>
          <dt>{t.cseConsultedOn}</dt>
          <dd>{p?.cseConsultedOn ?? t.notRecorded}</dd>
          <dt>{t.advisorsInformedOn}</dt>
          <dd>{p?.advisorsInformedOn ?? t.notRecorded}</dd>
        </dl>
        {p && <p>{w.recordedBy(p.recordedBy, p.recordedAt.slice(0, 10))}</p>}
        <p>{p?.payEnabledAt ? t.payEnabled(p.payEnabledAt.slice(0, 10)) : t.payDisabled}</p>
        <form method="post" action="/admin/pay-prerequisites">
          <label for="cseConsultedOn">{t.cseConsultedOn}</label>
          <input
            type="date"
            id="cseConsultedOn"
            name="cseConsultedOn"
            value={value('cseConsultedOn')}
            required
          />
          <label for="advisorsInformedOn">{t.advisorsInformedOn}</label>
          <input
            type="date"
            id="advisorsInformedOn"
            name="advisorsInformedOn"
            value={value('advisorsInformedOn')}
            required
          />
          <p>
            <button type="submit">{t.record}</button>
          </p>
        </form>
      </section>
    </SignedInLayout>
  );
}
