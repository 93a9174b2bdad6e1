/**
 * Numbers as the export files write them: the shortest decimal that reads back to the same
 * double (ECMAScript Number::toString), without exponent notation, so `1e-7` is written
 * `0.0000001` and any CSV reader or spreadsheet sees a plain number. `-0` is written `0`.
 */
export function plainDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const shortest = String(value === 0 ? 0 : value);
  const exponent = /^(-?)(\d)(?:\.(\d+))?e([+-])(\d+)$/.exec(shortest);
  if (!exponent) return shortest;
  const [, sign = '', lead = '', fraction = '', direction, power = '0'] = exponent;
  const digits = lead + fraction;
  const shift = Number(power);
  return direction === '-'
    ? `${sign}0.${'0'.repeat(shift - 1)}${digits}`
    : `${sign}${digits}${'0'.repeat(shift - fraction.length)}`;
}

/** `-12.305` → { units: -12305n, scale: 3 }: the exact value of a plain decimal string. */
function scaled(decimal: string): { units: bigint; scale: number } {
  const [whole = '0', fraction = ''] = decimal.split('.');
  const negative = whole.startsWith('-');
  const magnitude = BigInt(whole.replace('-', '') + fraction);
  return { units: negative ? -magnitude : magnitude, scale: fraction.length };
}

/**
 * The exact sum of numbers as the files write them (decimal arithmetic on their plain
 * decimals), so a total of 0.1 and 0.2 is 0.3, the sum a reader of the CSV finds, and does not
 * depend on the order of the rows.
 */
export function exactDecimalSum(values: readonly number[]): string {
  const parts = values.map((v) => scaled(plainDecimal(v)));
  const scale = Math.max(0, ...parts.map((p) => p.scale));
  const total = parts.reduce((sum, p) => sum + p.units * 10n ** BigInt(scale - p.scale), 0n);
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  const sign = negative ? '-' : '';
  return fraction ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}
