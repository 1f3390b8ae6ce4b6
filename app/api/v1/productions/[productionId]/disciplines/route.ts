import { apiRoute, created, readJson } from "@/lib/api/handler";
import { createDiscipline, listDisciplines } from "@/lib/data/disciplines";

type P = { productionId: string };

export const GET = apiRoute<P>(({ actor, params }) => listDisciplines(actor, params.productionId));

export const POST = apiRoute<P>(async ({ actor, params, request }) =>
  created(await createDiscipline(actor, params.productionId, await readJson(request))),
);
