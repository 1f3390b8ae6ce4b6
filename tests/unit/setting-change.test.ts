import { describe, expect, it } from "vitest";
import { describeSettingChange } from "@/lib/domain/setting-change";

describe("describeSettingChange", () => {
  it("names each field that changed, with before and after", () => {
    expect(describeSettingChange({ maxPerDay: null, hard: false, minRestDays: 1 }, { maxPerDay: 10, hard: true, minRestDays: 1 })).toBe(
      "max per day: none → 10; hard: no → yes",
    );
  });
  it("reads the sign-off policy", () => {
    expect(describeSettingChange({ coordinatorLogsAreVerified: true }, { coordinatorLogsAreVerified: false })).toBe(
      "coordinator entries count as signed: yes → no",
    );
  });
  it("says when nothing changed", () => {
    expect(describeSettingChange({ maxPerDay: 5 }, { maxPerDay: 5 })).toBe("saved without a change");
  });
});
