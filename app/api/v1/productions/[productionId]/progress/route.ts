import { apiRoute } from "@/lib/api/handler";
import { getProductionProgress } from "@/lib/data/progress";

export const GET = apiRoute<{ productionId: string }>(({ actor, params, request }) =>
  getProductionProgress(actor, params.productionId, request.nextUrl.searchParams.get("asOf") ?? undefined),
);
