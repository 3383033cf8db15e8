export { default, generateMetadata } from '../../page';

/**
 * Page 2 onwards of author and topic pages render on first request and are then cached (ISR):
 * at 10,000 stories prerendering them all would add thousands of rarely read pages to the build.
 */
export function generateStaticParams(): { slug: string; page: string }[] {
  return [];
}
