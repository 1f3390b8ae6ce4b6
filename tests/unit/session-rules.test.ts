import { describe, expect, it } from "vitest";
import { refuseChange, refuseCorrection } from "@/lib/domain/permissions";
import { editTrainingSessionSchema, logTrainingSessionSchema } from "@/lib/schemas/training-session";

const mine = (status: string) => ({ performerId: "p1", status });

describe("refuseChange (edit or delete an entry)", () => {
  it("allows a pending entry to its performer and to coordinators", () => {
    expect(refuseChange("performer", "p1", mine("pending"))).toBeNull();
    expect(refuseChange("coordinator", "c1", mine("pending"))).toBeNull();
  });

  it.each(["verified", "rejected", "superseded"])("locks a %s entry with 409", (status) => {
    expect(refuseChange("coordinator", "c1", mine(status))).toMatchObject({ status: 409 });
    expect(refuseChange("performer", "p1", mine(status))).toMatchObject({ status: 409 });
  });

  it("says a verified entry is fixed by a correction", () => {
    expect(refuseChange("coordinator", "c1", mine("verified"))?.message).toMatch(/correction/);
  });

  it("refuses other performers and viewers with 403, before looking at the lock", () => {
    expect(refuseChange("performer", "p2", mine("pending"))).toMatchObject({ status: 403 });
    expect(refuseChange("viewer", "v1", mine("verified"))).toMatchObject({ status: 403 });
  });
});

describe("refuseCorrection", () => {
  it("corrects verified entries only", () => {
    expect(refuseCorrection("performer", "p1", mine("verified"))).toBeNull();
    expect(refuseCorrection("performer", "p1", mine("pending"))).toMatchObject({ status: 409, message: expect.stringMatching(/edit it/) });
    expect(refuseCorrection("coordinator", "c1", mine("rejected"))).toMatchObject({ status: 409 });
    expect(refuseCorrection("coordinator", "c1", mine("superseded"))).toMatchObject({ status: 409 });
  });

  it("needs the right to log for the performer", () => {
    expect(refuseCorrection("performer", "p2", mine("verified"))).toMatchObject({ status: 403 });
    expect(refuseCorrection("viewer", "v1", mine("verified"))).toMatchObject({ status: 403 });
  });
});

describe("correction and edit payloads", () => {
  const base = { performerId: "p1", disciplineId: "d1", date: "2026-06-01", count: "5" };

  it("a correction needs a reason; an empty correctsId from a form means none", () => {
    expect(logTrainingSessionSchema.safeParse({ ...base, correctsId: "s1" }).error?.issues[0]).toMatchObject({
      path: ["reason"],
      message: "Say why the entry is corrected",
    });
    expect(logTrainingSessionSchema.parse({ ...base, correctsId: "", reason: "" })).toMatchObject({ correctsId: undefined, reason: undefined });
    expect(logTrainingSessionSchema.parse({ ...base, correctsId: "s1", reason: "wind" })).toMatchObject({ correctsId: "s1", count: 5 });
  });

  it("an edit changes at least one field and never the performer", () => {
    expect(editTrainingSessionSchema.safeParse({}).success).toBe(false);
    expect(editTrainingSessionSchema.parse({ count: "7", performerId: "p2" })).toEqual({ count: 7 });
    expect(editTrainingSessionSchema.safeParse({ date: "2026-02-30" }).error?.issues[0]?.path).toEqual(["date"]);
  });
});
