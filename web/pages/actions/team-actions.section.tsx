import {
  type ActionField,
  actionAlertKinds,
  actionFields,
  actionWhatMaxLength,
  actionWhoMaxLength,
  type TeamAction,
} from '../../../shared/actions/action.schema.js';
import { type ActionEffect, actionSides, type SideEffect } from '../../../shared/analytics/action-effect.js';
import type { Locale } from '../../../shared/roster/index.js';
import { styleSheet } from '../../components/style-sheet.js';
import {
  formatChange,
  formatDate,
  formatInterval,
  formatNumber,
  formatWeek,
} from '../../format/locale-format.js';
import { ActionEffectChart } from './action-effect-chart.js';
import { type ActionsMessages, actionsMessages } from './actions-messages.js';

const css = `
.team-actions ol.actions{list-style:none;padding:0;margin:0}
.team-actions li.action{border-top:1px solid var(--line,#d9dee5);padding:.75rem 0}
.team-actions .sides{display:grid;gap:.75rem;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr))}
.team-actions .side h4{margin:.25rem 0}
.team-actions .direction-rose{color:#17663a;font-weight:600}.team-actions .direction-fell{color:#a02a1f;font-weight:600}
.team-actions textarea{width:100%}
.action-effect-chart{max-width:24rem}
.action-effect-chart .grid{stroke:#e3e7ed}
.action-effect-chart .whisker,.action-effect-chart .link{stroke:#1d2430;stroke-width:1.5}
.action-effect-chart .link{stroke-dasharray:3 3}
.action-effect-chart .side-wellbeing circle{fill:#7a3fb0}.action-effect-chart .side-customer circle{fill:#0b5cad}
.action-effect-chart .side-name{font-weight:600}
`;
/** The section's stylesheet (hash-allowed by the CSP); the section renders it itself. */
export const TeamActionsStyle = styleSheet(css);

/** An action with its before/after effect, as the team-actions service lists it. */
export interface TeamActionItem {
  readonly action: TeamAction;
  readonly effect: ActionEffect;
}

/** Why the last form was refused, field by field (paths of the action schema). */
export interface ActionFormProblem {
  readonly path: string;
  readonly message: string;
}

export interface TeamActionsSectionProps {
  readonly locale: Locale;
  readonly teamId: string;
  readonly actions: readonly TeamActionItem[];
  /** Weeks an action may start in, oldest first (the analysed range up to the current week). */
  readonly weeks: readonly string[];
  /** What the form holds: a refused post, or a week and alert to start from. */
  readonly draft?: Readonly<Partial<Record<ActionField, string>>>;
  readonly problems?: readonly ActionFormProblem[];
}

/**
 * Vertical markers for the team's time-series charts: one per action, on the week it starts,
 * labelled with what is done and who carries it.
 */
export function actionMarkers(
  actions: readonly (TeamAction | TeamActionItem)[],
  locale: Locale,
): { week: string; label: string }[] {
  const t = actionsMessages[locale];
  return actions.map((a) => {
    const action = 'action' in a ? a.action : a;
    return { week: action.week, label: t.markerLabel(action.what, action.who) };
  });
}

/** Each refused field once, with its message in the person's language. */
export function localizedProblems(locale: Locale, problems: readonly ActionFormProblem[]) {
  const t = actionsMessages[locale];
  const fields = actionFields.filter((f) => problems.some((p) => p.path === f));
  return fields.map((field) => ({ field, message: t.errors[field] }));
}

function SideReading(props: { locale: Locale; t: ActionsMessages; effect: SideEffect }) {
  const { locale, t, effect } = props;
  if (effect.state === 'too-early')
    return (
      <p class="state too-early">
        {t.tooEarly(formatDate(locale, new Date(effect.readyOn)), effect.weeksPassed, effect.weeksNeeded)}
      </p>
    );
  if (effect.state === 'insufficient') {
    const have = effect.reason === 'too-few-weeks-before' ? effect.weeksBefore : effect.weeksAfter;
    return <p class="state insufficient">{t.insufficient[effect.reason](have, effect.weeksNeeded)}</p>;
  }
  const windowLine = (label: string, w: typeof effect.before) =>
    t.window(
      label,
      formatNumber(locale, w.mean),
      formatInterval(locale, w.low, w.high),
      w.weeks.length,
      w.answers,
    );
  return (
    <>
      <p class="state estimated">
        <span class={`direction-${effect.direction}`}>{t.directions[effect.direction]}</span>
        {' · '}
        {t.change(formatChange(locale, effect.change), formatInterval(locale, effect.low, effect.high))}
      </p>
      <ul>
        <li>{windowLine(t.before, effect.before)}</li>
        <li>{windowLine(t.after, effect.after)}</li>
      </ul>
    </>
  );
}

