"use client";

import { useActionState } from "react";
import { SelectField, TextField } from "@gp/ui/form";
import { FormMessage } from "@/components/form-message";
import { idle } from "@/lib/form-state";
import { roleOptions } from "@/lib/labels";
import { createUserAction } from "./actions";
import { SubmitRow } from "@/components/submit-row";

export function CreateUserForm({ minPasswordLength }: { minPasswordLength: number }) {
  const [state, formAction, pending] = useActionState(createUserAction, idle);
  const e = state.errors ?? {};
  const v = (name: string, fallback = "") =>
    typeof state.values?.[name] === "string" ? (state.values[name] as string) : fallback;
  return (
    <form action={formAction} className="gp-form" key={state.submission ?? 0} noValidate>
      <FormMessage state={state} pending={pending} />
      <div className="gp-form-row">
        <TextField
          id="new-email"
          name="email"
          label="Email"
          type="email"
          autoComplete="off"
          defaultValue={v("email")}
          errors={e.email}
        />
        <TextField id="new-name" name="name" label="Name" optional defaultValue={v("name")} errors={e.name} />
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
        <TextField
          id="new-password"
          name="password"
          label="Password"
          hint={`At least ${minPasswordLength} characters.`}
          type="password"
          autoComplete="new-password"
          errors={e.password}
        />
      </div>
      <SubmitRow pending={pending} label="Create user" pendingLabel="Creating…" />
    </form>
  );
}
