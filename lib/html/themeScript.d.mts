// Types for themeScript.mjs, which next.config.js's headers and app/layout.tsx both import.
export const THEME_SCRIPT: string;
