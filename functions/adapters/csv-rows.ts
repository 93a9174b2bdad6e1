import { createReadStream, readFileSync } from 'node:fs';
import { parse } from 'csv-parse';
import type { ImportRow } from '../services/roster-import.service.js';

/** French Excel writes `;`: take whichever of `;` and `,` the header line uses more. */
function delimiterOf(path: string): string {
  const header = readFileSync(path, 'utf8').split(/\r?\n/, 1)[0] ?? '';
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** Reads a CSV file with a header line into rows that keep their line number (for error reports). */
export async function readCsvRows(path: string): Promise<ImportRow[]> {
  const rows: ImportRow[] = [];
  const parser = createReadStream(path).pipe(
    parse({
      columns: true,
      bom: true,
      delimiter: delimiterOf(path),
      skip_empty_lines: true,
      trim: true,
      info: true,
      relax_column_count: true,
    }),
  );
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
    rows.push({ line: info.lines, cells: record });
  }
  return rows;
}
