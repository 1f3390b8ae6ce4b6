import { productionRoute } from "@/lib/api/handler";
import { getProductionProgress } from "@/lib/data/progress";

export const GET = productionRoute<{ productionId: string }>(({ scope, request }) =>
  getProductionProgress(scope, request.nextUrl.searchParams.get("asOf") ?? undefined),
);
