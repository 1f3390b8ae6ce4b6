import { describe, expect, it } from "vitest";
import { formatFreefall, nextJumpRow, repeatedJumpNumbers } from "@/lib/domain/jumps";
import { jumpsSchema } from "@/lib/schemas/jump";
import { logTrainingSessionSchema } from "@/lib/schemas/training-session";

describe("per-jump rules", () => {
  it("finds repeated jump numbers after their first use", () => {
    expect(repeatedJumpNumbers([{ jumpNumber: 1 }, { jumpNumber: 2 }, { jumpNumber: 1 }, { jumpNumber: 1 }])).toEqual([2, 3]);
    expect(repeatedJumpNumbers([])).toEqual([]);
  });

  it("carries the previous row over with the next number, but not its notes or landing distance", () => {
    expect(nextJumpRow(undefined, 57)).toEqual({ jumpNumber: 57 });
    const next = nextJumpRow({ jumpNumber: 57, exitAltitudeFt: 13_500, aircraft: "Twin Otter", notes: "Gusty", landingDistanceM: 30 });
    expect(next).toMatchObject({ jumpNumber: 58, exitAltitudeFt: 13_500, aircraft: "Twin Otter", notes: null, landingDistanceM: null });
    expect(nextJumpRow({ jumpNumber: 100_000 }).jumpNumber).toBe(100_000);
  });

  it("formats freefall as a person reads it", () => {
    expect(formatFreefall(0)).toBe("0 min");
    expect(formatFreefall(45)).toBe("45 s");
    expect(formatFreefall(60 * 45 + 10)).toBe("45 min");
    expect(formatFreefall(3600 * 2 + 60 * 14)).toBe("2 h 14 min");
    expect(formatFreefall(3 * 3600)).toBe("3 h");
  });
});

describe("the jumps payload", () => {
  const entry = { performerId: "p1", disciplineId: "d1", date: "2026-03-01" };

  it("accepts rows as JSON or as the form's JSON text, with blank fields absent", () => {
    expect(jumpsSchema.parse([{ jumpNumber: "3", exitAltitudeFt: "", notes: " " }])).toEqual([{ jumpNumber: 3 }]);
    expect(jumpsSchema.parse('[{"jumpNumber":4,"freefallSeconds":"50"}]')).toEqual([{ jumpNumber: 4, freefallSeconds: 50 }]);
    expect(jumpsSchema.parse("")).toBeUndefined();
  });

  it("holds the bounds: altitudes 0-40,000 ft with deployment below exit, freefall 0-600 s, numbers 1-100,000", () => {
    const fails = (row: Record<string, unknown>) => !jumpsSchema.safeParse([{ jumpNumber: 1, ...row }]).success;
    expect(fails({ exitAltitudeFt: 40_001 })).toBe(true);
    expect(fails({ exitAltitudeFt: -1 })).toBe(true);
    expect(fails({ exitAltitudeFt: 4_000, deploymentAltitudeFt: 4_000 })).toBe(true);
    expect(fails({ exitAltitudeFt: 13_000, deploymentAltitudeFt: 3_500 })).toBe(false);
    expect(fails({ freefallSeconds: 601 })).toBe(true);
    expect(fails({ jumpNumber: 0 })).toBe(true);
    expect(fails({ jumpNumber: 100_001 })).toBe(true);
    expect(fails({ aircraft: "Cessna\u202E182" })).toBe(true);
    expect(jumpsSchema.safeParse("not json").success).toBe(false);
  });

  it("names a repeated number and a row count other than the count", () => {
    const repeated = jumpsSchema.safeParse([{ jumpNumber: 1 }, { jumpNumber: 1 }]);
    expect(repeated.error?.issues[0]?.path).toEqual([1, "jumpNumber"]);
    const mismatch = logTrainingSessionSchema.safeParse({ ...entry, count: 3, jumps: [{ jumpNumber: 1 }] });
    expect(mismatch.error?.issues[0]?.path).toEqual(["jumps"]);
    expect(logTrainingSessionSchema.safeParse({ ...entry, count: 1, jumps: [{ jumpNumber: 1 }] }).success).toBe(true);
    expect(logTrainingSessionSchema.safeParse({ ...entry, count: 2, jumps: [] }).success).toBe(true);
  });
});
