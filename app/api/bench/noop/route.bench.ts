// The framework's floor for the HTTP benchmark (bench/http.bench.ts): a POST
// that Next routes and answers, and nothing else (no auth, no body parsing,
// no database). Logging a session is measured against it.
//
// Benchmark-only: a `.bench.ts` file is a route only in the benchmark's own
// build (STUNTBOOK_BENCH_BUILD=1 adds "bench.ts" to pageExtensions, into
// .next-bench; see next.config.ts). A normal build does not contain it.

export function POST(): Response {
  return new Response(null, { status: 204 });
}
