import { Shell } from "@gp/ui/shell";
import Link from "next/link";

// Rendered with status 401 when a server action or page finds no session (e.g. it expired).
export default function Unauthorized() {
  return (
    <Shell brand="Good Practices" tagline="Admin" tone="admin" nav={[]}>
      <h1>Please sign in</h1>
      <p>Your session has ended or you are not signed in. Nothing was changed.</p>
      <p>
        <Link className="gp-button" href="/sign-in">
          Sign in
        </Link>
      </p>
    </Shell>
  );
}
