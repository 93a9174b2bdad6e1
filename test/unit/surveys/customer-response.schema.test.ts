import { describe, expect, it } from 'vitest';
import {
  customerAnswerFromForm,
  customerAnswerSchema,
} from '../../../shared/surveys/customer-response.schema.js';

function parseForm(form: Record<string, string | undefined>) {
  return customerAnswerSchema.safeParse(customerAnswerFromForm(form));
}

function failingPaths(form: Record<string, string | undefined>): string[] {
  const result = parseForm(form);
  if (result.success) throw new Error(`form accepted: ${JSON.stringify(result.data)}`);
  return result.error.issues.map((issue) => issue.path.join('.'));
}

describe('customer answer from the survey form', () => {
  it('reads every field of a full answer', () => {
    const result = parseForm({
      satisfaction: '8',
      recommendation: '10',
      resolved: 'yes',
      effort: '2',
      comment: '  Très bon accueil, merci.  ',
    });
    expect(result).toEqual({
      success: true,
      data: {
        satisfaction: 8,
        recommendation: 10,
        resolved: true,
        effort: 2,
        comment: 'Très bon accueil, merci.',
      },
    });
  });

  it('leaves out the fields the customer left empty', () => {
    const result = parseForm({
      satisfaction: '0',
      recommendation: '',
      resolved: '',
      effort: '   ',
      comment: '  ',
    });
    if (!result.success) throw new Error('a satisfaction-only answer is valid');
    expect(result.data.satisfaction).toBe(0);
    for (const field of ['recommendation', 'resolved', 'effort', 'comment'] as const) {
      expect(result.data[field], field).toBeUndefined();
    }
  });

  it('reads resolved as yes → true and no → false, and rejects anything else', () => {
    expect(customerAnswerFromForm({ satisfaction: '5', resolved: 'yes' }).resolved).toBe(true);
    expect(customerAnswerFromForm({ satisfaction: '5', resolved: 'no' }).resolved).toBe(false);
    expect(failingPaths({ satisfaction: '5', resolved: 'maybe' })).toEqual(['resolved']);
  });

  it('requires satisfaction', () => {
    expect(failingPaths({ recommendation: '9' })).toEqual(['satisfaction']);
    expect(failingPaths({ satisfaction: '' })).toEqual(['satisfaction']);
  });

  it('rejects out-of-range and non-integer scores, naming each field', () => {
    expect(failingPaths({ satisfaction: '11' })).toEqual(['satisfaction']);
    expect(failingPaths({ satisfaction: '-1' })).toEqual(['satisfaction']);
    expect(failingPaths({ satisfaction: '7.5' })).toEqual(['satisfaction']);
    expect(failingPaths({ satisfaction: 'huit' })).toEqual(['satisfaction']);
    expect(failingPaths({ satisfaction: '8', recommendation: '11' })).toEqual(['recommendation']);
    expect(failingPaths({ satisfaction: '8', effort: '0' })).toEqual(['effort']);
    expect(failingPaths({ satisfaction: '8', effort: '8' })).toEqual(['effort']);
    expect(failingPaths({ satisfaction: '12', recommendation: '-3', effort: '9' })).toEqual([
      'satisfaction',
      'recommendation',
      'effort',
    ]);
  });

  it('accepts the ends of each scale', () => {
    for (const form of [
      { satisfaction: '0', recommendation: '0', effort: '1' },
      { satisfaction: '10', recommendation: '10', effort: '7' },
    ]) {
      expect(parseForm(form).success).toBe(true);
    }
  });

  it('rejects a comment over 2,000 characters', () => {
    expect(parseForm({ satisfaction: '8', comment: 'a'.repeat(2000) }).success).toBe(true);
    expect(failingPaths({ satisfaction: '8', comment: 'a'.repeat(2001) })).toEqual(['comment']);
  });
});
