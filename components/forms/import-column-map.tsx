"use client";

import { useState } from "react";
import { DATE_FORMATS, defaultColumn, MAPPABLE_FIELDS, type MappableField } from "@/lib/domain/import-mapping";
import { describedBy, Field } from "./field";

// Which of a CSV file's columns holds each field, read from its header row in
// the browser (nothing is uploaded to choose). The selects' names are the
// import route's own parameters (map.<field>, disciplineId, dateFormat), so
// the form posts what it reads from them.

const LABELS: Record<MappableField, string> = {
  date: "Date column",
  discipline: "Discipline column",
  count: "Count column",
  durationMinutes: "Duration (minutes) column",
  location: "Location column",
  notes: "Notes column",
};
const REQUIRED: ReadonlySet<MappableField> = new Set(["date", "count"]);

export interface DisciplineOption {
  id: string;
  name: string;
  recordsJumps: boolean;
}

export function ImportColumnMap({ headers, disciplines, errors }: { headers: string[]; disciplines: DisciplineOption[]; errors: Record<string, string | undefined> }) {
  const [disciplineColumn, setDisciplineColumn] = useState(defaultColumn("discipline", headers));
  return (
    <fieldset className="space-y-3 rounded border border-stone-200 p-3">
      <legend className="px-1 text-sm font-medium text-stone-800">Columns of this file</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        {MAPPABLE_FIELDS.map((field) => {
          const id = `import-map-${field}`;
          const error = errors[`map.${field}`];
          const none = REQUIRED.has(field) ? "— choose a column —" : field === "discipline" ? "— none: one discipline for every row —" : "— none —";
          return (
            <Field key={field} id={id} label={LABELS[field]} error={error}>
              <select
                name={`map.${field}`}
                defaultValue={field === "discipline" ? undefined : defaultColumn(field, headers)}
                value={field === "discipline" ? disciplineColumn : undefined}
                onChange={field === "discipline" ? (e) => setDisciplineColumn(e.target.value) : undefined}
                className="field-input"
                {...describedBy(id, error)}
              >
                <option value="">{none}</option>
                {headers.map((h, i) => (
                  <option key={`${h}-${i}`} value={h}>
                    {h}
                  </option>
                ))}
              </select>
            </Field>
          );
        })}
      </div>
      {disciplineColumn === "" ? (
        <Field id="import-discipline" label="Discipline for every row" error={errors.disciplineId}>
          <select name="disciplineId" defaultValue="" className="field-input" {...describedBy("import-discipline", errors.disciplineId)}>
            <option value="">— choose a discipline —</option>
            {disciplines.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <Field id="import-date-format" label="Dates in the file are written" error={errors.dateFormat}>
        <select name="dateFormat" defaultValue="YYYY-MM-DD" className="field-input" {...describedBy("import-date-format", errors.dateFormat)}>
          {DATE_FORMATS.map((f) => (
            <option key={f} value={f}>
              {f}
              {f === "YYYY-MM-DD" ? " (the logbook's own export)" : ""}
            </option>
          ))}
        </select>
      </Field>
    </fieldset>
  );
}
