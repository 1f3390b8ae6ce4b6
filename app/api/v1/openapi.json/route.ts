import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/schemas/openapi/document";

// The API described: no session needed (it reveals no data). Built once per process.
export const GET = () => NextResponse.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
