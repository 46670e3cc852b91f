"use client";

import { createContext, type ReactNode, useContext } from "react";

// The error page (app/[locale]/error.tsx) must be a client component, and it receives only the
// error. Its three sentences come from the layout through this context, rather than every
// language's messages in the browser's bundle.

export interface ErrorTextsValue {
  heading: string;
  text: string;
  again: string;
}

const Texts = createContext<ErrorTextsValue>({
  heading: "Something went wrong",
  text: "The page could not be shown. Please try again in a moment.",
  again: "Try again",
});

export function ErrorTexts({ texts, children }: { texts: ErrorTextsValue; children: ReactNode }) {
  return <Texts.Provider value={texts}>{children}</Texts.Provider>;
}

export function useErrorTexts(): ErrorTextsValue {
  return useContext(Texts);
}
