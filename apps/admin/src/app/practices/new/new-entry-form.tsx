"use client";

import { useActionState, useState } from "react";
import { ComboboxField, TextField } from "@gp/ui/form";
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
import { SubmitRow } from "@/components/submit-row";

/** What an empty form starts with. */
const defaults: Record<string, string> = { institutionMode: "existing", language: "en", status: "draft" };
const entryStatusLabels = { draft: "Draft (not on the public site yet)" };
const institutionModes = [
  ["existing", "An institution already in the database"],
  ["new", "A new institution"],
] as const;

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
      <TextField id="title" label="Title" defaultValue={v("title")} maxLength={300} required errors={e.title} />
      <SummaryField v={v} e={e} rows={8} />

      <fieldset>
        <legend>Institution</legend>
        <div className="gp-radios">
          {institutionModes.map(([value, label]) => (
            <label key={value} className="gp-check">
              <input
                type="radio"
                name="institutionMode"
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
              />{" "}
              {label}
            </label>
          ))}
        </div>
        {mode === "existing" ? (
          <InstitutionField institutions={institutions} v={v} e={e} />
        ) : (
          <>
            <TextField
              id="newInstitutionName"
              label="Name"
              defaultValue={v("newInstitutionName")}
              errors={e.newInstitutionName}
            />
            <div className="gp-form-row">
              <TextField
                id="newInstitutionAcronym"
                label="Acronym"
                optional
                defaultValue={v("newInstitutionAcronym")}
                errors={e.newInstitutionAcronym}
              />
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
      <SubmitRow pending={pending} label="Create the entry" pendingLabel="Saving…" />
    </form>
  );
}
