import Link from "next/link";
import { FilterSelect } from "./filter-select";
import { STATUS_LABEL } from "@/lib/domain/format";
import { GOAL_STATUSES, type DashboardFilter } from "@/lib/schemas/dashboard-filter";

/** A plain GET form: filters live in the URL, so a filtered view can be bookmarked or put on a screen. */
export function DashboardFilters({ disciplines, filter, clearHref }: { disciplines: string[]; filter: DashboardFilter; clearHref: string }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter goals">
      <FilterSelect id="filter-discipline" name="discipline" label="Discipline" anyLabel="All disciplines" value={filter.discipline} options={disciplines.map((d) => ({ value: d, label: d }))} />
      <FilterSelect id="filter-status" name="status" label="Status" anyLabel="Any status" value={filter.status} options={GOAL_STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] }))} />
      <button type="submit" className="btn-secondary">
        Apply
      </button>
      {filter.discipline || filter.status ? (
        <Link href={clearHref} className="py-2 text-sm underline underline-offset-2">
          Clear filters
        </Link>
      ) : null}
    </form>
  );
}
