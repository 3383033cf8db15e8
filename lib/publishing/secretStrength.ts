/** The one rule for every shared secret (DRAFT_SECRET, REVALIDATE_SECRET): long enough not to be guessed. */
export const MIN_SECRET_LENGTH = 32;

export type SecretState = 'off' | 'ok' | 'too-short';

export function secretState(secret: string | undefined): SecretState {
  if (!secret) return 'off';
  return secret.length >= MIN_SECRET_LENGTH ? 'ok' : 'too-short';
}

/** The secret if it is set and strong enough, otherwise undefined (the feature is off). */
export function usableSecret(secret: string | undefined): string | undefined {
  return secretState(secret) === 'ok' ? secret : undefined;
}
