import { NextResponse, type NextRequest } from "next/server";
import { isDecodablePath } from "./lib/api/path-encoding";

// Next 16's middleware file. Its one job: a URL whose path cannot be decoded
// (malformed percent-encoding) is refused with 400 before Next's router tries
// to decode it into route params, which ends in a 500 (vercel/next.js#92527).
// Authentication and permissions are checked where the data is touched, never here.

export function proxy(request: NextRequest) {
  if (isDecodablePath(request.nextUrl.pathname)) return NextResponse.next();
  const error = "The URL is not valid: its path has a malformed percent-encoding";
  return request.nextUrl.pathname.startsWith("/api/")
    ? NextResponse.json({ error }, { status: 400 })
    : new NextResponse(error, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export const config = {
  // Only paths with a percent sign can be malformed: every other request
  // skips the proxy entirely and costs nothing.
  matcher: ["/:path(.*%.*)"],
};
