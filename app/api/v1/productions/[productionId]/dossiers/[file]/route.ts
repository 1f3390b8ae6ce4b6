import type { NextRequest } from "next/server";
import { errorResponse, productionRoute } from "@/lib/api/handler";
import { singleValuedQuery } from "@/lib/api/request-guards";
import { dossierFile } from "@/lib/data/dossiers";
import { NotFoundError } from "@/lib/domain/errors";

type P = { productionId: string; dossierId: string; format: string };

const download = productionRoute<P>(async ({ scope, params, request }) => {
  const file = await dossierFile(scope, params.dossierId, params.format, singleValuedQuery(request.nextUrl.searchParams));
  return new Response(new Uint8Array(file.body), {
    headers: { "content-type": file.type, "content-disposition": `attachment; filename="${file.name}"`, "cache-control": "private, no-store", "x-content-type-options": "nosniff" },
  });
});

/**
 * `{id}.json`: the sealed canonical JSON, byte for byte what its SHA-256 hashes;
 * `{id}.pdf?paper=a4|letter`: the same drawn as paper, with the seal's QR code
 * (coordinators and viewers). The path segment is split here: an id never holds a dot.
 */
export async function GET(request: NextRequest, context: { params: Promise<{ productionId: string; file: string }> }) {
  const { productionId, file } = await context.params;
  const match = /^([^.]+)\.(json|pdf)$/.exec(file);
  if (!match) return errorResponse(new NotFoundError("No such dossier file: ask for {id}.json or {id}.pdf"));
  return download(request, { params: Promise.resolve({ productionId, dossierId: match[1]!, format: match[2]! }) });
}
