"use client";

import { useActionState, useState } from "react";
import { describedBy, Field } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { TopicCheckboxes, type TopicOption } from "@/components/topic-checkboxes";
import { idle } from "@/lib/form-state";
import { distinctionLabels, languages } from "@/lib/labels";
import { InstitutionOptions, type InstitutionChoice } from "../[id]/practice-form";
import { createEntry } from "./actions";

export function NewEntryForm({
  institutions,
  countries,
  topics,
}: {
  institutions: InstitutionChoice[];
  countries: Array<{ id: number; name: string }>;
  topics: TopicOption[];
}) {
  const [state, formAction, pending] = useActionState(createEntry, idle);
  const v = (name: string, fallback = "") => {
    const value = state.values?.[name];
    return typeof value === "string" ? value : fallback;
  };
  const [mode, setMode] = useState(v("institutionMode", "existing"));
  const e = state.errors ?? {};
  const selectedTopics = [state.values?.topics ?? []].flat().map(Number);

  return (
    <form action={formAction} className="gp-card gp-form" key={state.submission ?? 0} noValidate>
      <FormMessage state={state} />
      <Field id="title" label="Title" errors={e.title}>
        <input
          className="gp-input"
          id="title"
          name="title"
          defaultValue={v("title")}
          maxLength={300}
          required
          {...describedBy("title", e.title)}
        />
      </Field>
      <Field id="summary" label="Summary" errors={e.summary}>
        <textarea
          className="gp-textarea"
          id="summary"
          name="summary"
          rows={8}
          defaultValue={v("summary")}
          required
          {...describedBy("summary", e.summary)}
        />
      </Field>

      <fieldset>
        <legend>Institution</legend>
        <div className="gp-radios">
          <label className="gp-check">
            <input
              type="radio"
              name="institutionMode"
              value="existing"
              checked={mode === "existing"}
              onChange={() => setMode("existing")}
            />{" "}
            An institution already in the database
          </label>
          <label className="gp-check">
            <input
              type="radio"
              name="institutionMode"
              value="new"
              checked={mode === "new"}
              onChange={() => setMode("new")}
            />{" "}
            A new institution
          </label>
        </div>
        {mode === "existing" ? (
          <Field id="institutionId" label="Institution" errors={e.institutionId}>
            <select
              className="gp-select"
              id="institutionId"
              name="institutionId"
              defaultValue={v("institutionId")}
              {...describedBy("institutionId", e.institutionId)}
            >
              <option value="">Choose…</option>
              <InstitutionOptions institutions={institutions} />
            </select>
          </Field>
        ) : (
          <>
            <Field id="newInstitutionName" label="Name" errors={e.newInstitutionName}>
              <input
                className="gp-input"
                id="newInstitutionName"
                name="newInstitutionName"
                defaultValue={v("newInstitutionName")}
                {...describedBy("newInstitutionName", e.newInstitutionName)}
              />
            </Field>
            <div className="gp-form-row">
              <Field id="newInstitutionAcronym" label="Acronym" optional errors={e.newInstitutionAcronym}>
                <input
                  className="gp-input"
                  id="newInstitutionAcronym"
                  name="newInstitutionAcronym"
                  defaultValue={v("newInstitutionAcronym")}
                  {...describedBy("newInstitutionAcronym", e.newInstitutionAcronym)}
                />
              </Field>
              <Field id="newInstitutionCountry" label="Country" errors={e.newInstitutionCountry}>
                <select
                  className="gp-select"
                  id="newInstitutionCountry"
                  name="newInstitutionCountry"
                  defaultValue={v("newInstitutionCountry")}
                  {...describedBy("newInstitutionCountry", e.newInstitutionCountry)}
                >
                  <option value="">Choose…</option>
                  {countries.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
          </>
        )}
      </fieldset>

      <div className="gp-form-row">
        <Field id="implementationYear" label="Implementation year" optional errors={e.implementationYear}>
          <input
            className="gp-input"
            id="implementationYear"
            name="implementationYear"
            inputMode="numeric"
            defaultValue={v("implementationYear")}
            {...describedBy("implementationYear", e.implementationYear)}
          />
        </Field>
        <Field id="awardYear" label="Award year" optional errors={e.awardYear}>
          <input
            className="gp-input"
            id="awardYear"
            name="awardYear"
            inputMode="numeric"
            defaultValue={v("awardYear")}
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
            defaultValue={v("awardDistinction")}
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
            defaultValue={v("language", "en")}
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
        <legend>Save as</legend>
        <label className="gp-check">
          <input type="radio" name="status" value="draft" defaultChecked={v("status", "draft") === "draft"} /> Draft
          (not on the public site yet)
        </label>
        <label className="gp-check">
          <input type="radio" name="status" value="published" defaultChecked={v("status") === "published"} /> Published
        </label>
        <p className="gp-field__error" id="status-error" aria-live="polite">
          {e.status?.join(" ")}
        </p>
      </fieldset>
      <div className="gp-form-actions">
        <button className="gp-button" type="submit" disabled={pending}>
          {pending ? "Saving…" : "Create the entry"}
        </button>
      </div>
    </form>
  );
}
