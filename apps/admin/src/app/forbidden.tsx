import { Shell } from "@gp/ui/shell";
import Link from "next/link";

// Rendered with status 403 when the signed-in user's role does not allow the page or action.
export default function Forbidden() {
  return (
    <Shell brand="Good Practices" tagline="Admin" tone="admin" nav={[{ href: "/", label: "Dashboard" }]}>
      <h1>Not allowed</h1>
      <p>Your role does not allow this. Only administrators manage users. Nothing was changed.</p>
      <p>
        <Link href="/">Back to the dashboard</Link>
      </p>
    </Shell>
  );
}
