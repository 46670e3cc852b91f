"use client";

import { useActionState, useState } from "react";
import { ComboboxField, describedBy, Field } from "@gp/ui/form";
import { FormMessage } from "@/components/form-message";
import {
  DistinctionLanguageFields,
  InstitutionField,
  StatusRadios,
  SummaryField,
  YearFields,
} from "@/components/practice-fields";
import { TopicCheckboxes, type TopicOption } from "@/components/topic-checkboxes";
import { countryChoices, type InstitutionChoice } from "@/lib/choices";
import { idle } from "@/lib/form-state";
import { createEntry } from "./actions";

/** What an empty form starts with. */
const defaults: Record<string, string> = { institutionMode: "existing", language: "en", status: "draft" };
const entryStatusLabels = { draft: "Draft (not on the public site yet)" };

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
  const v = (name: string) => {
    const value = state.values?.[name];
    return typeof value === "string" ? value : (defaults[name] ?? "");
  };
  const [mode, setMode] = useState(v("institutionMode"));
  const e = state.errors ?? {};
  const selectedTopics = [state.values?.topics ?? []].flat().map(Number);

  return (
    <form action={formAction} className="gp-card gp-form" key={state.submission ?? 0} noValidate>
      <FormMessage state={state} pending={pending} />
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
      <SummaryField v={v} e={e} rows={8} />

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
          <InstitutionField institutions={institutions} v={v} e={e} />
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
              <ComboboxField
                id="newInstitutionCountry"
                label="Country"
                options={countryChoices(countries)}
                defaultValue={v("newInstitutionCountry")}
                errors={e.newInstitutionCountry}
              />
            </div>
          </>
        )}
      </fieldset>

      <YearFields v={v} e={e} />
      <DistinctionLanguageFields v={v} e={e} />
      <TopicCheckboxes options={topics} selected={selectedTopics} errors={e.topics} />
      <StatusRadios legend="Save as" statuses={["draft", "published"]} labels={entryStatusLabels} v={v} e={e} />
      <div className="gp-form-actions">
        <button className="gp-button" type="submit" disabled={pending}>
          {pending ? "Saving…" : "Create the entry"}
        </button>
      </div>
    </form>
  );
}
