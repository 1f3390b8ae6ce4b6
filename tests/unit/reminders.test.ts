import { describe, expect, it } from "vitest";
import { remindersFor, type ProductionFacts } from "@/lib/domain/reminders";

// Who is told what: coordinators about everyone, a performer about their own
// records; keys that name the state, so a new state is a new reminder.

const facts = (over: Partial<ProductionFacts> = {}): ProductionFacts => ({
  productionId: "prod",
  production: "Cliff Jump",
  coordinator: false,
  oldPending: { count: 0, oldestDate: null },
  currency: [],
  credentials: [],
  equipment: [],
  rejected: [],
  ...over,
});

const everything = {
  oldPending: { count: 4, oldestDate: "2026-06-01" },
  currency: [{ performerId: "alex", performer: "Alex", discipline: "HALO jump", disciplineId: "halo", currentUntil: "2026-06-20" }],
  credentials: [
    { id: "c1", userId: "alex", person: "Alex", name: "Class 2 medical", expiresOn: "2026-07-01", expired: false },
    { id: "c2", userId: "sam", person: "Sam", name: "USPA licence", expiresOn: "2026-06-10", expired: true },
  ],
  equipment: [
    { id: "e1", name: "Alex's reserve", ownerId: "alex", dueOn: "2026-06-25", overdue: false },
    { id: "e2", name: "Old AAD", ownerId: null, dueOn: null, overdue: true },
  ],
  rejected: [{ sessionId: "s1", performerId: "alex", discipline: "Skydive", date: "2026-06-12", reason: "Wrong day" }],
} satisfies Partial<ProductionFacts>;

describe("remindersFor", () => {
  it("tells a coordinator about everyone, but not about another person's sent-back entry", () => {
    const kinds = remindersFor("maren", [facts({ ...everything, coordinator: true })]).map((r) => r.key);
    expect(kinds).toEqual(["pending:prod:4:2026-06-01", "currency:prod:alex:halo:2026-06-20", "credential:c1:2026-07-01", "credential:c2:2026-06-10", "equipment:e1:2026-06-25", "equipment:e2:unknown"]);
  });

  it("tells a performer only about their own currency, credentials, equipment and sent-back entries", () => {
    const reminders = remindersFor("alex", [facts(everything)]);
    expect(reminders.map((r) => r.text)).toEqual([
      "Your HALO jump currency lapses after 20 Jun 2026",
      "Your Class 2 medical expires on 1 Jul 2026",
      "Alex's reserve: service due 25 Jun 2026",
      "Your Skydive entry of 12 Jun 2026 was sent back: Wrong day",
    ]);
    expect(reminders.every((r) => r.production === "Cliff Jump" && r.href.startsWith("/productions/prod"))).toBe(true);
  });

  it("words the other person's and the expired ones as such", () => {
    const texts = remindersFor("maren", [facts({ ...everything, coordinator: true })]).map((r) => r.text);
    expect(texts).toContain("Sam's USPA licence expired on 10 Jun 2026");
    expect(texts).toContain("Old AAD: service overdue (no service on record)");
    expect(texts).toContain("4 entries have waited for sign-off more than 3 days");
  });

  it("keys change with the state they are about: a renewed credential that expires again is a new reminder", () => {
    const before = remindersFor("alex", [facts({ credentials: [{ ...everything.credentials[0]!, expiresOn: "2026-07-01" }] })])[0]!.key;
    const after = remindersFor("alex", [facts({ credentials: [{ ...everything.credentials[0]!, expiresOn: "2027-07-01" }] })])[0]!.key;
    expect(before).not.toBe(after);
  });

  it("says nothing when nothing needs attention", () => {
    expect(remindersFor("alex", [facts(), facts({ coordinator: true })])).toEqual([]);
  });
});
