import { Shell } from "@gp/ui/shell";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/guard";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

// Public by nature: the one page without the gate. Already signed in, it sends you on.
export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
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
        <SignInForm callbackUrl={callbackUrl} />
      </div>
    </Shell>
  );
}
