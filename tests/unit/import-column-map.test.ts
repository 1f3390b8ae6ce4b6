// The import form's column choices, rendered as the server first sends them:
// a labelled select per field, starting on the column of the field's own name.

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ImportColumnMap } from "@/components/forms/import-column-map";
import { ImportLogbookForm } from "@/components/forms/import-logbook-form";

const disciplines = [
  { id: "d1", name: "Skydive", recordsJumps: true },
  { id: "d2", name: "High fall", recordsJumps: false },
];

describe("ImportColumnMap", () => {
  it("labels one select per field, picks same-named columns, and offers none for the optional ones", () => {
    const html = renderToStaticMarkup(createElement(ImportColumnMap, { headers: ["Date", "Jumps", "notes"], disciplines, errors: { "map.count": "Choose the column that holds the count" } }));
    for (const field of ["date", "discipline", "count", "durationMinutes", "location", "notes"]) {
      expect(html).toContain(`<label for="import-map-${field}"`);
      expect(html).toContain(`name="map.${field}"`);
    }
    expect(html).toMatch(/name="map.date"[^>]*>.*?<option value="Date" selected="">/);
    expect(html).toMatch(/name="map.notes"[^>]*>.*?<option value="notes" selected="">/);
    expect(html).toMatch(/name="map.location"[^>]*>\s*<option value="" selected="">— none —/);
    // No discipline column: the discipline for every row is asked for.
    expect(html).toContain('name="disciplineId"');
    expect(html).toContain('name="dateFormat"');
    expect(html).toContain('aria-describedby="import-map-count-error"');
    expect(html).toContain("Choose the column that holds the count");
  });

  it("asks for no discipline when the file has a discipline column", () => {
    const html = renderToStaticMarkup(createElement(ImportColumnMap, { headers: ["date", "Discipline", "count"], disciplines, errors: {} }));
    expect(html).not.toContain('name="disciplineId"');
  });
});

describe("ImportLogbookForm", () => {
  it("offers the CSV and the Protrack formats, CSV first", () => {
    const html = renderToStaticMarkup(createElement(ImportLogbookForm, { productionId: "p", performerId: "u", disciplines }));
    expect(html).toMatch(/name="format" checked="" value="csv"/);
    expect(html).toContain("L&amp;B Protrack II jump files (.txt), several at once");
    expect(html).toContain('accept=".csv,text/csv"');
  });
});
