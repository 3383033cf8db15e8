import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';

export type ImageSizeOf = (src: string) => { width: number; height: number } | null;

/** Pixel sizes of images under `public/`, each file read once; null when missing or not an image. */
export function imageSizeReader(publicDir: string): ImageSizeOf {
  const sizes = new Map<string, { width: number; height: number } | null>();
  return (src) => {
    if (!sizes.has(src)) {
      try {
        const { width, height } = imageSize(fs.readFileSync(path.join(publicDir, src)));
        sizes.set(src, width && height ? { width, height } : null);
      } catch {
        sizes.set(src, null);
      }
    }
    return sizes.get(src) ?? null;
  };
}
