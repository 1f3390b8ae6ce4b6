import { PDFParse } from "pdf-parse";

/** A PDF's text and page count, as a reader would extract them (the parser takes over the buffer: pass a copy to keep yours). */
export async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: bytes });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.total };
  } finally {
    await parser.destroy();
  }
}
