import "@gp/ui/styles.css";
import "./web.css";
import type { ReactNode } from "react";

// Every page reads the database at request time: an editor's change shows at the next page load.
export const dynamic = "force-dynamic";

/** A pass-through: the document (<html lang>, the shell) is app/[locale]/layout.tsx's, in the page's language. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
