// Types for cache-handler.mjs as its test uses it (Next.js loads the handler itself, untyped).
export default class PageCache {
  constructor(context: { flushToDisk: boolean; serverDistDir: string; maxMemoryCacheSize?: number });
  get(key: string, context: object): Promise<{ value: { html?: unknown } } | null>;
  set(key: string, value: object, context: object): Promise<void>;
  revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void>;
}
