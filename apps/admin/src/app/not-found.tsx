import { Shell } from "@gp/ui/shell";
import Link from "next/link";

// The app's own 404 (Next.js's default page uses style attributes, which the CSP does not allow).
export default function NotFound() {
  return (
    <Shell brand="Good Practices" tagline="Admin" tone="admin" nav={[{ href: "/", label: "Dashboard" }]}>
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have been merged, deleted or mistyped.</p>
      <p>
        <Link href="/">Back to the dashboard</Link>
      </p>
    </Shell>
  );
}
