// Search and related indexes are built by generators that yield between slices of work, so a server can build them
// without holding up other readers, and a script or benchmark can build them in one go.

/** A build's steps (a generator that yields between slices of work), run to its result at once. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same, with the event loop free between the steps. */
export async function runStepsInSlices<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
