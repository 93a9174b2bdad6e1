import { describe, expect, it } from 'vitest';
import { threatModelMessages } from '../../../shared/i18n/threat-model-messages.js';
import { ThreatModelPage } from '../../../web/pages/privacy/threat-model.page.js';

describe.each(['fr', 'en'] as const)('threat model page (%s)', (locale) => {
  const html = String(<ThreatModelPage locale={locale} />);

  it('names every reader with what they see and what they can never learn', () => {
    const m = threatModelMessages[locale];
    expect(m.readers.map((r) => r.id)).toEqual([
      'manager',
      'hr-payroll',
      'admin',
      'integration-key',
      'table-reader',
      'account-administrator',
    ]);
    expect(html).toContain(`lang="${locale}"`);
    for (const reader of m.readers) {
      expect(html).toContain(`id="${reader.id}"`);
      expect(html).toContain(reader.sees.replaceAll('’', '’').slice(0, 30));
    }
    expect(html.match(/<section/g)).toHaveLength(6);
    expect(html).not.toMatch(/<script/i);
  });

  it('states the threshold and the 28-day rule the publication applies', () => {
    const text = JSON.stringify(threatModelMessages[locale]);
    expect(text).toMatch(/5/);
    expect(text).toMatch(/28/);
  });
});
