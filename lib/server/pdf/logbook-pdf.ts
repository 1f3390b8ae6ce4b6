import { dayInTimeZone, formatDay } from "../../domain/calendar-day";
import { formatFreefall } from "../../domain/jumps";
import type { LogbookEntry } from "../../domain/logbook";
import { signerOf } from "../../domain/witness";
import { GREY, MARGIN, startPdf, stampPages, type Paper } from "./document";

export { toWinAnsi, type Paper } from "./document";

// A performer's logbook as a paper logbook would hold it, drawn with pdfkit
// (a real PDF made on the server, not a browser print): the entries oldest
// first with their sign-off, corrections and jumps; on every page the
// production, the performer, the print date, the audit chain's head and the
// page number; a totals page per discipline at the end. Black and grey only,
// in Helvetica (built into every PDF reader: nothing to download or embed).

export interface LogbookPdfInput {
  production: string;
  performer: string;
  printedOn: string; // YYYY-MM-DD, the production's day
  timeZone: string;
  /**
   * The audit chain's head, asked for once every entry has been read: then
   * every entry printed was committed before it, and the head covers them all.
   */
  chainHead: () => Promise<string>;
  /** The filters, as a line ("Skydive, 1 Jan 2026 – 30 Jun 2026"), or null for the whole logbook. */
  selection: string | null;
  paper: Paper;
  entries: AsyncIterable<LogbookEntry[]>;
}

const STATUS: Record<string, string> = { pending: "Pending", verified: "Verified", rejected: "Rejected", superseded: "Superseded" };

interface Totals {
  discipline: string;
  unit: string;
  entries: number;
  counting: number;
  verified: number;
  jumps: number;
  freefallSeconds: number;
}

const n = (v: number) => v.toLocaleString("en-US");

export async function renderLogbookPdf(input: LogbookPdfInput): Promise<Buffer> {
  const { doc, done, width } = startPdf(input.paper, `Logbook of ${input.performer} — ${input.production}`);
  const totals = new Map<string, Totals>();

  doc.font("Helvetica-Bold").fontSize(16).text(`Logbook — ${input.performer}`);
  doc.font("Helvetica").fontSize(10).fillColor(GREY).text(`${input.production} · printed ${formatDay(input.printedOn)} (${input.timeZone})${input.selection ? ` · ${input.selection}` : ""}`);
  doc.fillColor("black").moveDown(0.8);

  let count = 0;
  for await (const batch of input.entries) {
    for (const e of batch) {
      count++;
      const t = totals.get(e.discipline.name) ?? { discipline: e.discipline.name, unit: e.discipline.unit, entries: 0, counting: 0, verified: 0, jumps: 0, freefallSeconds: 0 };
      t.entries++;
      const counts = e.status === "verified" || (e.status === "pending" && !e.correctsId);
      if (counts) t.counting += e.count;
      if (e.status === "verified") t.verified += e.count;
      if (counts) {
        t.jumps += e.jumps?.length ?? 0;
        t.freefallSeconds += (e.jumps ?? []).reduce((s, j) => s + (j.freefallSeconds ?? 0), 0);
      }
      totals.set(e.discipline.name, t);
      entry(doc, e, width, input.timeZone);
    }
  }
  if (count === 0) doc.font("Helvetica").fontSize(11).text("No entries match.");

  // Totals: a page of their own, one row per discipline.
  doc.addPage();
  doc.font("Helvetica-Bold").fontSize(14).text("Totals per discipline");
  doc.font("Helvetica").fontSize(9).fillColor(GREY).text("Counting: pending and verified entries (never rejected, superseded, or a correction still pending).").fillColor("black").moveDown(0.6);
  const columns = [
    { label: "Discipline", w: 0.3 },
    { label: "Entries", w: 0.12 },
    { label: "Counting", w: 0.15 },
    { label: "Verified", w: 0.15 },
    { label: "Jumps", w: 0.1 },
    { label: "Freefall", w: 0.18 },
  ];
  const row = (cells: string[], bold: boolean) => {
    const y = doc.y;
    let x = MARGIN;
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(10);
    cells.forEach((cell, i) => {
      doc.text(cell, x, y, { width: columns[i]!.w * width - 4, lineBreak: false });
      x += columns[i]!.w * width;
    });
    doc.moveDown(0.4);
    doc.x = MARGIN;
  };
  row(columns.map((c) => c.label), true);
  for (const t of [...totals.values()].sort((a, b) => a.discipline.localeCompare(b.discipline))) {
    row([t.discipline, n(t.entries), `${n(t.counting)} ${t.unit}s`, n(t.verified), t.jumps ? n(t.jumps) : "—", t.jumps ? formatFreefall(t.freefallSeconds) : "—"], false);
  }
  if (totals.size === 0) row(["—", "0", "0", "0", "—", "—"], false);

  // Every page: who and what this is, the chain head, the page number.
  const chainHead = await input.chainHead();
  stampPages(doc, width, `${input.performer} — ${input.production}`, `Printed ${formatDay(input.printedOn)} · audit chain head ${chainHead}`);
  doc.end();
  return done;
}

