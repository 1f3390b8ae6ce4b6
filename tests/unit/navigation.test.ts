import { describe, expect, it } from "vitest";
import { homePathFor } from "@/lib/domain/navigation";

describe("homePathFor", () => {
  it("sends coordinators to the team dashboard", () => {
    expect(homePathFor({ id: "prod1", role: "coordinator" }, "user1")).toBe("/productions/prod1");
  });

  it("sends viewers to the team dashboard", () => {
    expect(homePathFor({ id: "prod1", role: "viewer" }, "user1")).toBe("/productions/prod1");
  });

  it("sends performers to their own page", () => {
    expect(homePathFor({ id: "prod1", role: "performer" }, "user1")).toBe("/productions/prod1/performers/user1");
    expect(homePathFor({ id: "p2", role: "performer" }, "u9")).toBe("/productions/p2/performers/u9");
  });
});
