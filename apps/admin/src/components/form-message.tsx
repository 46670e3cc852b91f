import type { FormState } from "@/lib/form-state";

/**
 * The outcome of a form submission, announced politely. While the next submission is pending, the
 * previous outcome is gone: it says nothing about what is being sent now.
 */
export function FormMessage({ state, pending = false }: { state: FormState; pending?: boolean }) {
  return (
    <div aria-live="polite" className="gp-form-message">
      {state.message && !pending ? (
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
