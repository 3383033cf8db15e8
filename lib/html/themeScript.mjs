// The one inline script of ours on readers' pages, in a module of its own so that app/layout.tsx renders it and
// security-headers.mjs lists its hash in the readers' Content-Security-Policy: the two can never disagree.

/** Applies a stored theme choice before first paint, so there is no flash of the wrong theme. */
export const THEME_SCRIPT =
  `try{var t=localStorage.getItem('theme');` +
  `if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}`;
