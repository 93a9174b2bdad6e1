import { TableScroll } from '../../components/table-scroll.js';

/** One column of an editable list: a text box (with its length limit) or a choice among options. */
export interface ListColumn {
  /** The field's name in each row and in the posted names (`{prefix}-{row}-{field}`). */
  readonly field: string;
  readonly header: string;
  readonly maxLength?: number | undefined;
  readonly options?: readonly { readonly value: string; readonly label: string }[] | undefined;
}

export interface EditableListFormProps {
  readonly titleId: string;
  readonly title: string;
  readonly hint: string;
  readonly action: string;
  readonly prefix: string;
  readonly columns: readonly ListColumn[];
  readonly rows: readonly Readonly<Record<string, string>>[];
  /** The row's words for screen readers, from its 1-based number ("Ligne 3"). */
  readonly rowLabel: (n: number) => string;
  readonly save: string;
}

/**
 * A list saved whole from one form: a table with one row per entry (empty rows to add more),
 * each cell a labelled text box or choice named `{prefix}-{row}-{field}`.
 */
export function EditableListForm(props: EditableListFormProps) {
  const label = (i: number, column: ListColumn) => `${props.rowLabel(i + 1)}, ${column.header}`;
  return (
    <>
      <h2 id={props.titleId}>{props.title}</h2>
      <p class="muted">{props.hint}</p>
      <form method="post" action={props.action} aria-labelledby={props.titleId}>
        <TableScroll labelledBy={props.titleId}>
          <table>
            <thead>
              <tr>
                {props.columns.map((column) => (
                  <th scope="col">{column.header}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.rows.map((row, i) => (
                <tr>
                  {props.columns.map((column) => {
                    const name = `${props.prefix}-${i}-${column.field}`;
                    const value = row[column.field] ?? '';
                    return (
                      <td>
                        {column.options ? (
                          <select name={name} aria-label={label(i, column)}>
                            {column.options.map((option) => (
                              <option value={option.value} selected={value === option.value}>
                                {option.label}
                              </option>
                            ))}
                          </select>
                        ) : (
                          <input
                            name={name}
                            value={value}
                            maxlength={column.maxLength}
                            aria-label={label(i, column)}
                          />
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <p>
          <button type="submit">{props.save}</button>
        </p>
      </form>
    </>
  );
}
