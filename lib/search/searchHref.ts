/** The URL of a search page. Defaults are left out so links stay short and identical searches share one URL. */
export function searchHref({ q, section, page = 1 }: { q: string; section?: string; page?: number }): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (section) params.set('section', section);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/search?${query}` : '/search';
}
