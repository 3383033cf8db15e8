import { describe, expect, it } from 'vitest';
import { secretState, usableSecret } from './secretStrength';

describe('secret strength', () => {
  it('is off when unset, refused when shorter than 32 characters', () => {
    expect(secretState(undefined)).toBe('off');
    expect(secretState('')).toBe('off');
    expect(secretState('k'.repeat(31))).toBe('too-short');
    expect(secretState('k'.repeat(32))).toBe('ok');
  });

  it('is usable only when strong', () => {
    expect(usableSecret('short')).toBeUndefined();
    expect(usableSecret(undefined)).toBeUndefined();
    expect(usableSecret('k'.repeat(40))).toBe('k'.repeat(40));
  });
});
