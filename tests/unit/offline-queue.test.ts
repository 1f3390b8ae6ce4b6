import { describe, expect, it } from "vitest";
import { formFieldsToBody, judgeSendResponse, QUEUED_BY_ANOTHER, queuedEntryUrl, waitingText } from "@/lib/domain/offline-queue";

describe("judgeSendResponse", () => {
  it("accepts a 201, and a replayed 201", () => {
    expect(judgeSendResponse(201, { id: "s1" })).toEqual({ kind: "accepted" });
    expect(judgeSendResponse(200, {})).toEqual({ kind: "accepted" });
  });
  it("keeps an entry another account's session refused as queued by someone else, to send when that account signs in", () => {
    expect(judgeSendResponse(409, { error: QUEUED_BY_ANOTHER })).toEqual({ kind: "retry", reason: QUEUED_BY_ANOTHER });
    expect(judgeSendResponse(409, { error: "The entry is not pending" })).toMatchObject({ kind: "refused" });
  });
  it("keeps the entry on a refusal, with the server's reason and field errors", () => {
    expect(judgeSendResponse(400, { error: "Count must be at least 1", fields: { count: "Count must be at least 1", bad: 3 } })).toEqual({
      kind: "refused",
      error: "Count must be at least 1",
      fields: { count: "Count must be at least 1" },
    });
    expect(judgeSendResponse(403, { error: "Viewers cannot log" })).toMatchObject({ kind: "refused", error: "Viewers cannot log", fields: {} });
    expect(judgeSendResponse(422, { error: "Over the hard limit" })).toMatchObject({ kind: "refused" });
    expect(judgeSendResponse(409, { error: "Already verified" })).toMatchObject({ kind: "refused" });
    expect(judgeSendResponse(404, "not json")).toEqual({ kind: "refused", error: "The server refused it (404)", fields: {} });
  });
  it("tries again later when the answer is not about the entry", () => {
    expect(judgeSendResponse(409, { error: "A request with this Idempotency-Key is still being processed: retry" })).toMatchObject({ kind: "retry" });
    expect(judgeSendResponse(503, null)).toMatchObject({ kind: "retry" });
    expect(judgeSendResponse(429, { error: "slow down" })).toMatchObject({ kind: "retry", reason: "slow down" });
  });
  it("stops on a 401 until the person signs in", () => {
    expect(judgeSendResponse(401, { error: "Sign in first" })).toEqual({ kind: "signed-out" });
  });
});

describe("the queue's words and paths", () => {
  it("counts entries", () => {
    expect(waitingText(1)).toBe("1 entry waiting to send");
    expect(waitingText(2)).toBe("2 entries waiting to send");
  });
  it("posts each kind to its collection", () => {
    expect(queuedEntryUrl("session", "p1")).toBe("/api/v1/productions/p1/sessions");
    expect(queuedEntryUrl("check-in", "p1")).toBe("/api/v1/productions/p1/check-ins");
    expect(queuedEntryUrl("incident", "p1")).toBe("/api/v1/productions/p1/incidents");
  });
});

describe("formFieldsToBody", () => {
  it("drops empty fields, keeps text, and lists repeated fields", () => {
    const body = formFieldsToBody(
      [
        ["performerId", "u1"],
        ["count", "3"],
        ["notes", "  "],
        ["equipmentIds", "e1"],
        ["equipmentIds", "e2"],
      ],
      ["equipmentIds"],
    );
    expect(body).toEqual({ performerId: "u1", count: "3", equipmentIds: ["e1", "e2"] });
  });
});
