"use client";

import type { PracticeSnapshot } from "@gp/db/curation";
import { useActionState } from "react";
import { TextField } from "@gp/ui/form";
import { FormMessage } from "@/components/form-message";
import {
  DistinctionLanguageFields,
  InstitutionField,
  StatusRadios,
  SummaryField,
  YearFields,
} from "@/components/practice-fields";
import { TopicCheckboxes, type TopicOption } from "@/components/topic-checkboxes";
import type { InstitutionChoice } from "@/lib/choices";
import { idle } from "@/lib/form-state";
import { savePractice, type EditState } from "./actions";
import { SubmitRow } from "@/components/submit-row";

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
  const v = (name: string) => {
    const submitted = state.values?.[name];
    const loaded = snapshot[name as keyof PracticeSnapshot];
    return typeof submitted === "string" ? submitted : loaded === null ? "" : String(loaded);
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
      <FormMessage state={state} pending={pending} />
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

      <TextField
        id="title"
        label="Title"
        optional
        hint={curated("title") ?? "Without a title, the site shows one derived from the summary."}
        defaultValue={v("title")}
        maxLength={300}
        errors={e.title}
      />
      <SummaryField v={v} e={e} rows={10} hint={curated("summary")} />
      <InstitutionField institutions={institutions} v={v} e={e} hint={curated("institutionId")} />
      <YearFields v={v} e={e} />
      <DistinctionLanguageFields v={v} e={e} />
      <TopicCheckboxes options={topics} selected={selectedTopics} errors={e.topics} />
      <StatusRadios legend="Status" statuses={["published", "draft", "withdrawn"]} v={v} e={e} />
      <SubmitRow
        pending={pending}
        label={state.conflict ? "Save my changes over the new version" : "Save changes"}
        pendingLabel="Saving…"
      />
    </form>
  );
}
