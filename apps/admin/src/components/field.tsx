import type { ReactNode } from "react";

/**
 * A labelled form field with its hint and its errors. The error region is aria-live, so a screen
 * reader announces the message when a submission comes back with it.
 */
export function Field({
  id,
  label,
  hint,
  errors,
  children,
  optional,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
  optional?: boolean;
}) {
  return (
    <div className="gp-field" data-invalid={errors?.length ? "" : undefined}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="gp-field__optional"> (optional)</span> : null}
      </label>
      {hint ? (
        <p className="gp-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      <p className="gp-field__error" id={`${id}-error`} aria-live="polite">
        {errors?.join(" ")}
      </p>
    </div>
  );
}

/** aria attributes tying an input to its hint and error. */
export function describedBy(id: string, errors?: string[], hint?: boolean) {
  const ids = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
  return { "aria-describedby": ids, "aria-invalid": errors?.length ? true : undefined };
}
