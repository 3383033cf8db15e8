import { describe, expect, it } from 'vitest';
import { whenParsed } from './whenParsed';

function documentIn(readyState: DocumentReadyState) {
  const listeners: string[] = [];
  let later: (() => void) | undefined;
  const doc = {
    readyState,
    addEventListener: (type: string, listener: () => void, options?: AddEventListenerOptions) => {
      listeners.push(`${type} once=${options?.once}`);
      later = listener;
    },
  } as unknown as Pick<Document, 'readyState' | 'addEventListener'>;
  return { doc, listeners, fire: () => later?.() };
}

describe('whenParsed', () => {
  it('upgrades at once when the document is parsed', () => {
    for (const state of ['interactive', 'complete'] as const) {
      const { doc, listeners } = documentIn(state);
      let upgraded = 0;
      whenParsed(() => upgraded++, doc);
      expect(upgraded).toBe(1);
      expect(listeners).toEqual([]);
    }
  });

  it('waits for DOMContentLoaded while the parser is still running', () => {
    const { doc, listeners, fire } = documentIn('loading');
    let upgraded = 0;
    whenParsed(() => upgraded++, doc);
    expect(upgraded).toBe(0);
    expect(listeners).toEqual(['DOMContentLoaded once=true']);
    fire();
    expect(upgraded).toBe(1);
  });
});
