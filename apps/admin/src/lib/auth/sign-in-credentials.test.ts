import { describe, expect, it } from "vitest";
import { signInCredentials } from "./sign-in-credentials";

describe("the sign-in form's fields", () => {
  it("accept the first admin's address, admin@localhost, normalised", () => {
    const parsed = signInCredentials.safeParse({ email: " Admin@LocalHost ", password: "x".repeat(20) });
    expect(parsed.success && parsed.data.email).toBe("admin@localhost");
  });

  it("refuse an empty email or password", () => {
    expect(signInCredentials.safeParse({ email: "", password: "secret" }).success).toBe(false);
    expect(signInCredentials.safeParse({ email: "ed@example.org", password: "" }).success).toBe(false);
  });
});
