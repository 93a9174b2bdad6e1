import type { Child } from 'hono/jsx';

/** A refused form field as the pages show it: the field's name and what is wrong, worded. */
export interface ShownProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * The problems of a refused form at the top of the page, announced by screen readers
 * (role "alert"), one line each. `line` words a problem; by default the field's name in code,
 * its label in brackets when `labels` has one, then the message.
 */
export function ProblemList<P extends ShownProblem>(props: {
  readonly problems: readonly P[] | undefined;
  readonly intro?: string | undefined;
  readonly labels?: Readonly<Record<string, string>> | undefined;
  readonly line?: ((problem: P) => Child) | undefined;
}) {
  if (!props.problems || props.problems.length === 0) return null;
  const line =
    props.line ??
    ((p: P) => {
      const label = props.labels?.[p.path];
      return (
        <>
          <code>{p.path}</code>
          {label ? ` (${label})` : ''}: {p.message}
        </>
      );
    });
  return (
    <div class="card problems" role="alert">
      {props.intro && <p>{props.intro}</p>}
      <ul>
        {props.problems.map((p) => (
          <li>{line(p)}</li>
        ))}
      </ul>
    </div>
  );
}
