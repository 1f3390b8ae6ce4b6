import { productionRoute } from "@/lib/api/handler";
import { exportLogbook } from "@/lib/data/sessions";

/**
 * `?format=csv|json` with the logbook's filters (`performerId`, `disciplineId`, `status`, `from`, `to`):
 * every entry they select, oldest first, streamed as a file to download.
 */
export const GET = productionRoute<{ productionId: string }>(async ({ scope, request }) => {
  const { stream, contentType, filename } = await exportLogbook(scope, Object.fromEntries(request.nextUrl.searchParams));
  return new Response(stream, {
    headers: { "content-type": contentType, "content-disposition": `attachment; filename="${filename}"`, "cache-control": "no-store" },
  });
});
