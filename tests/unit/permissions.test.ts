import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  can,
  canLogSessionFor,
  canViewPerformer,
  canVerifySession,
  initialSessionStatus,
  isRole,
  ROLES,
  type Action,
  type Role,
} from "@/lib/domain/permissions";

// The whole table, written out: any change to lib/domain/permissions.ts must change this too.
const EXPECTED: Record<Role, Record<Action, boolean>> = {
  coordinator: {
    "production.view": true,
    "team.viewProgress": true,
    "performer.viewAny": true,
    "performer.viewOwn": true,
    "session.logForAnyone": true,
    "session.import": true,
    "session.logForSelf": true,
    "session.verify": true,
    "goal.manage": true,
    "discipline.manage": true,
    "session.readHistory": true,
    "production.manageSettings": true,
    "limits.override": true,
    "stunt.view": true,
    "stunt.manage": true,
    "take.log": true,
    "incident.report": true,
    "incident.manage": true,
    "checkIn.logForAnyone": true,
    "checkIn.logForSelf": true,
    "credential.viewAny": true,
    "credential.manageAny": true,
    "credential.manageOwn": true,
    "equipment.manage": true,
    "dossier.seal": true,
    "dossier.read": true,
  },
  performer: {
    "production.view": true,
    "team.viewProgress": false,
    "performer.viewAny": false,
    "performer.viewOwn": true,
    "session.logForAnyone": false,
    "session.import": false,
    "session.logForSelf": true,
    "session.verify": false,
    "goal.manage": false,
    "discipline.manage": false,
    "session.readHistory": false,
    "production.manageSettings": false,
    "limits.override": false,
    "stunt.view": true,
    "stunt.manage": false,
    "take.log": false,
    "incident.report": true,
    "incident.manage": false,
    "checkIn.logForAnyone": false,
    "checkIn.logForSelf": true,
    "credential.viewAny": false,
    "credential.manageAny": false,
    "credential.manageOwn": true,
    "equipment.manage": false,
    "dossier.seal": false,
    "dossier.read": false,
  },
  viewer: {
    "production.view": true,
    "team.viewProgress": true,
    "performer.viewAny": true,
    "performer.viewOwn": false,
    "session.logForAnyone": false,
    "session.import": false,
    "session.logForSelf": false,
    "session.verify": false,
    "goal.manage": false,
    "discipline.manage": false,
    "session.readHistory": false,
    "production.manageSettings": false,
    "limits.override": false,
    "stunt.view": true,
    "stunt.manage": false,
    "take.log": false,
    "incident.report": false,
    "incident.manage": false,
    "checkIn.logForAnyone": false,
    "checkIn.logForSelf": false,
    "credential.viewAny": true,
    "credential.manageAny": false,
    "credential.manageOwn": false,
    "equipment.manage": false,
    "dossier.seal": false,
    "dossier.read": true,
  },
};

describe("roles and actions", () => {
  it("has exactly the three roles", () => {
    expect([...ROLES]).toEqual(["coordinator", "performer", "viewer"]);
  });

  it("has exactly the actions the expected table covers", () => {
    for (const role of ROLES) {
      expect(Object.keys(EXPECTED[role]).sort()).toEqual([...ACTIONS].sort());
    }
    expect(new Set(ACTIONS).size).toBe(ACTIONS.length);
  });

  it("isRole accepts the roles and nothing else", () => {
    for (const role of ROLES) expect(isRole(role)).toBe(true);
    for (const value of ["", "admin", "Coordinator", "viewer ", "performers"]) expect(isRole(value)).toBe(false);
  });
});

describe("can: the role x action matrix", () => {
  const cases = ROLES.flatMap((role) => ACTIONS.map((action) => [role, action, EXPECTED[role][action]] as const));

  it.each(cases)("%s may %s: %s", (role, action, allowed) => {
    expect(can(role, action)).toBe(allowed);
  });
});

describe("canViewPerformer", () => {
  it("lets coordinators and viewers see any performer", () => {
    expect(canViewPerformer("coordinator", "c1", "p1")).toBe(true);
    expect(canViewPerformer("coordinator", "c1", "c1")).toBe(true);
    expect(canViewPerformer("viewer", "v1", "p1")).toBe(true);
  });

  it("lets a performer see only their own page", () => {
    expect(canViewPerformer("performer", "p1", "p1")).toBe(true);
    expect(canViewPerformer("performer", "p1", "p2")).toBe(false);
  });
});

describe("canLogSessionFor", () => {
  it("lets a coordinator log for anyone, including themself", () => {
    expect(canLogSessionFor("coordinator", "c1", "p1")).toBe(true);
    expect(canLogSessionFor("coordinator", "c1", "c1")).toBe(true);
  });

  it("lets a performer log only for themself", () => {
    expect(canLogSessionFor("performer", "p1", "p1")).toBe(true);
    expect(canLogSessionFor("performer", "p1", "p2")).toBe(false);
  });

  it("never lets a viewer log", () => {
    expect(canLogSessionFor("viewer", "v1", "p1")).toBe(false);
    expect(canLogSessionFor("viewer", "v1", "v1")).toBe(false);
  });
});

describe("canVerifySession", () => {
  it("lets a coordinator verify someone else's session", () => {
    expect(canVerifySession("coordinator", "c1", { performerId: "p1" })).toBe(true);
  });

  it("never lets anyone verify their own entry, not even a coordinator", () => {
    expect(canVerifySession("coordinator", "c1", { performerId: "c1" })).toBe(false);
    expect(canVerifySession("performer", "p1", { performerId: "p1" })).toBe(false);
    expect(canVerifySession("viewer", "v1", { performerId: "v1" })).toBe(false);
  });

  it("does not let performers or viewers verify others' sessions", () => {
    expect(canVerifySession("performer", "p1", { performerId: "p2" })).toBe(false);
    expect(canVerifySession("viewer", "v1", { performerId: "p1" })).toBe(false);
  });
});

describe("initialSessionStatus", () => {
  it("is verified for a coordinator logging for someone else when the policy is on", () => {
    expect(initialSessionStatus("coordinator", "c1", "p1", true)).toBe("verified");
  });

  it("is pending for a coordinator logging for someone else when the policy is off", () => {
    expect(initialSessionStatus("coordinator", "c1", "p1", false)).toBe("pending");
  });

  it("is pending for a coordinator logging for themself, policy on or off", () => {
    expect(initialSessionStatus("coordinator", "c1", "c1", true)).toBe("pending");
    expect(initialSessionStatus("coordinator", "c1", "c1", false)).toBe("pending");
  });

  it("is pending for a performer logging for themself, policy on or off", () => {
    expect(initialSessionStatus("performer", "p1", "p1", true)).toBe("pending");
    expect(initialSessionStatus("performer", "p1", "p1", false)).toBe("pending");
  });

  it("is pending for roles that cannot verify, whoever the session is for", () => {
    expect(initialSessionStatus("performer", "p1", "p2", true)).toBe("pending");
    expect(initialSessionStatus("viewer", "v1", "p1", true)).toBe("pending");
  });
});
