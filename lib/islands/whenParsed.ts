/** The part of `document` whenParsed needs (a test passes a stand-in). */
type ParsingDocument = Pick<Document, 'readyState' | 'addEventListener'>;

/**
 * Runs `upgrade` once the document has been parsed. Island modules load `async`, so a custom element
 * can be defined while the parser is still inside it, before its children exist.
 */
export function whenParsed(upgrade: () => void, doc: ParsingDocument = document): void {
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', upgrade, { once: true });
  else upgrade();
}
