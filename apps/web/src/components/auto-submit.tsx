"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * Progressive enhancement of the search form: with JavaScript, changing a filter or the sort
 * submits it at once, in place (focus and scroll stay), and empty fields are left out of the URL.
 * Without JavaScript the form's buttons submit it, and the server tidies the URL.
 */
export function AutoSubmit({ formId, state }: { formId: string; state: string }) {
  const router = useRouter();
  // The control that sent the search. The options are keyed by value, so a new search keeps the
  // element that has the focus while the option is still listed; when it is not, the focus goes
  // to the first option of its filter rather than to the page.
  const sender = useRef<{ name: string; value: string } | null>(null);

  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const onChange = (event: Event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.type === "search") return;
      if ((target instanceof HTMLInputElement || target instanceof HTMLSelectElement) && target.form === form) {
        sender.current = {
          name: target.name,
          value: target instanceof HTMLInputElement && target.type === "checkbox" ? target.value : "",
        };
        form.requestSubmit();
      }
    };
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      const query = new URLSearchParams();
      for (const [key, value] of new FormData(form))
        if (typeof value === "string" && value.trim()) query.append(key, value.trim());
      const text = query.toString();
      router.push(`${new URL(form.action).pathname}${text ? `?${text}` : ""}`, { scroll: false });
    };
    document.addEventListener("change", onChange);
    form.addEventListener("submit", onSubmit);
    return () => {
      document.removeEventListener("change", onChange);
      form.removeEventListener("submit", onSubmit);
    };
  }, [formId, router]);

  // After a navigation (a chip removed, the back button) the fields must show the new search,
  // which a field the reader already touched would not pick up from the server's defaults.
  useEffect(() => {
    const query = new URLSearchParams(state);
    for (const element of document.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
      `#${formId} input, #${formId} select`,
    )) {
      if (element instanceof HTMLSelectElement) {
        const value = query.get(element.name) ?? "";
        element.value = [...element.options].some((o) => o.value === value) ? value : "";
      } else if (element.type === "checkbox") {
        element.checked = query.getAll(element.name).includes(element.value);
      } else if (element.type !== "hidden" && element.name) {
        element.value = query.get(element.name) ?? "";
      }
    }
    const was = sender.current;
    sender.current = null;
    if (was && (document.activeElement === null || document.activeElement === document.body)) {
      // The same option, or when the new search no longer lists it, the first one of its filter.
      const byName = `#${formId} [name="${CSS.escape(was.name)}"]`;
      const target =
        (was.value ? document.querySelector<HTMLElement>(`${byName}[value="${CSS.escape(was.value)}"]`) : null) ??
        document.querySelector<HTMLElement>(byName);
      target?.focus({ preventScroll: true });
    }
  }, [formId, state]);
  return null;
}
