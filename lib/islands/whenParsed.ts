/**
 * Runs `upgrade` once the document has been parsed. Island modules load `async`, so a custom element
 * can be defined while the parser is still inside it, before its children exist. A test passes a stand-in `doc`.
 */
export function whenParsed(upgrade: () => void, doc: Pick<Document, 'readyState' | 'addEventListener'> = document) {
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', upgrade, { once: true });
  else upgrade();
}
