/** One `name=value` of a Cookie header, with the text it came from. */
interface CookiePair {
  name: string;
  value: string;
  text: string;
}

/** The pairs of a Cookie header as the server reads them: names and values trimmed, a pair without "=" a bare name. */
export function cookiePairs(cookieHeader: string): CookiePair[] {
  return cookieHeader.split(';').map((text) => {
    const eq = text.indexOf('=');
    return eq === -1
      ? { name: text.trim(), value: '', text }
      : { name: text.slice(0, eq).trim(), value: text.slice(eq + 1).trim(), text };
  });
}

/** The value of one cookie (the first, as browsers send the most specific path first). */
export function cookieValue(cookieHeader: string, name: string): string | undefined {
  return cookiePairs(cookieHeader).find((pair) => pair.name === name && pair.text.includes('='))?.value;
}

/** The Cookie header without the named cookies. */
export function withoutCookies(cookieHeader: string, names: readonly string[]): string {
  return cookiePairs(cookieHeader)
    .filter((pair) => !names.includes(pair.name))
    .map((pair) => pair.text)
    .join(';')
    .trim();
}
