"use client";

import { Shell } from "@gp/ui/shell";

/** Shown when a page fails (e.g. the database stopped answering mid-request): a message, never internals. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <Shell brand="Good Practices" tagline="Admin" tone="admin" nav={[{ href: "/", label: "Dashboard" }]}>
      <h1>Something went wrong</h1>
      <p>The page could not be shown. Nothing you saved has been lost. Please try again in a moment.</p>
      <p>
        <button type="button" className="gp-button" onClick={reset}>
          Try again
        </button>
      </p>
    </Shell>
  );
}
