/**
 * Why a sign-in failed, as a code. authorize() throws these; next-auth hands the code on (as the
 * `error` of its JSON answer with JavaScript, as `?error=` of the sign-in page without), and both
 * paths turn it into the same sentence here. Codes, not sentences, travel in URLs, so a crafted
 * link cannot make the page say something of its choosing.
 */
export const invalidInputCode = "SignInInvalid";

export function blockedCode(by: "email" | "ip", retryAt: Date): string {
  return `SignInBlocked-${by}-${retryAt.getTime()}`;
}

/** The limit's window (@gp/db's signInRateLimit; this module also runs in the browser, so not imported). */
export const signInWindowMinutes = 15;

/** The sentence the sign-in form shows for an error code; null when there is none. */
export function signInErrorMessage(code: string | undefined, now = Date.now()): string | null {
  if (!code) return null;
  if (code === "CredentialsSignin") return "The email address or the password is wrong.";
  if (code === invalidInputCode) return "Enter your email address and your password.";
  const blocked = /^SignInBlocked-(email|ip)-(\d{1,15})$/.exec(code);
  if (blocked) {
    const minutes = Math.min(signInWindowMinutes, Math.max(1, Math.ceil((Number(blocked[2]) - now) / 60_000)));
    const who = blocked[1] === "email" ? "for this email address" : "from your network";
    return `Too many failed sign-ins ${who}. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
  }
  return "Signing in failed. Please try again.";
}
