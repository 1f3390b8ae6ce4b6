import { productionRoute, readScanBody } from "@/lib/api/handler";
import { singleValuedQuery } from "@/lib/api/request-guards";
import { deleteCredentialScan, getCredentialScan, setCredentialScan } from "@/lib/data/credentials";
import { MAX_SCAN_BYTES } from "@/lib/domain/credentials";

type Params = { productionId: string; credentialId: string };

/** The scan, as the file it is; for whoever may see the credential. Never run as a page: sandboxed, no sniffing. */
export const GET = productionRoute<Params>(async ({ scope, params }) => {
  const scan = await getCredentialScan(scope, params.credentialId);
  return new Response(Buffer.from(scan.bytes), {
    headers: {
      "content-type": scan.type,
      "content-disposition": `inline; filename="${scan.name.replace(/"/g, "")}"`,
      "content-security-policy": "sandbox; default-src 'none'",
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
});

/** The file as the body (`application/pdf`, `image/png`, `image/jpeg`, at most 5 MiB), `?fileName=`: replaces any scan; the holder or a coordinator. */
export const PUT = productionRoute<Params>(
  async ({ scope, params, request }) => {
    const { fileName } = singleValuedQuery(request.nextUrl.searchParams);
    return setCredentialScan(scope, params.credentialId, () => readScanBody(request, MAX_SCAN_BYTES), fileName);
  },
  { body: "scan" },
);

export const DELETE = productionRoute<Params>(async ({ scope, params }) => deleteCredentialScan(scope, params.credentialId));
