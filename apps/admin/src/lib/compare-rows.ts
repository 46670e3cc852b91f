import type { PracticeDetail } from "@gp/db/curation";
import { distinctionLabels, languages, statusLabels } from "./labels";

/** The fields two practices are compared on (and merged by), each with how it reads. */
export type CompareField =
  | "title"
  | "summary"
  | "institutionId"
  | "implementationYear"
  | "awardYear"
  | "awardDistinction"
  | "language"
  | "status";

export const compareRows: Array<{ field: CompareField; label: string; show: (p: PracticeDetail) => string | null }> = [
  { field: "title", label: "Title", show: (p) => p.title },
  { field: "summary", label: "Summary", show: (p) => p.summary },
  { field: "institutionId", label: "Institution", show: (p) => `${p.institution.name} (${p.institution.country})` },
  {
    field: "implementationYear",
    label: "Implementation year",
    show: (p) => (p.implementationYear === null ? null : String(p.implementationYear)),
  },
  { field: "awardYear", label: "Award year", show: (p) => (p.awardYear === null ? null : String(p.awardYear)) },
  {
    field: "awardDistinction",
    label: "Award distinction",
    show: (p) => (p.awardDistinction ? distinctionLabels[p.awardDistinction] : null),
  },
  {
    field: "language",
    label: "Language",
    show: (p) => (p.language ? (languages.find((l) => l.code === p.language)?.name ?? p.language) : null),
  },
  { field: "status", label: "Status", show: (p) => statusLabels[p.status] },
];
