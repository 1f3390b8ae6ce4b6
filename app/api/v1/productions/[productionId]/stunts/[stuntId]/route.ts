import { apiRoute } from "@/lib/api/handler";
import { getStunt } from "@/lib/data/stunts";

export const GET = apiRoute<{ productionId: string; stuntId: string }>(({ actor, params }) =>
  getStunt(actor, params.productionId, params.stuntId),
);
