import type { z } from "zod";

/**
 * What a form's server action returns: a message, the errors per field (shown next to the fields),
 * and the submitted values, so the form shows them again and nothing typed is lost.
 */
export interface FormState {
  status: "idle" | "ok" | "error";
  message?: string;
  errors?: Record<string, string[]>;
  values?: Record<string, string | string[]>;
  /** Changes on every submission, so the form re-mounts with `values` as its defaults. */
  submission?: number;
}

export const idle: FormState = { status: "idle" };

/** The form's fields as plain values (repeated names become arrays), for re-display. */
export function formValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    // Framework fields, and passwords: never sent back to the browser.
    if (key.startsWith("$ACTION") || key.toLowerCase().includes("password")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 || key.endsWith("[]") ? all : (all[0] ?? "");
  }
  return values;
}

/** zod's issues as messages per field (first path segment). */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

export function invalid(
  error: z.ZodError,
  formData: FormData,
  message = "Please correct the fields marked below.",
): FormState {
  return { status: "error", message, errors: fieldErrors(error), values: formValues(formData), submission: Date.now() };
}

export function failed(message: string, formData?: FormData): FormState {
  return { status: "error", message, values: formData ? formValues(formData) : undefined, submission: Date.now() };
}

export function succeeded(message: string): FormState {
  return { status: "ok", message, submission: Date.now() };
}
