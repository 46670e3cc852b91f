"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";

/** Ends the session (next-auth revokes its user_sessions row) and returns to sign-in. */
export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="gp-admin-signout"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: "/sign-in?signedOut=1" });
      }}
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
