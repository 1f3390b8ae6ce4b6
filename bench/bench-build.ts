// The benchmark's own production build: the app plus its benchmark-only
// routes (`*.bench.ts`, such as app/api/bench/noop), in its own folder so a
// production build never contains them (see next.config.ts). `next build`
// and `next start` both need BENCH_BUILD_ENV to use it.

export const BENCH_BUILD_ENV = { STUNTBOOK_BENCH_BUILD: "1" } as const;
export const BENCH_DIST_DIR = ".next-bench";
