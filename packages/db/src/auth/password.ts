import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default algorithm) with OWASP's baseline cost: 19 MiB, 2 passes, 1 lane.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

/** The shortest password the apps and the CLI accept. */
export const minPasswordLength = 12;

/** An argon2id hash of the password, in PHC string format ("$argon2id$v=19$m=…"). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** True when the password matches the hash; false for a wrong password or a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Hashed once, lazily: verifying against it when an email is unknown costs as much as a real check,
// so response times do not tell which emails have accounts.
let decoy: Promise<string> | null = null;

/** Spends the time of one verification, for unknown emails. */
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hashPassword("decoy password that matches nothing");
  await verifyPassword(await decoy, password);
  return false;
}
