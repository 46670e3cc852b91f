import type { ReactNode } from "react";

/**
 * A field's error messages. The region is always rendered and aria-live, so a screen reader
 * announces a message when a submission comes back with one (a region added later is not announced).
 */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <p className="gp-field__error" id={`${id}-error`} aria-live="polite">
      {errors?.join(" ")}
    </p>
  );
}

/** aria attributes tying an input to its hint and its error. */
export function describedBy(id: string, errors?: string[], hint?: boolean) {
  const ids = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
  return { "aria-describedby": ids, "aria-invalid": errors?.length ? true : undefined };
}

/** A labelled form field with its hint and its errors. */
export function Field({
  id,
  label,
  hint,
  errors,
  children,
  optional,
  className,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
  optional?: boolean;
  className?: string;
}) {
  return (
    <div className={className ? `gp-field ${className}` : "gp-field"} data-invalid={errors?.length ? "" : undefined}>
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
      <FieldError id={id} errors={errors} />
    </div>
  );
}
