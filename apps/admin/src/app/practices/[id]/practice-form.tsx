"use client";

import type { PracticeSnapshot } from "@gp/db/curation";
import { useActionState } from "react";
import { describedBy, Field } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { TopicCheckboxes, type TopicOption } from "@/components/topic-checkboxes";
import { idle } from "@/lib/form-state";
import { distinctionLabels, languages, statusLabels } from "@/lib/labels";
import { savePractice, type EditState } from "./actions";

export interface InstitutionChoice {
  id: number;
  name: string;
  acronym: string | null;
  country: string;
}

/** Institutions grouped by country, for a select with optgroups. */
export function InstitutionOptions({ institutions }: { institutions: InstitutionChoice[] }) {
  const byCountry = new Map<string, InstitutionChoice[]>();
  for (const i of institutions) byCountry.set(i.country, [...(byCountry.get(i.country) ?? []), i]);
  return (
    <>
      {[...byCountry].map(([country, list]) => (
        <optgroup key={country} label={country}>
          {list.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
              {i.acronym ? ` (${i.acronym})` : ""}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

export function PracticeForm({
  practice,
  institutions,
  topics,
}: {
  practice: { id: number; version: number; snapshot: PracticeSnapshot; curatedFields: string[] };
  institutions: InstitutionChoice[];
  topics: TopicOption[];
}) {
  const [state, formAction, pending] = useActionState<EditState, FormData>(savePractice, idle);
  const { snapshot } = practice;
  // After a conflict the form saves over the version the editor has now seen.
  const version = state.conflict?.version ?? practice.version;
  const loaded = state.conflict?.loaded ?? JSON.stringify(snapshot);
  const v = (name: string, fallback: string | number | null) => {
    const submitted = state.values?.[name];
    return typeof submitted === "string" ? submitted : fallback === null ? "" : String(fallback);
  };
  const selectedTopics = state.values ? [state.values.topics ?? []].flat().map(Number) : snapshot.topics;
  const e = state.errors ?? {};
  const curated = (field: string) =>
    practice.curatedFields.includes(field) ? "Curated: imports keep this value." : undefined;

  return (
    <form
      action={formAction}
      className="gp-card gp-form"
      key={`${practice.version}-${state.submission ?? 0}`}
      noValidate
    >
      <input type="hidden" name="id" value={practice.id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="loaded" value={loaded} />
      <FormMessage state={state} />
      {state.conflict ? (
        <section className="gp-conflict" aria-labelledby="conflict-title">
          <h2 id="conflict-title">What changed meanwhile</h2>
          <p className="gp-muted">
            {state.conflict.by ? `By ${state.conflict.by}` : "By someone else"}
            {state.conflict.at
              ? `, ${new Date(state.conflict.at).toISOString().slice(0, 16).replace("T", " ")} UTC`
              : ""}
            .
          </p>
          {state.conflict.changes.length === 0 ? (
            <p>No field you can edit changed (the practice was only touched, e.g. re-tagged back).</p>
          ) : (
            <table className="gp-diff-table">
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">When you opened the page</th>
                  <th scope="col">Now</th>
                </tr>
              </thead>
              <tbody>
                {state.conflict.changes.map((c) => (
                  <tr key={c.field}>
                    <th scope="row">{c.label}</th>
                    <td>{c.from}</td>
                    <td>
                      <mark>{c.to}</mark>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}

      <Field
        id="title"
        label="Title"
        optional
        hint={curated("title") ?? "Without a title, the site shows one derived from the summary."}
        errors={e.title}
      >
        <input
          className="gp-input"
          id="title"
          name="title"
          defaultValue={v("title", snapshot.title)}
          maxLength={300}
          {...describedBy("title", e.title, true)}
        />
      </Field>
      <Field id="summary" label="Summary" hint={curated("summary")} errors={e.summary}>
        <textarea
          className="gp-textarea"
          id="summary"
          name="summary"
          rows={10}
          defaultValue={v("summary", snapshot.summary)}
          required
          {...describedBy("summary", e.summary, Boolean(curated("summary")))}
        />
      </Field>
      <Field id="institutionId" label="Institution" hint={curated("institutionId")} errors={e.institutionId}>
        <select
          className="gp-select"
          id="institutionId"
          name="institutionId"
          defaultValue={v("institutionId", snapshot.institutionId)}
          {...describedBy("institutionId", e.institutionId, Boolean(curated("institutionId")))}
        >
          <InstitutionOptions institutions={institutions} />
        </select>
      </Field>
      <div className="gp-form-row">
        <Field id="implementationYear" label="Implementation year" optional errors={e.implementationYear}>
          <input
            className="gp-input"
            id="implementationYear"
            name="implementationYear"
            inputMode="numeric"
            defaultValue={v("implementationYear", snapshot.implementationYear)}
            {...describedBy("implementationYear", e.implementationYear)}
          />
        </Field>
        <Field id="awardYear" label="Award year" optional errors={e.awardYear}>
          <input
            className="gp-input"
            id="awardYear"
            name="awardYear"
            inputMode="numeric"
            defaultValue={v("awardYear", snapshot.awardYear)}
            {...describedBy("awardYear", e.awardYear)}
          />
        </Field>
      </div>
      <div className="gp-form-row">
        <Field id="awardDistinction" label="Award distinction" optional errors={e.awardDistinction}>
          <select
            className="gp-select"
            id="awardDistinction"
            name="awardDistinction"
            defaultValue={v("awardDistinction", snapshot.awardDistinction)}
            {...describedBy("awardDistinction", e.awardDistinction)}
          >
            <option value="">None</option>
            {Object.entries(distinctionLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="language" label="Language" optional errors={e.language}>
          <select
            className="gp-select"
            id="language"
            name="language"
            defaultValue={v("language", snapshot.language)}
            {...describedBy("language", e.language)}
          >
            <option value="">Not set</option>
            {languages.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <TopicCheckboxes options={topics} selected={selectedTopics} errors={e.topics} />
      <fieldset className="gp-radios" aria-describedby="status-error">
        <legend>Status</legend>
        {(["published", "draft", "withdrawn"] as const).map((status) => (
          <label key={status} className="gp-check">
            <input type="radio" name="status" value={status} defaultChecked={v("status", snapshot.status) === status} />{" "}
            {statusLabels[status]}
          </label>
        ))}
        <p className="gp-field__error" id="status-error" aria-live="polite">
          {e.status?.join(" ")}
        </p>
      </fieldset>
      <div className="gp-form-actions">
        <button className="gp-button" type="submit" disabled={pending}>
          {pending ? "Saving…" : state.conflict ? "Save my changes over the new version" : "Save changes"}
        </button>
      </div>
    </form>
  );
}
