import PDFDocument from "pdfkit";
import { dayInTimeZone, formatDay } from "../../domain/calendar-day";
import { formatFreefall } from "../../domain/jumps";
import type { LogbookEntry } from "../../domain/logbook";
import { signerOf } from "../../domain/witness";

// A performer's logbook as a paper logbook would hold it, drawn with pdfkit
// (a real PDF made on the server, not a browser print): the entries oldest
// first with their sign-off, corrections and jumps; on every page the
// production, the performer, the print date, the audit chain's head and the
// page number; a totals page per discipline at the end. Black and grey only,
// in Helvetica (built into every PDF reader: nothing to download or embed).

export type Paper = "a4" | "letter";

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

const MARGIN = 48;
const HEADER = 46;
const FOOTER = 30;
const GREY = "#555555";
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

// pdfkit's built-in fonts encode text as WinAnsi, and write a character
// outside it as its raw code units: "Łódź" printed as other letters, an emoji
// as "Ø=Þ", U+3434 as the digits "44" (a note could print a number nobody
// wrote). So every string is brought into WinAnsi first: kept when it is in
// it, else its letter without the accent (Ż → Z, ł → l), else "?".
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const NO_DECOMPOSITION: Record<string, string> = { Ł: "L", ł: "l", Đ: "D", đ: "d", Ħ: "H", ħ: "h", Ŧ: "T", ŧ: "t", ı: "i" };
const inWinAnsi = (c: string) => {
  const code = c.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(c);
};

export function toWinAnsi(text: string): string {
  let out = "";
  for (const c of text) {
    if (c === "\n" || inWinAnsi(c)) out += c;
    else if (/\s/u.test(c)) out += " ";
    else if (NO_DECOMPOSITION[c]) out += NO_DECOMPOSITION[c];
    else {
      const base = c.normalize("NFKD").replace(/\p{M}/gu, "");
      out += base && [...base].every(inWinAnsi) ? base : "?";
    }
  }
  return out;
}

export async function renderLogbookPdf(input: LogbookPdfInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: input.paper === "letter" ? "LETTER" : "A4",
    margins: { top: MARGIN + HEADER, bottom: MARGIN + FOOTER, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: `Logbook of ${input.performer} — ${input.production}`, Author: "Stuntbook" },
  });
  // Every string drawn goes through toWinAnsi (above): one place, so no field can be forgotten.
  const drawText = doc.text.bind(doc);
  doc.text = ((text: string, ...rest: unknown[]) => (drawText as (...args: unknown[]) => PDFKit.PDFDocument)(toWinAnsi(String(text)), ...rest)) as typeof doc.text;
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const width = doc.page.width - 2 * MARGIN;
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
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the footer must not start a new page
    doc.font("Helvetica-Bold").fontSize(9).fillColor("black").text(`${input.performer} — ${input.production}`, MARGIN, MARGIN, { width, lineBreak: false });
    doc.font("Helvetica").fontSize(7.5).fillColor(GREY).text(`Printed ${formatDay(input.printedOn)} · audit chain head ${chainHead}`, MARGIN, MARGIN + 13, { width, lineBreak: false });
    doc.moveTo(MARGIN, MARGIN + 28).lineTo(MARGIN + width, MARGIN + 28).strokeColor(GREY).lineWidth(0.5).stroke();
    doc.font("Helvetica").fontSize(8).fillColor(GREY).text(`Page ${i - range.start + 1} of ${range.count}`, MARGIN, doc.page.height - MARGIN - 10, { width, align: "right", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
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
