import { signInRateLimit } from "@gp/db/users";
import { describe, expect, it } from "vitest";
import { blockedCode, invalidInputCode, signInErrorMessage, signInWindowMinutes } from "./sign-in-errors";

const now = Date.parse("2026-01-01T12:00:00Z");

describe("sign-in error messages, the same with and without JavaScript", () => {
  it("says what went wrong for each code next-auth hands on", () => {
    expect(signInErrorMessage(undefined)).toBeNull();
    expect(signInErrorMessage("CredentialsSignin")).toBe("The email address or the password is wrong.");
    expect(signInErrorMessage(invalidInputCode)).toBe("Enter your email address and your password.");
    expect(signInErrorMessage(blockedCode("email", new Date(now + 14 * 60_000 + 1)), now)).toBe(
      "Too many failed sign-ins for this email address. Try again in 15 minutes.",
    );
    expect(signInErrorMessage(blockedCode("ip", new Date(now + 30_000)), now)).toBe(
      "Too many failed sign-ins from your network. Try again in 1 minute.",
    );
  });

  it("never lets a crafted link choose the words or an absurd wait", () => {
    expect(signInErrorMessage("Call +1 555 0100 to unlock your account")).toBe("Signing in failed. Please try again.");
    expect(signInErrorMessage("Too many failed sign-ins. Call us.")).toBe("Signing in failed. Please try again.");
    expect(signInErrorMessage("SignInBlocked-email-99999999999999", now)).toBe(
      "Too many failed sign-ins for this email address. Try again in 15 minutes.",
    );
  });

  it("caps the wait at the rate limit's window", () => {
    expect(signInWindowMinutes * 60).toBe(signInRateLimit.windowSeconds);
  });
});
