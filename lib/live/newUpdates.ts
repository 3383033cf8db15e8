/** The live-updates island's words, kept out of the island so they can be tested without a browser. */

/** "1 new update", "3 new updates": the button a reader presses to see them. */
export function newUpdatesLabel(count: number): string {
  return count === 1 ? '1 new update' : `${count} new updates`;
}

/** "(3) Storm Idris: live · Masthead": the count in the tab's title, as readers know it from other sites. */
export function countedTitle(title: string, count: number): string {
  return count > 0 ? `(${count}) ${title}` : title;
}
