"use client";

import { useEffect } from "react";

/**
 * Progressive enhancement: with JavaScript, changing a filter or the sort submits the search form at
 * once. Without it, the form's buttons do the same.
 */
export function AutoSubmit({ formId }: { formId: string }) {
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const onChange = (event: Event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.type === "search") return;
      if ((target instanceof HTMLInputElement || target instanceof HTMLSelectElement) && target.form === form) form.requestSubmit();
    };
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  }, [formId]);
  return null;
}
