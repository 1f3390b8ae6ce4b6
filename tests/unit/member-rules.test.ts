import { describe, expect, it } from "vitest";
import { memberRemovalRefusal, passwordResetRefusal, roleChangeRefusal } from "@/lib/domain/member-rules";

describe("memberRemovalRefusal", () => {
  it("removes performers and viewers, and a coordinator while another remains", () => {
    expect(memberRemovalRefusal("performer", 0)).toBeNull();
    expect(memberRemovalRefusal("viewer", 1)).toBeNull();
    expect(memberRemovalRefusal("coordinator", 2)).toBeNull();
  });

  it("never the last coordinator (409)", () => {
    expect(memberRemovalRefusal("coordinator", 1)).toMatchObject({ status: 409 });
  });
});

describe("passwordResetRefusal", () => {
  const base = { actorId: "coord", coordinates: new Set(["p1", "p2"]), targetId: "perf" };

  it("resets a performer or viewer who belongs only to productions the coordinator runs", () => {
    expect(passwordResetRefusal({ ...base, targetMemberships: [{ productionId: "p1", role: "performer" }] })).toBeNull();
    expect(
      passwordResetRefusal({ ...base, targetMemberships: [{ productionId: "p1", role: "performer" }, { productionId: "p2", role: "viewer" }] }),
    ).toBeNull();
  });

  it("refuses one's own account", () => {
    expect(passwordResetRefusal({ ...base, targetId: "coord", targetMemberships: [{ productionId: "p1", role: "coordinator" }] })).toMatchObject({
      status: 403,
      message: "Change your own password on your profile page",
    });
  });

  it("refuses a coordinator, here or elsewhere: a reset would let one coordinator act as another", () => {
    expect(passwordResetRefusal({ ...base, targetMemberships: [{ productionId: "p1", role: "coordinator" }] })).toMatchObject({ status: 403 });
    expect(
      passwordResetRefusal({ ...base, targetMemberships: [{ productionId: "p1", role: "performer" }, { productionId: "p2", role: "coordinator" }] }),
    ).toMatchObject({ status: 403 });
  });

  it("refuses someone who also belongs to a production the coordinator does not run: the password would open it", () => {
    expect(
      passwordResetRefusal({ ...base, targetMemberships: [{ productionId: "p1", role: "performer" }, { productionId: "elsewhere", role: "viewer" }] }),
    ).toMatchObject({ status: 403, message: expect.stringMatching(/production you do not coordinate/) });
  });
});

describe("roleChangeRefusal", () => {
  it("keeps a coordinator: the last one cannot be given another role", () => {
    expect(roleChangeRefusal("coordinator", "performer", 1)).toMatchObject({ status: 409 });
    expect(roleChangeRefusal("coordinator", "viewer", 1)).toMatchObject({ status: 409 });
  });

  it("lets a coordinator go while another remains, and anyone else change freely", () => {
    expect(roleChangeRefusal("coordinator", "viewer", 2)).toBeNull();
    expect(roleChangeRefusal("coordinator", "coordinator", 1)).toBeNull(); // performs toggled only
    expect(roleChangeRefusal("performer", "coordinator", 1)).toBeNull();
    expect(roleChangeRefusal("viewer", "performer", 0)).toBeNull();
  });
});
