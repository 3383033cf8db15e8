import type { DetailedHTMLProps, HTMLAttributes } from 'react';

/** The islands' custom elements, as the server components render them (attributes only: no behaviour on the server). */
type IslandElement = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'theme-toggle': IslandElement;
      'text-size': IslandElement;
      'view-beacon': IslandElement & { 'data-slug': string };
      'live-updates': IslandElement & {
        'data-manifest': string;
        'data-page': string;
        'data-poll-seconds': string;
        'data-newest': string;
        'data-count': string;
      };
      'share-actions': IslandElement & { 'data-url': string; 'data-title': string };
    }
  }
}
