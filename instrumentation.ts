/** Runs once when the server starts (Node runtime only; the check needs process.exit). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { checkDraftSecretAtStart } = await import('./lib/preview/draftSecret');
  checkDraftSecretAtStart();
  if (process.env.REDIS_URL) {
    const { listenForPublishes } = await import('./lib/publishing/contentSync');
    await listenForPublishes();
  }
}
