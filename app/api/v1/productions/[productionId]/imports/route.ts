import { NextResponse } from "next/server";
import { created, errorResponse, productionRoute, readCsvBody } from "@/lib/api/handler";
import { importLogbook, ImportRefusedError, MAX_IMPORT_BYTES } from "@/lib/data/sessions";

/**
 * A logbook file (the export's CSV, `Content-Type: text/csv`) into one
 * performer's logbook: `?performerId=&dryRun=1&duplicates=skip|add&fileName=`.
 * With `dryRun=1`: 200 `{ total, valid, duplicates, notCounting, invalid, errors, warnings }`, nothing written.
 * Without: 201 `{ imported, skippedDuplicates, skippedNotCounting, warnings }`, or 400 with the preview and nothing written.
 */
export const POST = productionRoute<{ productionId: string }>(
  async ({ scope, request }) => {
    try {
      const outcome = await importLogbook(scope, Object.fromEntries(request.nextUrl.searchParams), () => readCsvBody(request, MAX_IMPORT_BYTES));
      return outcome.dryRun ? outcome.preview : created(outcome.result);
    } catch (error) {
      if (error instanceof ImportRefusedError) return NextResponse.json({ error: error.message, ...error.preview }, { status: 400 });
      return errorResponse(error);
    }
  },
  { body: "csv" },
);
