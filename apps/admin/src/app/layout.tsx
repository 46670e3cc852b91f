import "@gp/ui/styles.css";
import "@gp/ui/table.css";
import "./admin.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  title: { default: "Admin · Good Practices", template: "%s · Admin · Good Practices" },
  robots: { index: false, follow: false },
};

// Every page depends on who is signed in.
export const dynamic = "force-dynamic";

// Pages render their own frame (components/admin-frame.tsx), which marks the current page.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
