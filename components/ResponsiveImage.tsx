import { getImageProps } from 'next/image';
import { preload } from 'react-dom';

interface ResponsiveImageProps {
  src: string;
  alt: string;
  width: number;
  height: number;
  sizes: string;
  /** The page's largest image: fetched first, never lazily. */
  priority?: boolean;
  className?: string;
}

/**
 * A plain `<img>` with a responsive srcset from Next's image optimiser. getImageProps keeps it a
 * server component, so no image JavaScript reaches the browser.
 */
export function ResponsiveImage({ src, alt, width, height, sizes, priority = false, className }: ResponsiveImageProps) {
  const loading = priority ? 'eager' : 'lazy';
  const { props } = getImageProps({ src, alt, width, height, sizes, quality: 65, loading });
  // The page's LCP image is requested from <head>, before the browser reaches the <img>.
  if (priority)
    preload(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' });
  return <img {...props} alt={alt} className={className} fetchPriority={priority ? 'high' : undefined} />;
}
