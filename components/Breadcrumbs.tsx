export function Breadcrumbs({ items }: { items: { name: string; href?: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-2 font-sans text-sm text-muted sm:mb-3">
      <ol className="flex flex-wrap gap-x-2">
        {items.map((item, i) => (
          // The current page is the headline just below: on a phone its second copy would push the story down.
          <li key={item.name} className={item.href ? 'flex gap-x-2' : 'hidden gap-x-2 sm:flex'}>
            {i > 0 && <span aria-hidden="true">›</span>}
            {item.href ? (
              <a href={item.href} className="hover:underline">
                {item.name}
              </a>
            ) : (
              <span aria-current="page">{item.name}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
