import { pageCsrfToken } from "@/lib/auth/csrf-token";

/**
 * Ends the session: a POST to next-auth's sign-out (which revokes the user_sessions row) with its
 * CSRF token, then back to sign-in. A plain form, so it works before and without JavaScript.
 */
export async function SignOutButton() {
  return (
    <form method="post" action="/api/auth/signout" className="gp-admin-signout-form">
      <input type="hidden" name="csrfToken" value={await pageCsrfToken()} />
      <input type="hidden" name="callbackUrl" value="/sign-in?signedOut=1" />
      <button type="submit" className="gp-admin-signout">
        Sign out
      </button>
    </form>
  );
}
