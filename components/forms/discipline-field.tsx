import { describedBy, Field } from "./field";

/** The discipline picker of the log and goal forms: "Motorbike jump (jumps)". */
export function DisciplineField({
  id,
  disciplines,
  value,
  error,
  onChange,
}: {
  id: string;
  disciplines: { id: string; name: string; unit: string }[];
  value?: string;
  error?: string;
  /** Told the chosen discipline's id (the log form shows jump rows for a jump discipline). */
  onChange?: (disciplineId: string) => void;
}) {
  return (
    <Field id={id} label="Discipline" error={error}>
      <select name="disciplineId" className="field-input" defaultValue={value ?? ""} onChange={onChange ? (e) => onChange(e.target.value) : undefined} {...describedBy(id, error)}>
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
