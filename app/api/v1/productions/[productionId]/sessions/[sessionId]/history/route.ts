import { apiRoute } from "@/lib/api/handler";
import { getSessionHistory } from "@/lib/data/audit";

export const GET = apiRoute<{ productionId: string; sessionId: string }>(({ actor, params }) =>
  getSessionHistory(actor, params.productionId, params.sessionId),
);
