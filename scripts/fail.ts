/** Prints `message` to stderr and exits with `status`: how the command-line scripts stop on bad input. */
export function fail(message: string, status = 1): never {
  console.error(message);
  process.exit(status);
}
