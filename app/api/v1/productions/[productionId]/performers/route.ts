import { apiRoute } from "@/lib/api/handler";
import { listPerformers } from "@/lib/data/performers";

export const GET = apiRoute<{ productionId: string }>(({ actor, params }) => listPerformers(actor, params.productionId));
