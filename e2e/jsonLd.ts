import type { APIRequestContext } from '@playwright/test';

export type Ld = Record<string, any>;

/** Every JSON-LD item a page carries, as a crawler reads them from the served HTML. */
export async function jsonLd(request: APIRequestContext, url: string): Promise<Ld[]> {
  const html = await (await request.get(url)).text();
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].flatMap((m) => {
    const data = JSON.parse(m[1]!);
    return Array.isArray(data) ? data : [data];
  });
}
