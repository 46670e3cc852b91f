import { Shell } from "@gp/ui/shell";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { appOrigin } from "@/lib/auth/app-origin";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { pageCsrfToken } from "@/lib/auth/csrf-token";
import { currentActor } from "@/lib/auth/guard";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

// Public by nature: the one page without the gate. Already signed in, it sends you on. Without
// JavaScript, next-auth sends a failed sign-in back here with ?error= (a code, see sign-in-errors).
export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl), await appOrigin());
  if (await currentActor()) redirect(callbackUrl);
  return (
    <Shell brand="Good Practices" tagline="Admin" tone="admin" nav={[]}>
      <div className="gp-signin">
        <h1>Sign in</h1>
        <p className="gp-muted">For editors and administrators of the Good Practices database.</p>
        {params.signedOut ? (
          <p className="gp-alert" data-tone="success" role="status">
            You have signed out.
          </p>
        ) : null}
        <SignInForm
          callbackUrl={callbackUrl}
          csrfToken={await pageCsrfToken()}
          serverError={signInErrorMessage(first(params.error))}
        />
      </div>
    </Shell>
  );
}
