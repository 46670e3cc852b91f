"use client";

import { useActionState } from "react";
import { TextField } from "@gp/ui/form";
import { FormMessage } from "@/components/form-message";
import { StatusRadios, SummaryField } from "@/components/practice-fields";
import { SubmitRow } from "@/components/submit-row";
import { idle } from "@/lib/form-state";
import { saveTranslationAction } from "./actions";

/** The translation form: works without JavaScript (a POST that answers with the page). */
export function TranslationForm({
  practiceId,
  language,
  languageName,
  loaded,
}: {
  practiceId: number;
  language: string;
  languageName: string;
  loaded: { version: number; title: string | null; summary: string; status: string } | null;
}) {
  const [state, formAction, pending] = useActionState(saveTranslationAction, idle);
  const v = (name: string) => {
    const submitted = state.values?.[name];
    if (typeof submitted === "string") return submitted;
    if (name === "status") return loaded?.status ?? "published";
    return name === "title" || name === "summary" ? (loaded?.[name] ?? "") : "";
  };
  const e = state.errors ?? {};
  return (
    <form action={formAction} className="gp-card gp-form" key={state.submission ?? 0} noValidate>
      <input type="hidden" name="practiceId" value={practiceId} />
      <input type="hidden" name="language" value={language} />
      <input type="hidden" name="version" value={loaded?.version ?? ""} />
      <FormMessage state={state} pending={pending} />
      <TextField
        id="title"
        label={`Title in ${languageName}`}
        optional
        defaultValue={v("title")}
        maxLength={300}
        lang={language}
        errors={e.title}
      />
      <SummaryField v={v} e={e} rows={12} label={`Summary in ${languageName}`} lang={language} />
      <StatusRadios
        legend="Status"
        statuses={["published", "draft"]}
        labels={{ draft: "Draft (not on the public site yet)" }}
        v={v}
        e={e}
      />
      <SubmitRow pending={pending} label={`Save the ${languageName} translation`} pendingLabel="Saving…" />
    </form>
  );
}
