import { productionRoute } from "@/lib/api/handler";
import { singleValuedQuery } from "@/lib/api/request-guards";
import { logbookPdf } from "@/lib/data/sessions";

/** `?paper=a4|letter&disciplineId=&status=&from=&to=`: the logbook as a PDF, for whoever may read it. */
export const GET = productionRoute<{ productionId: string; performerId: string }>(async ({ scope, params, request }) => {
  const { pdf, fileName } = await logbookPdf(scope, params.performerId, singleValuedQuery(request.nextUrl.searchParams));
  return new Response(new Uint8Array(pdf), {
    headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${fileName}"`, "cache-control": "private, no-store", "x-content-type-options": "nosniff" },
  });
});
