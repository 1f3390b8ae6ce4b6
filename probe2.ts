import { performance } from "node:perf_hooks";
process.env.DATABASE_URL = "file:" + process.cwd() + "/bench/.data/http.db";
process.env.NEXTAUTH_SECRET = "x";
const { loadProductionScope } = await import("./lib/data/scope");
const { loadDashboardView } = await import("./lib/views/dashboard");
const { getProductionProgress, getWeeklyTrends } = await import("./lib/data/progress");
const { getCurrentUser } = await import("./lib/data/users");
const t = async (label: string, n: number, fn: () => Promise<unknown>) => {
  for (let i = 0; i < 20; i++) await fn();
  const s = performance.now();
  for (let i = 0; i < n; i++) await fn();
  console.log(label.padEnd(30), ((performance.now() - s) / n).toFixed(2), "ms");
};
for (const [pid, uid] of [["cmx2g5lgi00003r7dsat29wis", "cmx2g5lgz00093r7df04dlanq"], ["bench-small", "bench-small-viewer"]]) {
  const scope = await loadProductionScope({ userId: uid! }, pid!);
  console.log(pid);
  await t("  loadDashboardView", 50, () => loadDashboardView(scope, {}));
  await t("  getProductionProgress", 50, () => getProductionProgress(scope, scope.today));
  await t("  getWeeklyTrends", 50, () => getWeeklyTrends(scope, scope.today));
  await t("  getCurrentUser", 50, () => getCurrentUser({ userId: uid! }));
}
