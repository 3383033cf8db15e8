// TEMPORARY: the door branch provides plainText; this test goes at merge (its cases suit the door's own).
import { describe, expect, it } from 'vitest';
import { textTerms } from '@/lib/text/tokenize';
import { temporaryPlainText as plainText } from './temporaryPlainText';

describe('plainText', () => {
  it('removes tags but keeps visible component text', () => {
    const body = [
      '## The wall',
      '<Figure src="/images/stories/x.jpg" alt="Hidden alt" caption="Workers at low tide" credit="Illustration" />',
      '<PullQuote by="Ada Vell, engineer">We finished early.</PullQuote>',
      '<Factbox title="Key facts">',
      '- **Cost:** £2m',
      '</Factbox>',
      'See [the survey](/science/cliff-survey) and https://example.com/path?x=1 &amp; beyond.',
    ].join('\n');
    const text = plainText(body);
    expect(textTerms(text)).toEqual(
      expect.arrayContaining([
        'wall',
        'workers',
        'low',
        'tide',
        'ada',
        'vell',
        'engineer',
        'finished',
        'early',
        'key',
        'facts',
        'cost',
        '2m',
        'survey',
        'beyond',
      ]),
    );
    for (const gone of [
      'figure',
      'src',
      'images',
      'jpg',
      'pullquote',
      'factbox',
      'science',
      'example',
      'https',
      'amp',
      'credit',
      'hidden',
    ]) {
      expect(textTerms(text)).not.toContain(gone);
    }
  });
});
