import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/** What the server sends for a component, classes included (for the few that carry meaning). */
export function rawMarkup(element: ReactElement): string {
  return renderToStaticMarkup(element);
}

/**
 * What the server sends for a component, without its class attributes: tests assert on elements,
 * text and the attributes readers and screen readers use, so a restyle does not break them.
 */
export function markup(element: ReactElement): string {
  return rawMarkup(element).replace(/ class="[^"]*"/g, '');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", nbsp: ' ' };

/** The text a reader sees, tags dropped and white space collapsed. */
export function readableText(element: ReactElement): string {
  return renderToStaticMarkup(element)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#x27|nbsp);/g, (entity, name: string) => ENTITIES[name] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}
