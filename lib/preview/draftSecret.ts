import { createHash, timingSafeEqual } from 'node:crypto';

export const MIN_SECRET_LENGTH = 32;

export type SecretState = 'off' | 'ok' | 'too-short';

export function draftSecretState(secret = process.env.DRAFT_SECRET): SecretState {
  if (!secret) return 'off';
  return secret.length >= MIN_SECRET_LENGTH ? 'ok' : 'too-short';
}

/** Constant-time: both sides are hashed to equal length first, so neither length nor prefix leaks. */
export function secretMatches(given: string | null | undefined, secret = process.env.DRAFT_SECRET): boolean {
  if (!given || draftSecretState(secret) !== 'ok') return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(secret!));
}
