import { describe, expect, it } from "vitest";
import { formatCount, formatPercent, formatRate, formatWaited, pluralUnit, SESSION_STATUS_LABEL, STATUS_LABEL } from "@/lib/domain/format";

describe("formatCount", () => {
  it("groups thousands with commas", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(1000)).toBe("1,000");
    expect(formatCount(13000)).toBe("13,000");
    expect(formatCount(1234567)).toBe("1,234,567");
  });
});

describe("formatPercent", () => {
  it("always shows one decimal", () => {
    expect(formatPercent(0)).toBe("0.0%");
    expect(formatPercent(33.3)).toBe("33.3%");
    expect(formatPercent(100)).toBe("100.0%");
    expect(formatPercent(66.7)).toBe("66.7%");
  });
});

describe("formatRate", () => {
  it("shows a dash for no rate", () => {
    expect(formatRate(null)).toBe("—");
  });

  it("shows zero as 0 and small rates with two decimals, so they do not read as zero", () => {
    expect(formatRate(0)).toBe("0");
    expect(formatRate(6 / 124)).toBe("0.05");
    expect(formatRate(0.5)).toBe("0.50");
  });

  it("shows one decimal from 1 to below 100", () => {
    expect(formatRate(1)).toBe("1.0");
    expect(formatRate(10 / 3)).toBe("3.3");
    expect(formatRate(99.94)).toBe("99.9");
  });

  it("shows a whole grouped number from 100 up", () => {
    expect(formatRate(100)).toBe("100");
    expect(formatRate(123.6)).toBe("124");
    expect(formatRate(1234.4)).toBe("1,234");
  });
});

describe("pluralUnit", () => {
  it("is singular only for exactly 1", () => {
    expect(pluralUnit("jump", 1)).toBe("jump");
    expect(pluralUnit("jump", 0)).toBe("jumps");
    expect(pluralUnit("jump", 2)).toBe("jumps");
    expect(pluralUnit("jump", 1.5)).toBe("jumps");
  });
});

describe("labels", () => {
  it("names every goal status", () => {
    expect(STATUS_LABEL).toEqual({ done: "Done", on_track: "On track", behind: "Behind", no_data: "No data yet" });
  });

  it("names every session status", () => {
    expect(SESSION_STATUS_LABEL).toEqual({
      pending: "Pending verification",
      verified: "Verified",
      rejected: "Rejected",
      superseded: "Superseded",
    });
  });
});

describe("formatWaited", () => {
  const at = new Date("2026-06-10T12:00:00Z");
  const after = (ms: number) => new Date(at.getTime() + ms);
  it("says minutes, then hours up to two days, then days", () => {
    expect(formatWaited(at, after(59_999))).toBe("0 min");
    expect(formatWaited(at, after(59 * 60_000))).toBe("59 min");
    expect(formatWaited(at, after(60 * 60_000))).toBe("1 h");
    expect(formatWaited(at, after(47 * 3_600_000))).toBe("47 h");
    expect(formatWaited(at, after(48 * 3_600_000))).toBe("2 days");
    expect(formatWaited(at, after(-5_000))).toBe("0 min"); // a clock a little behind
  });
});
