// The one inline script of ours on readers' pages, in a module of its own so that app/layout.tsx renders it and
// security-headers.mjs lists its hash in the readers' Content-Security-Policy: the two can never disagree. Plain
// JavaScript, because next.config.js (plain Node) imports the headers.

/**
 * Applies the stored theme and story text size before first paint, so there is no flash of the wrong theme and no
 * jump in the text. The text size's storage key is TEXT_SIZE_KEY (lib/reading/textSize.ts; its test checks they
 * agree). A constant: no content or request data reaches it, which is what makes it safe as raw HTML.
 */
export const THEME_SCRIPT =
  `try{var d=document.documentElement,t=localStorage.getItem('theme'),s=localStorage.getItem('text-size');` +
  `if(t==='dark'||t==='light')d.dataset.theme=t;` +
  `if(s==='larger'||s==='largest')d.dataset.textSize=s}catch(e){}`;
