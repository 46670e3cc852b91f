import type { PracticeStatus } from "@gp/db/curation";
import { distinctions, type AwardDistinction } from "@gp/db/domain";

/** The names ISSA gives the award distinctions, by stored value, highest first. */
export const distinctionLabels = Object.fromEntries(distinctions.map((d) => [d.value, d.name])) as Record<
  AwardDistinction,
  string
>;

export const statusLabels: Record<PracticeStatus, string> = {
  published: "Published",
  draft: "Draft",
  withdrawn: "Withdrawn",
  merged: "Merged",
};

export const fieldLabels: Record<string, string> = {
  title: "Title",
  summary: "Summary",
  institutionId: "Institution",
  implementationYear: "Implementation year",
  awardYear: "Award year",
  awardDistinction: "Award distinction",
  language: "Language",
  topics: "Topics",
  status: "Status",
  fingerprint: "Fingerprint",
};

/** Languages an entry can be in (ISO 639-1): the ISSA's working languages first. */
export const languages: Array<{ code: string; name: string }> = [
  { code: "en", name: "English" },
  { code: "fr", name: "French" },
  { code: "es", name: "Spanish" },
  { code: "de", name: "German" },
  { code: "ar", name: "Arabic" },
  { code: "pt", name: "Portuguese" },
  { code: "ru", name: "Russian" },
  { code: "zh", name: "Chinese" },
];

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** Dates are shown in UTC, the same for every editor (and in server and client renders). */
export function formatDateTime(value: Date | string): string {
  return `${dateTime.format(new Date(value))} UTC`;
}

export function formatDate(value: Date | string): string {
  return date.format(new Date(value));
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The roles, as the user forms offer them. */
export const roleOptions = [
  { value: "editor", label: "Editor" },
  { value: "admin", label: "Admin" },
];
