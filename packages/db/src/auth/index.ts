export { hashPassword, minPasswordLength, verifyDecoy, verifyPassword } from "./password";
// The auth settings' schema is in "@gp/db/auth/settings", apart from the password hashing (a native module),
// so the admin's proxy can validate its environment without loading it.
