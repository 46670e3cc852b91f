import "@gp/ui/styles.css";
import { Shell } from "@gp/ui/shell";
import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  title: { default: "Admin · Good Practices", template: "%s · Admin · Good Practices" },
  robots: { index: false, follow: false },
};

export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Shell brand="Good Practices" tagline="Admin" tone="admin" nav={[{ href: "/", label: "Dashboard" }]}>
          {children}
        </Shell>
      </body>
    </html>
  );
}
