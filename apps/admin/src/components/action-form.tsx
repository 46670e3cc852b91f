"use client";

import { useActionState, type ReactNode } from "react";
import { idle, type FormState } from "@/lib/form-state";

/**
 * A small form bound to a server action (prev state, form data): hidden fields, optional inputs,
 * one submit button, and the outcome announced next to it. Used for the many one-click actions
 * (restore, unmerge, dismiss, rename…), so each keeps its typed values and shows its own errors.
 */
export function ActionForm({
  action,
  hidden = {},
  children,
  submitLabel,
  pendingLabel,
  variant,
  className = "gp-inline-form",
  confirmText,
  help,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden?: Record<string, string | number>;
  children?: ReactNode | ((state: FormState) => ReactNode);
  submitLabel: string;
  pendingLabel?: string;
  variant?: "secondary" | "danger";
  className?: string;
  /** Asks before submitting (destructive actions). */
  confirmText?: string;
  /** One line under the button saying what it does. */
  help?: string;
}) {
  const [state, formAction, pending] = useActionState(action, idle);
  // While pending, the previous outcome is not shown: it would be read as the answer to this submission.
  return (
    <form
      action={formAction}
      className={className}
      key={state.status === "ok" ? state.submission : undefined}
      onSubmit={(event) => {
        if (confirmText && !window.confirm(confirmText)) event.preventDefault();
      }}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {typeof children === "function" ? children(state) : children}
      <button className="gp-button" data-variant={variant} type="submit" disabled={pending}>
        {pending ? (pendingLabel ?? "Working…") : submitLabel}
      </button>
      <span aria-live="polite" className="gp-action-message" data-tone={state.status}>
        {pending ? null : state.message}
      </span>
      {help ? <p className="gp-action-help">{help}</p> : null}
    </form>
  );
}
