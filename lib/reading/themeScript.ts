import { TEXT_SIZE_KEY } from './textSize';

/**
 * The one inline script of readers' pages (`<script data-own-script="theme">` in app/layout.tsx): applies the stored
 * theme and story text size before first paint, so there is no flash of the wrong theme and no jump in the text.
 * A constant: no content or request data reaches it, which is what makes it safe as raw HTML and hashable for a CSP.
 */
export const THEME_SCRIPT =
  `try{var d=document.documentElement,t=localStorage.getItem('theme'),s=localStorage.getItem('${TEXT_SIZE_KEY}');` +
  `if(t==='dark'||t==='light')d.dataset.theme=t;` +
  `if(s==='larger'||s==='largest')d.dataset.textSize=s}catch(e){}`;
