import { ComboboxField, describedBy, Field, FieldError, SelectField, TextField } from "@gp/ui/form";
import { type InstitutionChoice, institutionChoices } from "@/lib/choices";
import { distinctionLabels, languages, statusLabels } from "@/lib/labels";

/** The field blocks the edit form and the new-entry form share. */

const distinctionOptions = Object.entries(distinctionLabels).map(([value, label]) => ({ value, label }));
const languageOptions = languages.map((l) => ({ value: l.code, label: l.name }));

/** The institution, searchable (thousands at scale); the form sends its text, the action finds it. */
export function InstitutionField({
  institutions,
  v,
  e,
  hint,
}: {
  institutions: InstitutionChoice[];
  v: Value;
  e: Errors;
  hint?: string;
}) {
  return (
    <ComboboxField
      id="institutionId"
      label="Institution"
      hint={hint}
      options={institutionChoices(institutions)}
      defaultValue={v("institutionId")}
      errors={e.institutionId}
    />
  );
}

type Value = (name: string, fallback?: string | number | null) => string;
type Errors = Record<string, string[] | undefined>;

export function SummaryField({
  v,
  e,
  rows,
  hint,
  label = "Summary",
  lang,
}: {
  v: Value;
  e: Errors;
  rows: number;
  hint?: string;
  label?: string;
  /** The text's language, when it is not the page's (a translation). */
  lang?: string;
}) {
  return (
    <Field id="summary" label={label} hint={hint} errors={e.summary}>
      <textarea
        lang={lang}
        className="gp-textarea"
        id="summary"
        name="summary"
        rows={rows}
        defaultValue={v("summary")}
        required
        {...describedBy("summary", e.summary, Boolean(hint))}
      />
    </Field>
  );
}

/** A year, optional (the form's schema checks its range). */
export function YearField({ name, label, v, e }: { name: string; label: string; v: Value; e: Errors }) {
  return <TextField id={name} label={label} optional inputMode="numeric" defaultValue={v(name)} errors={e[name]} />;
}

/** Implementation year and award year, side by side. */
export function YearFields({ v, e }: { v: Value; e: Errors }) {
  return (
    <div className="gp-form-row">
      <YearField name="implementationYear" label="Implementation year" v={v} e={e} />
      <YearField name="awardYear" label="Award year" v={v} e={e} />
    </div>
  );
}

/** Award distinction and language, side by side. */
export function DistinctionLanguageFields({ v, e }: { v: Value; e: Errors }) {
  return (
    <div className="gp-form-row">
      <SelectField
        id="awardDistinction"
        label="Award distinction"
        optional
        empty="None"
        options={distinctionOptions}
        defaultValue={v("awardDistinction")}
        errors={e.awardDistinction}
      />
      <SelectField
        id="language"
        label="Language"
        optional
        empty="Not set"
        options={languageOptions}
        defaultValue={v("language")}
        errors={e.language}
      />
    </div>
  );
}

/** The status as radio buttons; `labels` overrides the wording per status (the new-entry form's). */
export function StatusRadios({
  legend,
  statuses,
  labels = statusLabels,
  v,
  e,
}: {
  legend: string;
  statuses: ReadonlyArray<"published" | "draft" | "withdrawn">;
  labels?: Partial<Record<string, string>>;
  v: Value;
  e: Errors;
}) {
  return (
    <fieldset className="gp-radios" aria-describedby="status-error">
      <legend>{legend}</legend>
      {statuses.map((status) => (
        <label key={status} className="gp-check">
          <input type="radio" name="status" value={status} defaultChecked={v("status") === status} />{" "}
          {labels[status] ?? statusLabels[status]}
        </label>
      ))}
      <FieldError id="status" errors={e.status} />
    </fieldset>
  );
}
