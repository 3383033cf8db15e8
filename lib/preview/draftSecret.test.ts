import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftSecret, draftSecretState } from './draftSecret';

afterEach(() => vi.unstubAllEnvs());

describe('draft secret', () => {
  it('is read from DRAFT_SECRET on every call, whatever the shell that started the tests set', () => {
    vi.stubEnv('DRAFT_SECRET', undefined);
    expect(draftSecretState()).toBe('off');
    expect(draftSecret()).toBeUndefined();
    vi.stubEnv('DRAFT_SECRET', 'short-secret');
    expect(draftSecretState()).toBe('too-short');
    expect(draftSecret()).toBeUndefined();
    vi.stubEnv('DRAFT_SECRET', 'k'.repeat(40));
    expect(draftSecretState()).toBe('ok');
    expect(draftSecret()).toBe('k'.repeat(40));
  });
});
