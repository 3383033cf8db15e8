import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTimeOfDay } from './newsroomTime';

describe('newsroom time', () => {
  it('formats winter times in GMT', () => {
    expect(formatDateTime(new Date('2026-11-25T09:30:00Z'), 'Europe/London')).toBe('Wed 25 November 2026, 09:30 GMT');
  });

  it('formats summer times in BST, an hour ahead of UTC', () => {
    expect(formatDateTime(new Date('2026-07-01T12:05:00Z'), 'Europe/London')).toBe('Wed 1 July 2026, 13:05 BST');
  });

  it('puts a late-evening UTC story on the next day in a zone ahead of UTC', () => {
    expect(formatDate(new Date('2026-11-25T23:30:00Z'), 'Europe/Helsinki')).toBe('26 Nov 2026');
    expect(formatDate(new Date('2026-11-25T23:30:00Z'), 'Europe/London')).toBe('25 Nov 2026');
  });

  it('reads a date written with another offset as the same instant', () => {
    expect(formatDateTime(new Date('2026-11-25T10:30:00+01:00'), 'Europe/London')).toBe(
      'Wed 25 November 2026, 09:30 GMT',
    );
  });

  it('gives a live post’s time of day in the newsroom’s zone', () => {
    expect(formatTimeOfDay(new Date('2026-11-25T09:05:00Z'), 'Europe/London')).toBe('09:05 GMT');
    expect(formatTimeOfDay(new Date('2026-07-01T23:30:00Z'), 'Europe/London')).toBe('00:30 BST');
  });
});
