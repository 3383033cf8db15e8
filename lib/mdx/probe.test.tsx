import { renderToStaticMarkup } from 'react-dom/server';
import { it } from 'vitest';
import { articleStub } from '@/lib/content/testing/articleStub';
import { compileArticle } from '@/lib/mdx/compileArticle';
it('probe', async () => {
  for (const body of ['<br>x</br>', '<img src="/a.jpg" alt="">x</img>', '<Figure src="/images/a.jpg" />', 'a <hr>y</hr>', '<Figure src="/images/a.jpg" alt="x">child</Figure>']) {
    const source = `---\ntitle: x\n---\n${body}`;
    const a = articleStub('x', { source, body, figureSizes: { '/images/a.jpg': { width: 10, height: 10 } } });
    try { console.log('OK', renderToStaticMarkup(await compileArticle(a))); } catch (e) { console.log('THROWS', body, String(e).slice(0, 150)); }
  }
});
