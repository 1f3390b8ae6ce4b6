/**
 * A set of checkboxes under one legend, each posting `name=<id>`, with the
 * group's error announced under it. Each box's row is at least 24 px high,
 * so a thumb can hit it.
 */
export function CheckboxGroup({ legend, name, options, error }: { legend: string; name: string; options: readonly { id: string; name: string }[]; error?: string }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-stone-800">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {options.map((o) => (
          <label key={o.id} className="inline-flex min-h-6 items-center gap-2 text-sm">
            <input type="checkbox" name={name} value={o.id} className="h-4 w-4" /> {o.name}
          </label>
        ))}
      </div>
      <p className="text-sm text-red-700" aria-live="polite">
        {error}
      </p>
    </fieldset>
  );
}
