import Link from "next/link";
import { STATUS_LABEL } from "@/lib/domain/format";
import { GOAL_STATUSES, type DashboardFilter } from "@/lib/schemas/dashboard-filter";

/** A plain GET form: filters live in the URL, so a filtered view can be bookmarked or put on a screen. */
export function DashboardFilters({ disciplines, filter, clearHref }: { disciplines: string[]; filter: DashboardFilter; clearHref: string }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter goals">
      <div>
        <label htmlFor="filter-discipline" className="block text-sm font-medium">
          Discipline
        </label>
        <select id="filter-discipline" name="discipline" defaultValue={filter.discipline ?? ""} className="field-input !w-auto">
          <option value="">All disciplines</option>
          {disciplines.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-status" className="block text-sm font-medium">
          Status
        </label>
        <select id="filter-status" name="status" defaultValue={filter.status ?? ""} className="field-input !w-auto">
          <option value="">Any status</option>
          {GOAL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
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
