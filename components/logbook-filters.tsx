import Link from "next/link";
import { FilterSelect } from "./filter-select";

const STATUS_OPTIONS = [
  { value: "pending", label: "Pending verification" },
  { value: "verified", label: "Verified" },
  { value: "rejected", label: "Rejected" },
  { value: "superseded", label: "Replaced by a correction" },
] as const;

export interface LogbookFilterValues {
  disciplineId?: string | undefined;
  status?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * Filters of a logbook as a plain GET form: they live in the URL (a filtered
 * logbook can be bookmarked or sent), and paging starts over when they change.
 */
export function LogbookFilters({
  disciplines,
  filter,
  clearHref,
  errors,
}: {
  disciplines: { id: string; name: string }[];
  filter: LogbookFilterValues;
  clearHref: string;
  errors?: Record<string, string> | null;
}) {
  const anyFilter = Boolean(filter.disciplineId || filter.status || filter.from || filter.to);
  return (
    <form method="get" action={`${clearHref}#logbook`} className="flex flex-wrap items-end gap-3" aria-label="Filter the logbook">
      <FilterSelect id="logbook-discipline" name="disciplineId" label="Discipline" anyLabel="All disciplines" value={filter.disciplineId} options={disciplines.map((d) => ({ value: d.id, label: d.name }))} />
      <FilterSelect id="logbook-status" name="status" label="Status" anyLabel="Any status" value={filter.status} options={STATUS_OPTIONS} />
      <div>
        <label htmlFor="logbook-from" className="block text-sm font-medium">
          From
        </label>
        <input id="logbook-from" type="date" name="from" defaultValue={filter.from ?? ""} className="field-input !w-auto" aria-invalid={errors?.from ? true : undefined} />
      </div>
      <div>
        <label htmlFor="logbook-to" className="block text-sm font-medium">
          To
        </label>
        <input id="logbook-to" type="date" name="to" defaultValue={filter.to ?? ""} className="field-input !w-auto" aria-invalid={errors?.to ? true : undefined} />
      </div>
      <button type="submit" className="btn-secondary">
        Apply
      </button>
      {anyFilter ? (
        <Link href={`${clearHref}#logbook`} className="py-2 text-sm underline underline-offset-2">
          Clear filters
        </Link>
      ) : null}
    </form>
  );
}
