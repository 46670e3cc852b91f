"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

/**
 * A form that works before and without its script: it POSTs to next-auth's credentials callback
 * with the CSRF token (never a GET, which would put the password in the address bar, the history
 * and the logs), and next-auth redirects to the page asked for, or back here with ?error=. With
 * JavaScript, the same request is sent by next-auth's client, so the error shows without a reload
 * and the email stays typed; both paths run the same authorize() and show the same sentences.
 */
export function SignInForm({
  callbackUrl,
  csrfToken,
  serverError,
}: {
  callbackUrl: string;
  csrfToken: string;
  serverError: string | null;
}) {
  const [error, setError] = useState<string | null>(serverError);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      redirect: false,
      callbackUrl,
      email: String(data.get("email") ?? ""),
      password: String(data.get("password") ?? ""),
    }).catch(() => null);
    if (result?.ok && !result.error) {
      // A full navigation, so the server renders with the new cookie.
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setError(signInErrorMessage(result?.error ?? "network"));
  }

  return (
    <form
      className="gp-card gp-signin__form"
      method="post"
      action="/api/auth/callback/credentials"
      onSubmit={submit}
      noValidate
    >
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="gp-field">
        <label htmlFor="email">Email</label>
        <input className="gp-input" id="email" name="email" type="email" autoComplete="username" required />
      </div>
      <div className="gp-field">
        <label htmlFor="password">Password</label>
        <input
          className="gp-input"
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
      </div>
      <div aria-live="polite">
        {error ? (
          <p className="gp-alert" data-tone="error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <button className="gp-button" type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
