"use client";

import { useErrorTexts } from "@/components/error-texts";

/** Shown when a page fails (e.g. the database does not answer): a message, never internals. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const texts = useErrorTexts();
  return (
    <section className="gp-gone">
      <h1>{texts.heading}</h1>
      <p>{texts.text}</p>
      <button type="button" className="gp-button" onClick={reset}>
        {texts.again}
      </button>
    </section>
  );
}
