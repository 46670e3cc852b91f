import "@gp/ui/styles.css";
import "./web.css";
import { Shell } from "@gp/ui/shell";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { dataLicense } from "@/lib/license";

export const metadata: Metadata = {
  title: { default: "Good Practices in Social Security", template: "%s · Good Practices in Social Security" },
  description: "Search and browse good practices of social security institutions worldwide.",
  alternates: { types: { "application/atom+xml": "/feed.xml" } },
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

// Every page reads the database at request time: an editor's change shows at the next page load.
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Shell
          brand="Good Practices"
          tagline="in Social Security"
          nav={[
            { href: "/practices", label: "Search" },
            { href: "/topics", label: "Topics" },
            { href: "/countries", label: "Countries" },
          ]}
          footer={
            <div className="gp-footer-grid">
              <div>
                <p>
                  A curated database of social security good practices, built from the ISSA Database of Good Practices.
                </p>
                <p className="gp-footer-license">
                  Data licence:{" "}
                  {dataLicense.url ? <a href={dataLicense.url}>{dataLicense.name}</a> : `${dataLicense.name}.`}
                </p>
              </div>
              <ul className="gp-footer-links" aria-label="Open data">
                <li>
                  <a href="/download/practices.csv">All practices (CSV)</a>
                </li>
                <li>
                  <a href="/download/practices.json">All practices (JSON)</a>
                </li>
                <li>
                  <a href="/api/openapi.json">API (OpenAPI)</a>
                </li>
                <li>
                  <a href="/feed.xml">Atom feed</a>
                </li>
              </ul>
            </div>
          }
        >
          {children}
        </Shell>
      </body>
    </html>
  );
}
