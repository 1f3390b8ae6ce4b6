import type { NextConfig } from "next";

// The HTTP benchmark measures the app against a no-op route on the same
// server (app/api/bench/noop/route.bench.ts). Such `.bench.ts` routes are
// built only with STUNTBOOK_BENCH_BUILD=1, the benchmark's own build, which
// goes to its own folder: a production build never contains them, and the
// two builds never overwrite each other. `next start` must see the same
// variable to serve the bench build. Read at build time only.
const benchBuild = process.env.STUNTBOOK_BENCH_BUILD === "1";

// Next's defaults; a file counts as a route or page only with one of these
// after its first dot (route.ts yes, route.bench.ts only with "bench.ts").
const PAGE_EXTENSIONS = ["tsx", "ts", "jsx", "js"];

const nextConfig: NextConfig = {
  // No telemetry, no remote fonts or images: nothing may be fetched at build or run time.
  poweredByHeader: false,
  reactStrictMode: true,
  images: { unoptimized: true },
  pageExtensions: benchBuild ? [...PAGE_EXTENSIONS, "bench.ts"] : PAGE_EXTENSIONS,
  distDir: benchBuild ? ".next-bench" : ".next",
  // forbidden() and forbidden.tsx: a page a role may not see answers 403,
  // not 200 with a message (still experimental in Next 16, stable in use here).
  // Server actions keep Next's 1 MB body limit: Next reads an action's body
  // before the action checks anything. The logbook import sends its file to its
  // API route instead, which checks the caller before reading a byte.
  experimental: { authInterrupts: true },
  // pdfkit reads its font metrics (.afm) from its own folder at run time: it must stay a plain Node package, not be bundled.
  serverExternalPackages: ["pdfkit"],
};

export default nextConfig;
