import { MIN_SECRET_LENGTH } from '@/lib/publishing/secretStrength';
import { draftSecretState } from './draftSecret';

/** Says once whether preview is on, and refuses to start with a guessable secret. */
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
