import { describe, expect, it } from "vitest";
import { authSettingsSchema, withAuthSecretAlias } from "./settings";

const secret = "s".repeat(32);

describe("auth settings (one schema for the admin app and npm start)", () => {
  it("reads NEXTAUTH_SECRET when AUTH_SECRET is absent, and prefers AUTH_SECRET", () => {
    const optional = authSettingsSchema({ secretRequired: false });
    expect(optional.parse(withAuthSecretAlias({ NEXTAUTH_SECRET: secret })).AUTH_SECRET).toBe(secret);
    const both = withAuthSecretAlias({ AUTH_SECRET: secret, NEXTAUTH_SECRET: "n".repeat(32) });
    expect(optional.parse(both).AUTH_SECRET).toBe(secret);
  });

  it("refuses a short secret and addresses that are not URLs, naming the variable", () => {
    const result = authSettingsSchema({ secretRequired: false }).safeParse({
      AUTH_SECRET: "short",
      NEXTAUTH_URL: "admin.example.org",
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["AUTH_SECRET", "AUTH_SECRET must be at least 32 characters."],
      ["NEXTAUTH_URL", expect.any(String)],
    ]);
  });

  it("lets the launcher go without a secret, but not a production admin server", () => {
    expect(authSettingsSchema({ secretRequired: false }).parse({}).AUTH_SECRET).toBeUndefined();
    const result = authSettingsSchema({ secretRequired: true }).safeParse({});
    expect(result.error!.issues[0]!.message).toBe(
      "AUTH_SECRET is required in production: set it to a random string of 32 characters or more.",
    );
  });
});
