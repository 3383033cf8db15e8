import { secretState, usableSecret } from '@/lib/publishing/secretStrength';

/** Read on every call, not at import: a rotated secret takes effect without a rebuild. */
export const draftSecretState = () => secretState(process.env.DRAFT_SECRET);

/** DRAFT_SECRET when preview is on, otherwise undefined. */
export const draftSecret = () => usableSecret(process.env.DRAFT_SECRET);
