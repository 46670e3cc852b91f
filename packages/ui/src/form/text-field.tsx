import type { InputHTMLAttributes, ReactNode } from "react";
import { describedBy, Field } from "./field";

/** A labelled text input (or email, password, number…) with its hint and its errors. */
export function TextField({
  id,
  name = id,
  label,
  hint,
  errors,
  optional,
  ...input
}: {
  id: string;
  name?: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  optional?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "className">) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors} optional={optional}>
      <input className="gp-input" id={id} name={name} {...input} {...describedBy(id, errors, Boolean(hint))} />
    </Field>
  );
}
