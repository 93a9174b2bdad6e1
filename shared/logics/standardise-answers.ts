/** An item as the logics see it: its id, its role and its answer scale. */
export interface LogicItemRef {
  readonly id: string;
  readonly role: 'profile' | 'evaluated';
  readonly scale: { readonly min: number; readonly max: number };
}

/** One anonymous respondent's module answers, in the order of the items; null = not answered. */
export type AnswerVector = readonly (number | null)[];

export interface ItemSummary {
  readonly mean: number;
  /** Sample standard deviation of the answers given (n − 1); 0 when all agree or fewer than 2. */
  readonly sd: number;
  readonly answered: number;
}

/** Mean and standard deviation of each item over the answers given (missing answers left out). */
export function summariseItems(answers: readonly AnswerVector[], itemCount: number): ItemSummary[] {
  const sum = new Float64Array(itemCount);
  const squares = new Float64Array(itemCount);
  const count = new Float64Array(itemCount);
  for (const vector of answers) {
    for (let j = 0; j < itemCount; j += 1) {
      const value = vector[j];
      if (value === null || value === undefined || !Number.isFinite(value)) continue;
      sum[j] = (sum[j] ?? 0) + value;
      squares[j] = (squares[j] ?? 0) + value * value;
      count[j] = (count[j] ?? 0) + 1;
    }
  }
  return Array.from({ length: itemCount }, (_, j) => {
    const n = count[j] ?? 0;
    const mean = n ? (sum[j] ?? 0) / n : Number.NaN;
    const variance = n > 1 ? ((squares[j] ?? 0) - n * mean * mean) / (n - 1) : 0;
    return { mean, sd: Math.sqrt(Math.max(0, variance)), answered: n };
  });
}

/**
 * The respondents' answers to the chosen items as z-scores: a missing answer takes the item's
 * mean (z = 0), so it pulls a respondent toward no logic; an item everyone answered alike has
 * z = 0 throughout and weighs nothing.
 */
export function standardisedAnswers(
  answers: readonly AnswerVector[],
  columns: readonly number[],
  summaries: readonly ItemSummary[],
): number[][] {
  return answers.map((vector) =>
    columns.map((j) => {
      const value = vector[j];
      const summary = summaries[j];
      if (!summary || summary.sd === 0 || value === null || value === undefined || !Number.isFinite(value))
        return 0;
      return (value - summary.mean) / summary.sd;
    }),
  );
}
