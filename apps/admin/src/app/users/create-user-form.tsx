"use client";

import { useActionState } from "react";
import { describedBy, Field, SelectField } from "@gp/ui/form";
import { FormMessage } from "@/components/form-message";
import { idle } from "@/lib/form-state";
import { roleOptions } from "@/lib/labels";
import { createUserAction } from "./actions";

export function CreateUserForm({ minPasswordLength }: { minPasswordLength: number }) {
  const [state, formAction, pending] = useActionState(createUserAction, idle);
  const e = state.errors ?? {};
  const v = (name: string, fallback = "") =>
    typeof state.values?.[name] === "string" ? (state.values[name] as string) : fallback;
  return (
    <form action={formAction} className="gp-form" key={state.submission ?? 0} noValidate>
      <FormMessage state={state} pending={pending} />
      <div className="gp-form-row">
        <Field id="new-email" label="Email" errors={e.email}>
          <input
            className="gp-input"
            id="new-email"
            name="email"
            type="email"
            autoComplete="off"
            defaultValue={v("email")}
            {...describedBy("new-email", e.email)}
          />
        </Field>
        <Field id="new-name" label="Name" optional errors={e.name}>
          <input
            className="gp-input"
            id="new-name"
            name="name"
            defaultValue={v("name")}
            {...describedBy("new-name", e.name)}
          />
        </Field>
      </div>
      <div className="gp-form-row">
        <SelectField
          id="new-role"
          name="role"
          label="Role"
          options={roleOptions}
          defaultValue={v("role", "editor")}
          errors={e.role}
        />
        <Field
          id="new-password"
          label="Password"
          hint={`At least ${minPasswordLength} characters.`}
          errors={e.password}
        >
          <input
            className="gp-input"
            id="new-password"
            name="password"
            type="password"
            autoComplete="new-password"
            {...describedBy("new-password", e.password, true)}
          />
        </Field>
      </div>
      <div className="gp-form-actions">
        <button className="gp-button" type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create user"}
        </button>
      </div>
    </form>
  );
}
