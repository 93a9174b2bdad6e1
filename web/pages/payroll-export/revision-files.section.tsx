import type { Locale } from '../../../shared/roster/index.js';
import { payrollExportMessages } from './payroll-export-messages.js';

/** A closed revision's downloads (CSV, JSON, manifest) and the form checking a file against it. */
export function RevisionFilesSection(props: { quarter: string; revision: number; locale: Locale }) {
  const t = payrollExportMessages[props.locale];
  const base = `/pay/quarters/${props.quarter}/revisions/${props.revision}`;
  return (
    <div class="revision-files">
      <h3>{t.downloads(props.revision)}</h3>
      <ul>
        <li>
          <a href={`${base}/files/csv`} download>
            {t.csv}
          </a>
        </li>
        <li>
          <a href={`${base}/files/json`} download>
            {t.json}
          </a>
        </li>
        <li>
          <a href={`${base}/files/manifest`} download>
            {t.manifest}
          </a>
        </li>
      </ul>
      <form method="post" action={`${base}/check`} enctype="multipart/form-data">
        <fieldset>
          <legend>{t.checkTitle}</legend>
          <p>{t.checkHelp}</p>
          <label>
            {t.file} <input type="file" name="file" required />
          </label>{' '}
          <button type="submit">{t.check}</button>
        </fieldset>
      </form>
    </div>
  );
}
