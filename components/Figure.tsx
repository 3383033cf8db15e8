import { ResponsiveImage } from './ResponsiveImage';

interface FigureProps {
  src: string;
  alt: string;
  width: number;
  height: number;
  caption?: string;
  credit?: string;
  priority?: boolean;
  sizes?: string;
}

export function Figure({ caption, credit, sizes = '(min-width: 1024px) 720px, 100vw', ...image }: FigureProps) {
  return (
    <figure className="not-prose my-6">
      <ResponsiveImage {...image} sizes={sizes} className="h-auto w-full bg-panel" />
      {(caption || credit) && (
        <figcaption className="mt-2 font-sans text-sm leading-snug text-muted">
          {caption}
          {credit && <span className="ml-1 text-xs uppercase tracking-wide">{credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