function entry(doc: PDFKit.PDFDocument, e: LogbookEntry, width: number, timeZone: string): void {
  // Keep an entry's first lines together: start a new page rather than leave its heading alone at the bottom.
  if (doc.y > doc.page.height - doc.page.margins.bottom - 60) doc.addPage();
  doc.fillColor("black").font("Helvetica-Bold").fontSize(10.5).text(`${formatDay(e.date)} · ${e.discipline.name} · ${n(e.count)} ${e.discipline.unit}${e.count === 1 ? "" : "s"} · ${STATUS[e.status] ?? e.status}`, { width });
  const details = [e.durationMinutes ? `${e.durationMinutes} min` : null, e.location, `logged by ${e.loggedBy.name}`, e.importSource ? `imported from ${e.importSource}` : null].filter(Boolean).join(" · ");
  doc.font("Helvetica").fontSize(9).fillColor(GREY).text(details, { width });
  const signer = e.status === "verified" || e.status === "superseded" ? signerOf(e) : null;
  if (signer) {
    const who = `${signer.outsideWitness ? "outside witness " : ""}${signer.name}${signer.credential ? ` (${signer.credential})` : ""}`;
    doc.fillColor("black").text(`Verified by ${who}${e.verifiedAt ? ` on ${formatDay(dayInTimeZone(e.verifiedAt, timeZone))}` : ""}`, { width });
  }
  if (e.status === "rejected" && e.rejectionReason) doc.fillColor("black").text(`Rejected: ${e.rejectionReason}`, { width });
  if (e.correctsId) doc.fillColor("black").text(`Correction of an earlier entry: ${e.correctionReason ?? ""}`, { width });
  if (e.status === "superseded") doc.fillColor("black").text("Replaced by a verified correction; no longer counts.", { width });
  if (e.limitOverrideReason) doc.fillColor("black").text(`Dose limit overridden: ${e.limitOverrideReason}`, { width });
  if (e.equipment?.length) doc.fillColor(GREY).text(`Equipment: ${e.equipment.map((q) => q.name).join(", ")}`, { width });
  if (e.notes) doc.fillColor("black").font("Helvetica-Oblique").text(`“${e.notes}”`, { width }).font("Helvetica");
  for (const j of e.jumps ?? []) {
    const parts = [
      j.exitAltitudeFt !== null ? `exit ${n(j.exitAltitudeFt)} ft` : null,
      j.deploymentAltitudeFt !== null ? `deploy ${n(j.deploymentAltitudeFt)} ft` : null,
      j.freefallSeconds !== null ? `${j.freefallSeconds} s freefall` : null,
      j.jumpType,
      j.aircraft,
      j.dropzone,
      j.equipment,
      j.landingDistanceM !== null ? `${n(j.landingDistanceM)} m from target` : null,
      j.notes,
    ].filter(Boolean);
    doc.fillColor("black").fontSize(8.5).text(`   Jump ${j.jumpNumber}: ${parts.join(", ") || "no detail"}`, { width });
  }
  doc.fontSize(9).moveDown(0.6);
}
