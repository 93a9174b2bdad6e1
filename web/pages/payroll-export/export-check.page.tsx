import type { Viewer } from '../../../shared/access/index.js';
import { SignedInLayout } from '../../components/signed-in-layout.js';
import { type PayProblem, PayProblemList } from '../pay/pay-problem-list.js';
import { payrollExportMessages } from './payroll-export-messages.js';

export interface ExportCheckPageProps {
  readonly viewer: Viewer;
  readonly quarter: string;
  readonly revision: number;
  readonly result?:
    | {
        readonly verdict: 'matches' | 'differs';
        readonly name?: string;
        readonly sha256: string;
        readonly bytes: number;
        readonly expected?: readonly { readonly name: string; readonly sha256: string }[];
      }
    | undefined;
  readonly problems?: readonly PayProblem[] | undefined;
}

/** The verdict of checking a file against a closed revision's manifest. */
export function ExportCheckPage(props: ExportCheckPageProps) {
  const t = payrollExportMessages[props.viewer.locale];
  const title = t.resultTitle(props.quarter, props.revision);
  const r = props.result;
  return (
    <SignedInLayout viewer={props.viewer} title={title}>
      <h1>{title}</h1>
      <PayProblemList locale={props.viewer.locale} problems={props.problems} intro={t.problems} />
      {r && (
        <section class="card" role="status" data-verdict={r.verdict}>
          <p>
            <strong>{r.verdict === 'matches' ? t.matches(r.name ?? '') : t.differs}</strong>
          </p>
          <p>{t.yourFile(r.bytes, r.sha256)}</p>
          {r.expected && (
            <>
              <p>{t.expected}</p>
              <ul>
                {r.expected.map((f) => (
                  <li>
                    {f.name}: <code>{f.sha256}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      <p>
        <a href={`/pay/quarters/${props.quarter}`}>{t.back}</a>
      </p>
    </SignedInLayout>
  );
}
