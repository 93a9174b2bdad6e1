import { threatModelMessages } from '../../../shared/i18n/threat-model-messages.js';
import type { Locale } from '../../../shared/roster/index.js';
import { SurveyLayout } from '../survey/survey-layout.js';

/** The plain threat model advisors reach from their pulse email: who sees what, who never learns what. */
export function ThreatModelPage(props: { locale: Locale }) {
  const m = threatModelMessages[props.locale];
  return (
    <SurveyLayout locale={props.locale} title={m.title}>
      <h1>{m.title}</h1>
      {m.intro.map((sentence) => (
        <p class="lead">{sentence}</p>
      ))}
      {m.readers.map((reader) => (
        <section class="promise" id={reader.id}>
          <h2>{reader.who}</h2>
          <p>
            <strong>{m.seesLabel}</strong> {reader.sees}
          </p>
          <p>
            <strong>{m.neverLabel}</strong> {reader.neverLearns}
          </p>
        </section>
      ))}
      <h2>{m.howHeading}</h2>
      {m.how.map((sentence) => (
        <p>{sentence}</p>
      ))}
    </SurveyLayout>
  );
}
