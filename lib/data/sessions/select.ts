import "server-only";

/** What pages and the API read of a training session. */
export const sessionSelect = {
  id: true,
  productionId: true,
  performerId: true,
  disciplineId: true,
  date: true,
  count: true,
  durationMinutes: true,
  location: true,
  notes: true,
  status: true,
  rejectionReason: true,
  correctsId: true,
  correctionReason: true,
  limitOverrideReason: true,
  verifiedAt: true,
  createdAt: true,
  importSource: true,
  importedAt: true,
  witnessName: true,
  witnessLicence: true,
  discipline: { select: { name: true, unit: true } },
  performer: { select: { name: true } },
  loggedBy: { select: { id: true, name: true } },
  verifiedBy: { select: { name: true, credential: true } },
} as const;
