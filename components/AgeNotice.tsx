import type { StoryAge } from '@/lib/dates/storyAge';

/**
 * Above the headline of an old story. One plain paragraph: a screen reader meets it once, in
 * reading order, with no visually hidden copy and no live region to repeat it.
 */
export function AgeNotice({ age }: { age: StoryAge | null }) {
  if (!age) return null;
  return (
    <p
      data-age-notice
      className="mb-4 inline-block border-l-4 border-kicker bg-panel px-3 py-1.5 font-sans text-sm font-semibold"
    >
      {age.text}
    </p>
  );
}
