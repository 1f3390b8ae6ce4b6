import { z } from "zod";

const blank = (v: unknown) => (v === "" ? undefined : v);

/** A dossier's PDF: the paper it is drawn on. */
export const dossierPdfQuerySchema = z.strictObject({
  paper: z.preprocess(blank, z.enum(["a4", "letter"], { error: "Paper must be a4 or letter" }).optional()).transform((p) => p ?? "a4"),
});

/** A dossier's JSON is served as sealed: nothing to choose. */
export const dossierJsonQuerySchema = z.strictObject({});
