import PDFDocument from "pdfkit";

// What every Stuntbook PDF shares (decision 0014): A4 or US Letter, Helvetica
// (built into every PDF reader: nothing to download or embed), black and grey
// only, every string brought into the fonts' WinAnsi encoding, and on every
// page a header saying what the paper is and a page number.

export type Paper = "a4" | "letter";

export const MARGIN = 48;
export const HEADER = 46;
export const FOOTER = 30;
export const GREY = "#555555";

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

/** A new document whose `text` always draws WinAnsi, and the promise of its bytes once `doc.end()` is called. */
export function startPdf(paper: Paper, title: string): { doc: PDFKit.PDFDocument; done: Promise<Buffer>; width: number } {
  const doc = new PDFDocument({
    size: paper === "letter" ? "LETTER" : "A4",
    margins: { top: MARGIN + HEADER, bottom: MARGIN + FOOTER, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: toWinAnsi(title), Author: "Stuntbook" },
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
  return { doc, done, width: doc.page.width - 2 * MARGIN };
}

/** On every page: a bold title line, a grey line under it, a rule, and "Page n of m" at the foot. */
export function stampPages(doc: PDFKit.PDFDocument, width: number, title: string, subtitle: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the footer must not start a new page
    doc.font("Helvetica-Bold").fontSize(9).fillColor("black").text(title, MARGIN, MARGIN, { width, lineBreak: false });
    doc.font("Helvetica").fontSize(7.5).fillColor(GREY).text(subtitle, MARGIN, MARGIN + 13, { width, lineBreak: false });
    doc.moveTo(MARGIN, MARGIN + 28).lineTo(MARGIN + width, MARGIN + 28).strokeColor(GREY).lineWidth(0.5).stroke();
    doc.font("Helvetica").fontSize(8).fillColor(GREY).text(`Page ${i - range.start + 1} of ${range.count}`, MARGIN, doc.page.height - MARGIN - 10, { width, align: "right", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
