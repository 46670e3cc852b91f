"use client";

/** Shown when a page fails (e.g. the database does not answer): a message, never internals. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <section className="gp-gone">
      <h1>Something went wrong</h1>
      <p>The page could not be shown. Please try again in a moment.</p>
      <button type="button" className="gp-button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
