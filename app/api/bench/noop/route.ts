// The framework's floor for the HTTP benchmark (bench/http.bench.ts): a POST
// that Next routes and answers, and nothing else (no auth, no body parsing,
// no database). Logging a session is measured against it.
//
// It exists only on a server started with STUNTBOOK_BENCH_ROUTES=1 (the
// benchmark's own server); everywhere else it is a 404 like any unknown path.
// Read here rather than through lib/env.ts: it is a switch of the benchmark
// harness, not configuration of the app.

export function POST(): Response {
  if (process.env.STUNTBOOK_BENCH_ROUTES !== "1") return new Response(null, { status: 404 });
  return new Response(null, { status: 204 });
}
