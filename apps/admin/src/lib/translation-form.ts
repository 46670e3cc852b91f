import { translationLanguages } from "@gp/db/translations";
import { z } from "zod";
import { normaliseText } from "./practice-form";

/** The languages a practice is translated into, named as the admin app shows them. */
export const translationLanguageNames: Record<(typeof translationLanguages)[number], string> = {
  en: "English",
  fr: "French",
  de: "German",
  es: "Spanish",
};

export const translationLanguage = z.enum(translationLanguages, {
  error: "Choose English, French, German or Spanish.",
});

/** The translation form, as submitted. */
export const translationFields = z.object({
  practiceId: z.coerce.number().int().positive(),
  language: translationLanguage,
  /** Empty when the editor added the translation (there was none to load). */
  version: z
    .string()
    .regex(/^\d{0,9}$/)
    .transform((v) => (v === "" ? null : Number(v))),
  title: z
    .string()
    .trim()
    .max(300, "The title can have at most 300 characters.")
    .transform((v) => v || null),
  summary: z
    .string()
    .transform(normaliseText)
    .pipe(
      z.string().min(1, "The summary cannot be empty.").max(20_000, "The summary can have at most 20,000 characters."),
    ),
  status: z.enum(["draft", "published"], { error: "Choose draft or published." }),
});
