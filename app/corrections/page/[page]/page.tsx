export { default, generateMetadata } from '../../page';

/** Older pages of the log render on first request and are then cached, like other listings. */
export function generateStaticParams(): { page: string }[] {
  return [];
}
