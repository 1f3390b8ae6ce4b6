import { describe, expect, it } from "vitest";
import { hasNoLoad, latestRatioText, loadChartSummary, type LoadDayView } from "@/lib/domain/training-load-view";
import { loadRangeSchema } from "@/lib/schemas/training-load";

const day = (date: string, load: number, acute: number, chronic: number, ratio: number | null = null, band: LoadDayView["band"] = null): LoadDayView => ({
  date,
  load,
  acute,
  chronic,
  ratio,
  band,
});

describe("how training load reads", () => {
  it("nothing to draw when no day has a load or an average", () => {
    expect(hasNoLoad([day("2026-05-01", 0, 0, 0), day("2026-05-02", 0, 0, 0)])).toBe(true);
    // A load before the range still shows in the averages.
    expect(hasNoLoad([day("2026-05-01", 0, 3.2, 9.1)])).toBe(false);
  });

  it("the latest ratio with its band, or why there is none yet", () => {
    expect(latestRatioText([day("2026-05-01", 0, 0, 0), day("2026-05-02", 300, 142, 100, 1.42, "caution")])).toBe("Acute:chronic 1.42 — caution");
    expect(latestRatioText([day("2026-05-02", 300, 100, 100, 1, "sweet-spot")])).toBe("Acute:chronic 1.00 — sweet spot");
    expect(latestRatioText([day("2026-05-02", 300, 75, 20.69)])).toBe("Acute:chronic — not yet: the ratio needs 28 days after the first rated session");
    expect(latestRatioText([day("2026-05-02", 0, 0, 0)])).toBe("Acute:chronic — no training load yet");
  });

  it("the chart in one sentence: range, busiest day, where the averages end", () => {
    const days = [day("2026-05-01", 300, 75, 20.69), day("2026-05-02", 0, 56.25, 19.26), day("2026-05-03", 450, 154.69, 48.96, 3.16, "high")];
    expect(loadChartSummary(days)).toBe(
      "Training load per day (RPE × minutes, bars) with the 7-day acute and 28-day chronic averages (lines), 1 May 2026 to 3 May 2026; " +
        "2 days with a load, the highest 450 on 3 May 2026; on 3 May 2026 acute 154.69, chronic 48.96, ratio 3.16 — high.",
    );
  });
});

describe("the load query's days", () => {
  const parse = (query: Record<string, string>) => loadRangeSchema("2026-05-31").safeParse(query);

  it("defaults to the 42 days ending today, or ending on `to`", () => {
    expect(parse({}).data).toEqual({ from: "2026-04-20", to: "2026-05-31" });
    expect(parse({ to: "2026-05-04", from: "" }).data).toEqual({ from: "2026-03-24", to: "2026-05-04" });
    expect(parse({ from: "2026-05-30" }).data).toEqual({ from: "2026-05-30", to: "2026-05-31" });
  });

  it("one day and 366 days are ranges; 367 days or from after to are not, and name from", () => {
    expect(parse({ from: "2026-05-31", to: "2026-05-31" }).success).toBe(true);
    expect(parse({ from: "2025-05-31", to: "2026-05-31" }).success).toBe(true);
    expect(parse({ from: "2025-05-30", to: "2026-05-31" }).error?.issues.map((i) => i.path)).toEqual([["from"]]);
    expect(parse({ from: "2026-06-01" }).error?.issues.map((i) => i.message)).toEqual(["from (2026-06-01) must be on or before to (2026-05-31)"]);
  });
});
