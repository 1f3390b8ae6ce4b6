import { NextResponse } from "next/server";
import { created, errorResponse, productionRoute, readCsvBody } from "@/lib/api/handler";
import { singleValuedQuery } from "@/lib/api/request-guards";
import { importLogbook, ImportRefusedError, MAX_IMPORT_BYTES } from "@/lib/data/sessions";

/**
 * A logbook file into one performer's logbook:
 * `?performerId=&dryRun=1&duplicates=skip|add&fileName=`, with for another CSV
 * layout `map.<field>=<header>`, `disciplineId=`, `dateFormat=`; or
 * `format=protrack&disciplineId=` and L&B Protrack II jump files concatenated.
 * The body is `text/csv`; a Protrack file may also come as `text/plain` from an
 * API token (never with the session cookie: see assertCookieWriteType).
 * With `dryRun=1`: 200 `{ unit, total, valid, duplicates, notCounting, invalid, errors, warnings }`, nothing written.
 * Without: 201 `{ imported, jumps, skippedDuplicates, skippedNotCounting, warnings }`, or 400 with the preview and nothing written.
 */
export const POST = productionRoute<{ productionId: string }>(
  async ({ scope, request }) => {
    try {
      const query = singleValuedQuery(request.nextUrl.searchParams);
      const plainText = query.format === "protrack";
      const outcome = await importLogbook(scope, query, () => readCsvBody(request, MAX_IMPORT_BYTES, { plainText }));
      return outcome.dryRun ? outcome.preview : created(outcome.result);
    } catch (error) {
      if (error instanceof ImportRefusedError) return NextResponse.json({ error: error.message, ...error.preview }, { status: 400 });
      return errorResponse(error);
    }
  },
  { body: "device-file" },
);
