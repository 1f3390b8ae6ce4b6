import QRCode from "qrcode";
import { formatDay, formatInstant } from "../../domain/calendar-day";
import type { DossierDocument } from "../../domain/dossier";
import { GREY, MARGIN, startPdf, stampPages, type Paper } from "./document";

// A sealed dossier on paper, drawn from the sealed JSON alone (so the paper
// shows exactly what was sealed, however often it is downloaded): the verdict
// and every reason, each performer's evidence, equipment, incidents and takes,
// and a seal page with the SHA-256, the audit chain head and a QR code of the
// public page that checks it. Black and grey, as every Stuntbook PDF.

const VERDICT: Record<string, string> = { ready: "READY", ready_with_warnings: "READY WITH WARNINGS", not_ready: "NOT READY" };
const n = (v: number) => v.toLocaleString("en-US");
const day = (d: string | null) => (d ? formatDay(d) : "—");

interface Column {
  label: string;
  w: number;
}

/** A simple table: a bold header row, then rows; a row that would cross the page foot starts a new page. */
function table(doc: PDFKit.PDFDocument, width: number, columns: Column[], rows: string[][]): void {
  const line = (cells: string[], bold: boolean) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9);
    const heights = cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i]!.w * width - 6 }));
    const height = Math.max(...heights, 10);
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      doc.text(cell, x, y, { width: columns[i]!.w * width - 6 });
      x += columns[i]!.w * width;
    });
    doc.x = MARGIN;
    doc.y = y + height + 3;
  };
  line(columns.map((c) => c.label), true);
  for (const r of rows) line(r, false);
  doc.moveDown(0.5);
}

function heading(doc: PDFKit.PDFDocument, text: string, size = 12): void {
  if (doc.y > doc.page.height - doc.page.margins.bottom - 60) doc.addPage();
  doc.x = MARGIN;
  doc.font("Helvetica-Bold").fontSize(size).fillColor("black").text(text).moveDown(0.3);
}

function note(doc: PDFKit.PDFDocument, text: string): void {
  doc.font("Helvetica").fontSize(9).fillColor(GREY).text(text).fillColor("black").moveDown(0.4);
}

/** The QR code as vector squares: sharp at any print size, no image to embed. */
function qr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const code = QRCode.create(text, { errorCorrectionLevel: "M" });
  const modules = code.modules.size;
  const quiet = 4;
  const cell = size / (modules + 2 * quiet);
  doc.save().fillColor("black");
  for (let r = 0; r < modules; r++) {
    for (let c = 0; c < modules; c++) {
      if (code.modules.get(r, c)) doc.rect(x + (c + quiet) * cell, y + (r + quiet) * cell, cell, cell);
    }
  }
  doc.fill().restore();
}

