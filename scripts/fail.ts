/** Prints `message` to stderr and exits with status 1: how the command-line scripts stop on bad input. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
