import { created, productionRoute } from "@/lib/api/handler";
import { listDossiers, sealDossier } from "@/lib/data/dossiers";

type P = { productionId: string; stuntId: string };

/** The stunt's sealed dossiers, newest first (coordinators and viewers). */
export const GET = productionRoute<P>(async ({ scope, params }) => listDossiers(scope, params.stuntId));

/** Seal the evidence behind the stunt's verdict as it stands now (coordinators): `{ id, sha256, verdict, createdAt, createdBy, url }`. No body. */
export const POST = productionRoute<P>(async ({ scope, params }) => created(await sealDossier(scope, params.stuntId)));
