import type { Locale } from '../../shared/roster/index.js';
import { Layout } from '../components/layout.js';

const messages = {
  fr: {
    lead: 'Satisfaction des clients et bien-être des conseillers, mesurés côte à côte toute l’année, rapprochés par équipe et par période.',
    signIn: 'Se connecter',
    signInHint: 'managers, RH, paie, administrateurs et conseillers',
    privacy: 'Anonymat des conseillers : ce qui est collecté et qui voit quoi',
    api: 'Référence de l’API d’intégration',
    outbox: 'Boîte d’envoi locale',
    outboxHint: 'les emails d’enquête que cette machine aurait envoyés',
  },
  en: {
    lead: 'Customer satisfaction and advisor wellbeing, measured side by side all year round, paired per team and period.',
    signIn: 'Sign in',
    signInHint: 'managers, HR, payroll, administrators and advisors',
    privacy: 'Advisor anonymity: what is collected and who sees what',
    api: 'Integration API reference',
    outbox: 'Local outbox',
    outboxHint: 'the survey emails this machine would have sent',
  },
} satisfies Record<Locale, Record<string, string>>;

/** The signed-out landing page, in the browser's language: sign in, or where to go next. */
export function HomePage(props: { locale: Locale; devTools: boolean }) {
  const t = messages[props.locale];
  return (
    <Layout title="Duopulse" lang={props.locale}>
      <h1>Duopulse</h1>
      <p>{t.lead}</p>
      <ul>
        <li>
          <a href="/auth/sign-in">{t.signIn}</a> ({t.signInHint})
        </li>
        <li>
          <a href={`/privacy?lang=${props.locale}`}>{t.privacy}</a>
        </li>
        <li>
          <a href="/api/v1/docs">{t.api}</a> (<a href="/api/v1/openapi.json">OpenAPI 3.1</a>)
        </li>
        {props.devTools && (
          <li>
            <a href="/dev/outbox">{t.outbox}</a>
            {props.locale === 'fr' ? ' : ' : ': '}
            {t.outboxHint}
          </li>
        )}
      </ul>
    </Layout>
  );
}
