import "@gp/ui/styles.css";
import "./web.css";
import Link from "next/link";

/** Only for addresses outside every language's pages (the proxy sends all others to one). */
export default function NotFound() {
  return (
    <html lang="en">
      <body>
        <main className="gp-main">
          <section className="gp-gone">
            <h1>Page not found</h1>
            <p>
              There is nothing at this address. <Link href="/practices">Search the practices</Link> or go to the{" "}
              <Link href="/">home page</Link>.
            </p>
          </section>
        </main>
      </body>
    </html>
  );
}
