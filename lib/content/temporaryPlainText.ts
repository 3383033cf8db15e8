// TEMPORARY: the door branch provides plainText (from the body's Markdown tree); this file goes at merge.

/** The words a reader sees in an MDX body: tags, link targets, URLs and entities removed, captions kept. */
export function temporaryPlainText(mdx: string): string {
  return mdx
    .replace(
      /<[A-Za-z][^>]*>/g,
      (tag) => [...tag.matchAll(/\b(?:caption|by|title)="([^"]*)"/g)].map((m) => ` ${m[1]} `).join('') || ' ',
    )
    .replace(/<\/[A-Za-z][^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, ' $1 ')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi, ' ')
    .replace(/```[^\n]*|`/g, ' ');
}
