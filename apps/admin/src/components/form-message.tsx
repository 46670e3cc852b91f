import type { FormState } from "@/lib/form-state";

/** The outcome of a form submission, announced politely. */
export function FormMessage({ state }: { state: FormState }) {
  return (
    <div aria-live="polite" className="gp-form-message">
      {state.message ? (
        <p
          className="gp-alert"
          data-tone={state.status === "ok" ? "success" : "error"}
          role={state.status === "error" ? "alert" : "status"}
        >
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
