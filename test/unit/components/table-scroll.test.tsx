import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TableScroll } from '../../../web/components/table-scroll.js';

const web = join(import.meta.dirname, '../../../web');

describe('TableScroll, the scroll region of a table wider than the screen', () => {
  it('is focusable and a region named by its label', () => {
    const html = String(
      <TableScroll label="Semaine après semaine">
        <table />
      </TableScroll>,
    );
    expect(html).toBe(
      '<div class="table-scroll" role="region" aria-label="Semaine après semaine" tabindex="0"><table></table></div>',
    );
  });

  it('can be named by an element of the page, and keep a class of its own', () => {
    const html = String(
      <TableScroll labelledBy="drivers-heading" class="card">
        <table />
      </TableScroll>,
    );
    expect(html).toContain('class="table-scroll card"');
    expect(html).toContain('aria-labelledby="drivers-heading"');
    expect(html).toContain('tabindex="0"');
    expect(html).not.toContain('aria-label=');
  });

  it('is the only way pages make a table scroll: no page writes the scroll class itself', () => {
    const offenders: string[] = [];
    let uses = 0;
    for (const entry of readdirSync(web, { recursive: true, encoding: 'utf8' })) {
      if (!entry.endsWith('.tsx') || entry.endsWith('table-scroll.tsx')) continue;
      const source = readFileSync(join(web, entry), 'utf8');
      uses += source.match(/<TableScroll\s/g)?.length ?? 0;
      if (/class=["{`][^>]*table-scroll/.test(source)) offenders.push(entry);
    }
    expect(offenders).toEqual([]);
    expect(uses).toBeGreaterThanOrEqual(15);
  });
});
