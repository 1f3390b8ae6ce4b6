import Link from "next/link";

/** Previous / next links with "page N of M"; nothing when everything fits on one page. */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-3 pt-2 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className="inline-flex min-h-6 items-center underline underline-offset-2">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-stone-600" aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className="inline-flex min-h-6 items-center underline underline-offset-2">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
