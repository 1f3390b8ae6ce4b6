import { describedBy, Field } from "./field";

/** The discipline picker of the log and goal forms: "Motorbike jump (jumps)". */
export function DisciplineField({
  id,
  disciplines,
  value,
  error,
}: {
  id: string;
  disciplines: { id: string; name: string; unit: string }[];
  value?: string;
  error?: string;
}) {
  return (
    <Field id={id} label="Discipline" error={error}>
      <select name="disciplineId" className="field-input" defaultValue={value ?? ""} {...describedBy(id, error)}>
        <option value="" disabled>
          Choose…
        </option>
        {disciplines.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name} ({d.unit}s)
          </option>
        ))}
      </select>
    </Field>
  );
}
