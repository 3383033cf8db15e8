import { describe, expect, it } from 'vitest';
import { draftSecretState, secretMatches } from './draftSecret';

const secret = 'k'.repeat(40);

describe('draft secret', () => {
  it('is off when unset and refused when shorter than 32 characters', () => {
    expect(draftSecretState(undefined)).toBe('off');
    expect(draftSecretState('')).toBe('off');
    expect(draftSecretState('short-secret')).toBe('too-short');
    expect(draftSecretState(secret)).toBe('ok');
  });

  it('matches only the exact secret', () => {
    expect(secretMatches(secret, secret)).toBe(true);
    expect(secretMatches(`${secret}x`, secret)).toBe(false);
    expect(secretMatches(secret.slice(1), secret)).toBe(false);
    expect(secretMatches('', secret)).toBe(false);
    expect(secretMatches(null, secret)).toBe(false);
  });

  it('never matches when preview is off or the secret is too short', () => {
    expect(secretMatches('anything', undefined)).toBe(false);
    expect(secretMatches('short', 'short')).toBe(false);
  });
});
