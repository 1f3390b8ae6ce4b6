// Runs once when a server process starts (see lib/server/startup-check.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { refuseToStartMisconfigured } = await import("./lib/server/startup-check");
    await refuseToStartMisconfigured();
  }
}
