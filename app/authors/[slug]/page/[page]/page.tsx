export { default, generateMetadata } from '../../page';

// Page 2 onwards renders on first request and is then cached (ISR): at 10,000 stories, prerendering it all would add
// thousands of rarely read pages to the build.
export function generateStaticParams(): { slug: string; page: string }[] {
  return [];
}
