import type { Child } from 'hono/jsx';

/**
 * A table that may be wider than the screen (375 px phones), in its own horizontal scroll region:
 * focusable so that the keyboard can reach and scroll it (WCAG 2.1.1; axe
 * `scrollable-region-focusable`), and a named region so that a screen reader says which table it
 * holds. `label` is the table's name as read (its caption or heading); `labelledBy` the id of an
 * element that names it, when the page already shows one.
 */
export function TableScroll(
  props: { readonly class?: string; readonly children: Child } & (
    | { readonly label: string; readonly labelledBy?: undefined }
    | { readonly labelledBy: string; readonly label?: undefined }
  ),
) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a scroll box around one table, not a section of the page's outline.
    <div
      class={props.class ? `table-scroll ${props.class}` : 'table-scroll'}
      role="region"
      aria-label={props.label}
      aria-labelledby={props.labelledBy}
      tabindex={0}
    >
      {props.children}
    </div>
  );
}
