"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";

function message(error: string): string {
  if (error === "CredentialsSignin") return "The email address or the password is wrong.";
  if (error.startsWith("Too many") || error.startsWith("Enter your")) return error;
  return "Signing in failed. Please try again.";
}

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      redirect: false,
      email: String(data.get("email") ?? ""),
      password: String(data.get("password") ?? ""),
    }).catch(() => null);
    if (result?.ok && !result.error) {
      // A full navigation, so the server renders with the new cookie.
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setError(message(result?.error ?? "network"));
  }

  return (
    <form className="gp-card gp-signin__form" onSubmit={submit} noValidate>
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
