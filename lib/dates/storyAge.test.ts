import { describe, expect, it } from 'vitest';
import { storyAge } from './storyAge';

const now = new Date('2026-11-27T12:00:00Z');

describe('storyAge', () => {
  it('says nothing about a story within the threshold', () => {
    expect(storyAge(new Date('2026-01-01T09:00:00Z'), now, 365, 'Europe/London')).toBeNull();
    expect(storyAge(new Date('2025-11-27T12:00:00Z'), now, 365, 'Europe/London')).toBeNull();
  });

  it('counts whole years past the threshold', () => {
    expect(storyAge(new Date('2025-11-20T09:00:00Z'), now, 365, 'Europe/London')).toEqual({
      text: 'This story is more than 1 year old',
      year: '2025',
    });
    expect(storyAge(new Date('2024-06-03T09:00:00Z'), now, 365, 'Europe/London')).toEqual({
      text: 'This story is more than 2 years old',
      year: '2024',
    });
  });

  it('names the month when the threshold is under a year', () => {
    expect(storyAge(new Date('2026-03-10T09:00:00Z'), now, 90, 'Europe/London')).toEqual({
      text: 'This story is from March 2026',
      year: '2026',
    });
  });

  it('takes month and year in the newsroom time zone', () => {
    expect(storyAge(new Date('2025-12-31T23:30:00Z'), now, 30, 'Asia/Tokyo')).toEqual({
      text: 'This story is from January 2026',
      year: '2026',
    });
  });
});
