import { describe, expect, it } from 'vitest';
import { LongarmError } from '../errors.js';
import { nationalitiesOf, parseProfile } from './profile.js';

describe('profile validation', () => {
  it('accepts an empty profile: nothing known', () => {
    expect(parseProfile({})).toEqual({});
  });

  it.each([
    [{ nationalities: ['China'] }, 'nationalities.0'],
    [{ nationality: 'QQ' }, 'nationality'],
    [{ charges: [{ category: 'jaywalking' }] }, 'charges.0.category'],
    [{ detention: { in_custody: true, since: '2025-13' } }, 'detention.since'],
    [{ asylum: { status: 'maybe' } }, 'asylum.status'],
    [{ politcal_activity: true }, '(root)'],
    [{ detention: { months: 3 } }, 'detention.in_custody'],
  ])('names the bad field: %j → %s', (input, field) => {
    try {
      parseProfile(input, 'p.json');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LongarmError);
      expect((e as LongarmError).code).toBe('invalid_input');
      expect((e as LongarmError).message).toContain(`field "${field}"`);
      expect((e as LongarmError).details.file).toBe('p.json');
    }
  });

  it('merges nationality and nationalities', () => {
    expect(nationalitiesOf(parseProfile({ nationality: 'TW', nationalities: ['CN', 'TW'] }))).toEqual(['TW', 'CN']);
  });
});

describe('assess request body', () => {
  it('accepts codes, a profile and a date, and rejects unknown keys', async () => {
    const { AssessRequestSchema } = await import('./profile.js');
    expect(
      AssessRequestSchema.safeParse({ host: 'rs', requesting: 'CN', profile: { groups: ['uyghur'] }, as_of: '2025-06' })
        .success,
    ).toBe(true);
    expect(AssessRequestSchema.safeParse({ host: 'Serbia', requesting: 'CN' }).success).toBe(false);
    expect(AssessRequestSchema.safeParse({ host: 'RS', requesting: 'CN', role: 'admin' }).success).toBe(false);
  });
});
