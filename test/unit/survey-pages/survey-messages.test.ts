import { describe, expect, it } from 'vitest';
import { type SurveyMessages, surveyMessages } from '../../../shared/i18n/survey-messages.js';
import { channels } from '../../../shared/roster/index.js';

/** Every string the messages can produce, functions called with sample arguments. */
function allStrings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return allStrings(value(2, 5, 'Marie'), `${path}()`);
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => allStrings(v, path ? `${path}.${k}` : k));
  return [];
}

function shape(value: unknown): unknown {
  if (Array.isArray(value)) return 'array';
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  return typeof value;
}

describe('survey messages', () => {
  const fr = surveyMessages('fr');
  const en = surveyMessages('en');

  it('has the same messages in both locales, none empty', () => {
    expect(shape(fr)).toEqual(shape(en));
    for (const m of [fr, en] as SurveyMessages[]) {
      for (const [path, text] of allStrings(m)) expect(text.trim(), path).not.toBe('');
    }
  });

  it('names every channel in both locales', () => {
    for (const channel of channels) {
      expect(fr.channels[channel]).toBeTruthy();
      expect(en.channels[channel]).toBeTruthy();
    }
    expect(fr.channels.phone).toBe('téléphone');
    expect(fr.customer.intro('Marie', 'email')).toContain('avec Marie par e-mail');
    expect(en.customer.intro('Marie', 'social')).toContain('with Marie on social media');
  });

  it('writes French with typographic apostrophes and no-break spaces before high punctuation', () => {
    for (const [path, text] of allStrings(fr)) {
      expect(text, path).not.toContain("'");
      expect(text, path).not.toMatch(/ [:?!;»]|« /);
    }
    expect(fr.customer.heading('Marie')).toBe('Votre avis sur votre échange avec Marie');
    expect(fr.errors.customer.comment).toBe('Votre commentaire doit faire 2\u202f000 caractères au plus.');
  });

  it('writes English without French spacing', () => {
    for (const [path, text] of allStrings(en)) expect(text, path).not.toMatch(/[\u00a0\u202f]/);
  });
});
