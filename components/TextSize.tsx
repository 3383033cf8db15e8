import { type TextSize as Size, TEXT_SIZES } from '@/lib/reading/textSize';
import { IslandScript } from './IslandScript';

const NAME: Record<Size, string> = { default: 'Default text size', larger: 'Larger text', largest: 'Largest text' };
/** Each button's "A" drawn at the size it picks, in rem like the text it scales. */
const SAMPLE: Record<Size, string> = { default: 'text-sm', larger: 'text-base', largest: 'text-lg' };

/**
 * The story text size: three buttons that TextSize.island.ts brings to life. Until then (and without JavaScript) an
 * invisible, inert placeholder of the same size, so nothing moves when it appears and nothing dead shows; the
 * browser's own text size applies either way.
 */
export function TextSize() {
  return (
    <text-size className="mt-3 block" data-print="hide">
      <IslandScript name="text-size" />
      <fieldset className="invisible flex items-center gap-1.5 font-sans text-sm">
        <legend className="sr-only">Text size</legend>
        <span aria-hidden="true" className="mr-1 text-muted">
          Text size
        </span>
        {TEXT_SIZES.map((size) => (
          <button
            key={size}
            type="button"
            disabled
            aria-pressed="false"
            aria-label={NAME[size]}
            data-size={size}
            className={
              `min-h-8 min-w-8 rounded-sm border border-rule px-1.5 leading-none hover:border-ink ` +
              `aria-pressed:border-ink aria-pressed:font-bold ${SAMPLE[size]}`
            }
          >
            A
          </button>
        ))}
      </fieldset>
    </text-size>
  );
}
