import { productionRoute } from "@/lib/api/handler";
import { getSessionHistory } from "@/lib/data/audit";

export const GET = productionRoute<{ productionId: string; sessionId: string }>(({ scope, params }) =>
  getSessionHistory(scope, params.sessionId),
);
