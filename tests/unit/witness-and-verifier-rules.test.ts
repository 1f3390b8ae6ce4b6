// The pure rules of outside witnesses and of the verifier-credential rule (issue #12).

import { describe, expect, it } from "vitest";
import { historyHeadline } from "@/lib/domain/audit-view";
import { verifierCredentialRefusal } from "@/lib/domain/verifier-credential";
import { canRequestWitness, describeSigner, isWellFormedWitnessToken, signerOf, witnessLinkExpiresAt, witnessLinkState, witnessVerifiedReason } from "@/lib/domain/witness";

describe("witness links", () => {
  const made = new Date("2026-06-01T12:00:00Z");
  const expiresAt = witnessLinkExpiresAt(made);

  it("last exactly 7 days, and are refused from the instant they expire", () => {
    expect(expiresAt.toISOString()).toBe("2026-06-08T12:00:00.000Z");
    expect(witnessLinkState({ usedAt: null, expiresAt }, new Date(expiresAt.getTime() - 1))).toBe("open");
    expect(witnessLinkState({ usedAt: null, expiresAt }, expiresAt)).toBe("expired");
    // Used beats expired: the witness is told it was signed, not that it lapsed.
    expect(witnessLinkState({ usedAt: made, expiresAt }, new Date("2027-01-01"))).toBe("used");
  });

  it("take only tokens of their own shape (not an API token)", () => {
    expect(isWellFormedWitnessToken(`sbw_${"a".repeat(43)}`)).toBe(true);
    expect(isWellFormedWitnessToken(`sbk_${"a".repeat(43)}`)).toBe(false);
    expect(isWellFormedWitnessToken(`sbw_${"a".repeat(42)}`)).toBe(false);
    expect(isWellFormedWitnessToken(`sbw_${"a".repeat(42)}=`)).toBe(false);
  });

  it("are asked for by a coordinator for anyone, a performer for themself, never a viewer", () => {
    expect(canRequestWitness("coordinator", "c", { performerId: "p" })).toBe(true);
    expect(canRequestWitness("performer", "p", { performerId: "p" })).toBe(true);
    expect(canRequestWitness("performer", "q", { performerId: "p" })).toBe(false);
    expect(canRequestWitness("viewer", "v", { performerId: "p" })).toBe(false);
  });
});

describe("who signed", () => {
  it("an outside witness reads as such, a member with their credential", () => {
    const witness = signerOf({ verifiedBy: null, witnessName: "Kari Nordmann", witnessLicence: "D-12345" });
    expect(describeSigner(witness!)).toBe("Verified by Kari Nordmann (D-12345), outside witness");
    const member = signerOf({ verifiedBy: { name: "Coordinator", credential: null }, witnessName: null, witnessLicence: null });
    expect(describeSigner(member!)).toBe("Verified by Coordinator");
    expect(signerOf({ verifiedBy: null, witnessName: null, witnessLicence: null })).toBeNull();
  });

  it("the history names the witness, and who sent the link", () => {
    const reason = witnessVerifiedReason("Kari Nordmann", "D-12345");
    expect(historyHeadline({ action: "witness-verify", actor: "Coordinator", reason })).toBe("Verified by Kari Nordmann (D-12345), outside witness · link sent by Coordinator");
    expect(historyHeadline({ action: "verify", actor: "Coordinator", reason: null })).toBe("Verified by Coordinator");
  });
});

describe("the verifier-credential rule", () => {
  const today = "2026-06-15";
  it("without a rule, nobody needs anything", () => {
    expect(verifierCredentialRefusal(null, [], today)).toBeNull();
  });
  it("holds through the expiry day, and refuses from the day after with the latest expiry", () => {
    expect(verifierCredentialRefusal("licence", [{ expiresOn: today }], today)).toBeNull();
    expect(verifierCredentialRefusal("licence", [{ expiresOn: null }], today)).toBeNull();
    expect(verifierCredentialRefusal("licence", [{ expiresOn: "2026-03-03" }, { expiresOn: "2026-06-14" }, { expiresOn: "2025-01-01" }], today)).toBe(
      "Verifying needs a valid licence: yours expired on 14 Jun 2026",
    );
    expect(verifierCredentialRefusal("licence", [{ expiresOn: "2026-06-14" }, { expiresOn: "2026-06-16" }], today)).toBeNull();
  });
  it("names what is missing", () => {
    expect(verifierCredentialRefusal("medical", [], today)).toBe("Verifying needs a valid medical: you have none on record");
    expect(verifierCredentialRefusal("insurance", [], today)).toBe("Verifying needs valid insurance: you have none on record");
  });
});

describe("a credential not yet issued", () => {
  it("does not count before its issue day, and counts from it", () => {
    const renewal = { issuedOn: "2026-06-16", expiresOn: "2027-06-15" };
    expect(verifierCredentialRefusal("licence", [renewal], "2026-06-15")).toBe("Verifying needs a valid licence: yours is not valid until 16 Jun 2026");
    expect(verifierCredentialRefusal("licence", [renewal], "2026-06-16")).toBeNull();
    // An old licence still valid today is enough meanwhile.
    expect(verifierCredentialRefusal("licence", [renewal, { issuedOn: "2025-06-16", expiresOn: "2026-06-15" }], "2026-06-15")).toBeNull();
  });
});
