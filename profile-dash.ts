import { writeFileSync } from "node:fs";
import { buildIfStale } from "./scripts/lib/build";
import { BENCH_BUILD_ENV, BENCH_DIST_DIR } from "./bench/bench-build";
import { startNextServer } from "./bench/bench-servers";
import { sessionCookie } from "./bench/session-cookie";
import { firstLoadJs } from "./bench/first-load-js";
await buildIfStale({ ...process.env, ...BENCH_BUILD_ENV }, BENCH_DIST_DIR);
const secret = "inspect-secret-inspect-secret-123";
import { startServerProcess } from "./bench/server-process";
import { BENCH_BUILD_ENV as B } from "./bench/bench-build";
const port = 3977;
const next = process.env.PROFILE
  ? await startServerProcess({ name: "prof", args: ["--cpu-prof", "--cpu-prof-dir=/tmp/prof2", "node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], env: { ...process.env, DATABASE_URL: "file:" + process.cwd() + "/bench/.data/http.db", NEXTAUTH_SECRET: secret, NEXTAUTH_URL: `http://127.0.0.1:${port}`, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...B }, port, logFile: "/tmp/prof-server.log" })
  : await startNextServer("inspect", "file:" + process.cwd() + "/bench/.data/http.db", secret);
try {
  const demo = await sessionCookie({ id: "cmx2g5lgz00093r7df04dlanq", name: "V", email: "viewer@demo.test" }, secret);
  const small = await sessionCookie({ id: "bench-small-viewer", name: "V", email: "v@x" }, secret);
  const time = async (path: string, cookie: string | undefined, n: number) => {
    const times: number[] = [];
    for (let i = 0; i < n; i++) { const s = performance.now(); const r = await fetch(next.origin + path, { headers: cookie ? { cookie } : {} }); await r.arrayBuffer(); times.push(performance.now() - s); }
    times.sort((a, b) => a - b); return times[Math.floor(n / 2)]!.toFixed(1);
  };
  for (let round = 0; round < 2; round++) {
    console.log("login", await time("/login", undefined, 30), "demo", await time("/productions/cmx2g5lgi00003r7dsat29wis", demo, 30), "small", await time("/productions/bench-small", small, 15));
  }
  for (const [label, path, cookie] of [["demo", "/productions/cmx2g5lgi00003r7dsat29wis", demo], ["small", "/productions/bench-small", small]] as const) {
    const fl = await firstLoadJs(next.origin, path, cookie);
    console.log(label, "html", (fl.html.raw / 1024).toFixed(1), "KiB, inline", (fl.inlineScripts.raw / 1024).toFixed(1), "KiB, JS gz", (fl.total.gzip / 1024).toFixed(1), "KiB");
  }
  if (process.env.PROFILE) for (let i = 0; i < 300; i++) await (await fetch(next.origin + "/productions/cmx2g5lgi00003r7dsat29wis", { headers: { cookie: demo } })).arrayBuffer();
} finally { await next.stop(); }