function ActionForm(props: TeamActionsSectionProps & { t: ActionsMessages }) {
  const { t, locale } = props;
  const draft = props.draft ?? {};
  const chosenWeek = draft.week ?? props.weeks.at(-1);
  const problems = localizedProblems(locale, props.problems ?? []);
  const invalid = (f: ActionField) => problems.some((p) => p.field === f);
  const describedBy = (f: ActionField, hint?: string) =>
    [hint, invalid(f) ? `action-${f}-error` : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <form method="post" action={`/teams/${encodeURIComponent(props.teamId)}/actions`} class="card" novalidate>
      <h3>{t.formTitle}</h3>
      {problems.length > 0 && (
        <div class="problems" role="alert">
          <p>{t.problems}</p>
          <ul>
            {problems.map((p) => (
              <li id={`action-${p.field}-error`}>
                <a href={`#action-${p.field}`}>{p.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <label for="action-what">{t.what}</label>
      <textarea
        id="action-what"
        name="what"
        rows={3}
        maxlength={actionWhatMaxLength}
        required
        aria-invalid={invalid('what') ? 'true' : undefined}
        aria-describedby={describedBy('what', 'action-what-hint')}
      >
        {draft.what ?? ''}
      </textarea>
      <small id="action-what-hint" class="muted">
        {t.whatHint}
      </small>
      <label for="action-who">{t.who}</label>
      <input
        id="action-who"
        name="who"
        maxlength={actionWhoMaxLength}
        required
        value={draft.who ?? ''}
        aria-invalid={invalid('who') ? 'true' : undefined}
        aria-describedby={describedBy('who', 'action-who-hint')}
      />
      <small id="action-who-hint" class="muted">
        {t.whoHint}
      </small>
      <label for="action-week">{t.week}</label>
      <select
        id="action-week"
        name="week"
        aria-invalid={invalid('week') ? 'true' : undefined}
        aria-describedby={describedBy('week')}
      >
        {[...props.weeks].reverse().map((week) => (
          <option value={week} selected={week === chosenWeek}>
            {formatWeek(locale, week)}
          </option>
        ))}
      </select>
      <label for="action-alert">{t.alert}</label>
      <select
        id="action-alert"
        name="alert"
        aria-invalid={invalid('alert') ? 'true' : undefined}
        aria-describedby={describedBy('alert')}
      >
        <option value="">{t.noAlert}</option>
        {actionAlertKinds.map((kind) => (
          <option value={kind} selected={draft.alert === kind}>
            {t.alertNames[kind]}
          </option>
        ))}
      </select>
      <p>
        <button type="submit" class="primary">
          {t.submit}
        </button>
      </p>
    </form>
  );
}

/**
 * The team's actions section (id `actions`): each action with what, who and its week, and for
 * both sides the change from before to after with its 95% interval and state in words, plus a
 * small before/after chart; then the form to record one.
 */
export function TeamActionsSection(props: TeamActionsSectionProps) {
  const t = actionsMessages[props.locale];
  const { locale } = props;
  const ordered = [...props.actions].sort((a, b) => b.action.week.localeCompare(a.action.week));
  return (
    <section id="actions" class="team-actions" aria-labelledby="actions-title">
      <TeamActionsStyle />
      <h2 id="actions-title">{t.title}</h2>
      <p class="muted">{t.intro}</p>
      {ordered.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ol class="actions">
          {ordered.map(({ action, effect }) => (
            <li class="action" id={`action-${action.actionId}`}>
              <h3>{action.what}</h3>
              <p>
                {t.startingWeek(formatWeek(locale, action.week))}, {t.carriedBy(action.who)}.
                {action.alert && <> {t.answersAlert(t.alertNames[action.alert])}.</>}
                <br />
                <small class="muted">
                  {t.recordedBy(action.createdBy, formatDate(locale, new Date(action.createdAt)))}
                </small>
              </p>
              <div class="sides">
                {actionSides.map((side) => (
                  <div class={`side side-${side}`}>
                    <h4>{t.sides[side]}</h4>
                    <SideReading locale={locale} t={t} effect={effect[side]} />
                  </div>
                ))}
              </div>
              <ActionEffectChart locale={locale} effect={effect} />
            </li>
          ))}
        </ol>
      )}
      <p class="muted">
        <small>{t.method}</small>
      </p>
      <ActionForm {...props} t={t} />
    </section>
  );
}
