import { MIN_SECRET_LENGTH, secretState, usableSecret } from '@/lib/publishing/secretStrength';

/** Read on every call, not at import: a rotated secret takes effect without a rebuild. */
export const draftSecretState = () => secretState(process.env.DRAFT_SECRET);

/** DRAFT_SECRET when preview is on, otherwise undefined. */
export const draftSecret = () => usableSecret(process.env.DRAFT_SECRET);

/** Says once whether preview is on, and refuses to start with a guessable secret (instrumentation.ts). */
export function checkDraftSecretAtStart() {
  const state = draftSecretState();
  if (state === 'off') console.info('[preview] DRAFT_SECRET is not set: preview is off and /api/draft answers 404.');
  if (state === 'too-short') {
    console.error(
      `[preview] DRAFT_SECRET must be at least ${MIN_SECRET_LENGTH} characters; refusing to start. Generate one ` +
        `with: openssl rand -hex 32`,
    );
    process.exit(1);
  }
}
