import { productionRoute, readJson } from "@/lib/api/handler";
import { deleteCredential, updateCredential } from "@/lib/data/credentials";

/** The whole record again (`{ kind, name, number?, issuedOn?, expiresOn? }`): its holder, or a coordinator. */
export const PUT = productionRoute<{ productionId: string; credentialId: string }>(async ({ scope, params, request }) =>
  updateCredential(scope, params.credentialId, await readJson(request)),
);

export const DELETE = productionRoute<{ productionId: string; credentialId: string }>(async ({ scope, params }) => deleteCredential(scope, params.credentialId));
