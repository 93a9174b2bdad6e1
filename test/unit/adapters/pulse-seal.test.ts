import { describe, expect, it } from 'vitest';
import { aesPulseSeal, sealedPlaintextBytes } from '../../../functions/adapters/pulse/pulse-seal.js';
import type { SealedPulseContent } from '../../../functions/services/ports/pulse-seal.port.js';
import { maxListIdLength, maxToolsAndMethods } from '../../../shared/logics/logics-lists.schema.js';
import { waysOfWorkingModule } from '../../../shared/logics/ways-of-working-module.js';
import { workModes } from '../../../shared/roster/advisor.schema.js';
import { pulseBank } from '../../../shared/surveys/pulse-bank.js';

const seal = aesPulseSeal('a-test-secret-of-enough-length-0123456789');

/** 12 tools with the longest ids the admin list accepts. */
const longestTools = Array.from({ length: maxToolsAndMethods }, (_, i) => ({
  id: `t${String(i).padStart(2, '0')}-${'x'.repeat(maxListIdLength - 4)}`,
  kind: 'tool' as const,
  name: { fr: 'Outil', en: 'Tool' },
}));

function everyItemAnswered(): Record<string, number> {
  const answers: Record<string, number> = {};
  for (const item of pulseBank) answers[item.id] = item.scale.max;
  for (const item of waysOfWorkingModule(longestTools)) answers[item.id] = item.scale.max;
  return answers;
}

const longestMode = [...workModes].sort((a, b) => b.length - a.length)[0] ?? workModes[0];

describe('the pulse seal', () => {
  it('seals the worst case: every pulse item, the whole module with 12 tools, a 1,000-character comment of 3-byte characters or of escaped quotes', async () => {
    expect(longestTools[0]?.id).toHaveLength(maxListIdLength);
    expect(waysOfWorkingModule(longestTools)).toHaveLength(17 + 12);
    const answers = everyItemAnswered();
    for (const comment of ['€'.repeat(1000), '"'.repeat(1000), '\\'.repeat(1000), '\n'.repeat(1000)]) {
      const content: SealedPulseContent = { workMode: longestMode, answers, comment };
      const bytes = Buffer.byteLength(JSON.stringify(content), 'utf8');
      expect(bytes).toBeLessThanOrEqual(sealedPlaintextBytes);
      expect(await seal.open(await seal.seal(content))).toEqual(content);
    }
    console.log(
      `worst sealed plaintext: ${Buffer.byteLength(JSON.stringify({ workMode: longestMode, answers, comment: '€'.repeat(1000) }))} of ${sealedPlaintextBytes} bytes`,
    );
  });

  it('every sealed answer has the same length: one item, a module week, a long comment, none', async () => {
    const module = Object.fromEntries(waysOfWorkingModule(longestTools).map((i) => [i.id, 3]));
    const contents: SealedPulseContent[] = [
      { workMode: 'on-site', answers: { 'wellbeing-week': 4 } },
      { workMode: longestMode, answers: { 'wellbeing-week': 2, enps: 9, ...module } },
      { workMode: longestMode, answers: everyItemAnswered(), comment: '😓'.repeat(500) },
      { workMode: 'on-site', answers: {}, comment: 'Ça va.' },
    ];
    const lengths = await Promise.all(contents.map(async (c) => (await seal.seal(c)).length));
    expect(new Set(lengths).size).toBe(1);
  });

  it('refuses to seal what would not fit, rather than seal a longer answer', async () => {
    await expect(
      seal.seal({ workMode: 'on-site', answers: {}, comment: '€'.repeat(sealedPlaintextBytes) }),
    ).rejects.toThrow('too large');
  });
});
