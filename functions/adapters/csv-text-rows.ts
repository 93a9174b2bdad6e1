import { parse } from 'csv-parse/sync';
import type { ImportRow } from '../services/roster-import.service.js';

/**
 * CSV text with a header line (`;` or `,`, whichever the header uses more, as French Excel
 * writes `;`) into rows that keep their line number for error reports. Throws on text that is
 * not CSV (an unclosed quote, say).
 */
export function csvTextRows(text: string): ImportRow[] {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records = parse(text, {
    columns: true,
    bom: true,
    delimiter,
    skip_empty_lines: true,
    trim: true,
    info: true,
    relax_column_count: true,
  }) as { record: Record<string, string>; info: { lines: number } }[];
  return records.map(({ record, info }) => ({ line: info.lines, cells: record }));
}