export async function renderDossierPdf(dossier: DossierDocument, sha256: string, verifyUrl: string, paper: Paper): Promise<Buffer> {
  const { doc, done, width } = startPdf(paper, `Sealed dossier: ${dossier.stunt.name} — ${dossier.production.name}`);
  const tz = dossier.production.timeZone;
  const sealed = `${formatInstant(new Date(dossier.sealedAt), tz)} (${tz})`;
  const name = new Map(dossier.performers.map((p) => [p.id, p.name]));

  doc.font("Helvetica-Bold").fontSize(16).text(`Sealed dossier — ${dossier.stunt.name}`);
  doc.font("Helvetica").fontSize(10).fillColor(GREY).text(`${dossier.production.name} · planned ${day(dossier.stunt.plannedDate)} · sealed ${sealed} by ${dossier.sealedBy.name}`);
  if (dossier.stunt.description) doc.text(dossier.stunt.description);
  doc.fillColor("black").moveDown(0.8);

  doc.font("Helvetica-Bold").fontSize(20).text(`Verdict: ${VERDICT[dossier.verdict] ?? dossier.verdict}`).moveDown(0.3);
  if (dossier.reasons.length === 0) note(doc, "No reasons: every check passed.");
  const reasons = [...dossier.reasons].sort((a, b) => Number(b.blocking) - Number(a.blocking));
  for (const r of reasons) {
    doc.font("Helvetica-Bold").fontSize(10).text(r.blocking ? "Blocks: " : "Warning: ", { continued: true }).font("Helvetica").text(r.message);
  }
  doc.moveDown(0.8);

  for (const p of dossier.performers) {
    heading(doc, p.name, 13);
    if (p.goals.length > 0) {
      table(
        doc,
        width,
        [
          { label: "Goal", w: 0.24 },
          { label: "Target", w: 0.12 },
          { label: "Done", w: 0.12 },
          { label: "Verified", w: 0.12 },
          { label: "Verified share", w: 0.14 },
          { label: "Deadline", w: 0.26 },
        ],
        p.goals.map((g) => [g.discipline, n(g.target), n(g.done), n(g.verified), `${Math.round(g.verifiedShare * 1000) / 10} %`, day(g.deadline)]),
      );
    }
    if (p.disciplinesWithoutGoal.length) note(doc, `No goal in: ${p.disciplinesWithoutGoal.join(", ")}`);
    note(doc, `${n(p.pendingEntries)} ${p.pendingEntries === 1 ? "entry waits" : "entries wait"} for sign-off in the stunt's disciplines.`);
    if (p.currency.length) {
      table(
        doc,
        width,
        [
          { label: "Currency", w: 0.3 },
          { label: "Rule", w: 0.3 },
          { label: "Current", w: 0.15 },
          { label: "Until", w: 0.25 },
        ],
        p.currency.map((c) => [c.discipline, `${n(c.count)} within ${n(c.days)} days`, c.current ? "yes" : "no", day(c.currentUntil)]),
      );
    }
    if (p.credentials.length) {
      table(
        doc,
        width,
        [
          { label: "Credential", w: 0.34 },
          { label: "Kind", w: 0.14 },
          { label: "Number", w: 0.18 },
          { label: "Issued", w: 0.17 },
          { label: "Expires", w: 0.17 },
        ],
        p.credentials.map((c) => [c.name, c.kind, c.number ?? "—", day(c.issuedOn), day(c.expiresOn)]),
      );
    } else note(doc, "No credentials on record.");
    if (p.checkIns.length) {
      table(
        doc,
        width,
        [
          { label: "Check-in", w: 0.22 },
          { label: "Sleep", w: 0.12 },
          { label: "Soreness", w: 0.13 },
          { label: "Fatigue", w: 0.13 },
          { label: "Stress", w: 0.12 },
          { label: "Mood", w: 0.12 },
          { label: "Average", w: 0.16 },
        ],
        p.checkIns.map((c) => [day(c.date), String(c.sleep), String(c.soreness), String(c.fatigue), String(c.stress), String(c.mood), c.average.toFixed(1)]),
      );
    } else note(doc, "No check-in in the week before sealing.");
    if (p.overrides.length) {
      heading(doc, "Hard limits overridden", 10);
      table(
        doc,
        width,
        [
          { label: "Date", w: 0.18 },
          { label: "Discipline", w: 0.2 },
          { label: "Count", w: 0.1 },
          { label: "Reason given", w: 0.52 },
        ],
        p.overrides.map((o) => [day(o.date), o.discipline, n(o.count), o.reason]),
      );
    }
  }

  heading(doc, "Equipment");
  if (dossier.equipment.length === 0) note(doc, "The stunt depends on no recorded equipment.");
  else table(doc, width, [{ label: "Item", w: 0.4 }, { label: "Kind", w: 0.2 }, { label: "Status", w: 0.2 }, { label: "Due", w: 0.2 }], dossier.equipment.map((e) => [e.name, e.kind, e.status.replace("_", " "), day(e.dueOn)]));

  heading(doc, "Incidents");
  if (dossier.incidents.length === 0) note(doc, "No incident of these performers or this stunt.");
  else
    table(
      doc,
      width,
      [
        { label: "Date", w: 0.15 },
        { label: "Who", w: 0.17 },
        { label: "Severity", w: 0.13 },
        { label: "Status", w: 0.1 },
        { label: "What happened; follow-up", w: 0.45 },
      ],
      dossier.incidents.map((i) => [day(i.occurredOn), i.performerId ? (name.get(i.performerId) ?? "another member") : "—", i.severity.replace("_", " "), i.status, i.followUp ? `${i.description} — ${i.followUp}` : i.description]),
    );

  heading(doc, "Takes");
  if (dossier.takes.length === 0) note(doc, "No take recorded yet.");
  else
    table(
      doc,
      width,
      [
        { label: "Take", w: 0.1 },
        { label: "When", w: 0.25 },
        { label: "Performer", w: 0.2 },
        { label: "Outcome", w: 0.15 },
        { label: "Notes", w: 0.3 },
      ],
      dossier.takes.map((t) => [String(t.number), formatInstant(new Date(t.at), tz), name.get(t.performerId) ?? "—", t.outcome.replace("_", " "), t.notes ?? ""]),
    );

  // The seal: its own page, so it is never split from its code.
  doc.addPage();
  heading(doc, "The seal", 14);
  note(doc, "This dossier was sealed as a JSON document. Its SHA-256 below is the seal: the public page at the address below (or the QR code) says whether a dossier with this seal exists, what it states, and whether the production's audit record still holds up to the head named here.");
  doc.font("Helvetica-Bold").fontSize(9).text("SHA-256 of the sealed JSON");
  doc.font("Courier").fontSize(9).text(sha256).moveDown(0.5);
  doc.font("Helvetica-Bold").fontSize(9).text(`Audit chain head after ${n(dossier.auditChain.entries)} entries`);
  doc.font("Courier").fontSize(9).text(dossier.auditChain.head).moveDown(0.5);
  doc.font("Helvetica-Bold").fontSize(9).text("Check it at");
  doc.font("Helvetica").fontSize(9).text(verifyUrl, { link: verifyUrl, underline: true }).moveDown(0.8);
  qr(doc, verifyUrl, MARGIN, doc.y, 150);

  stampPages(doc, width, `Sealed dossier: ${dossier.stunt.name} — ${dossier.production.name}`, `Sealed ${sealed} · SHA-256 ${sha256}`);
  doc.end();
  return done;
}
