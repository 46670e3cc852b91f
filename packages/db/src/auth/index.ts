export { hashPassword, minPasswordLength, verifyDecoy, verifyPassword } from "./password";
// The embedded default's files (auth secret, first admin) are in "@gp/db/auth/local", for `npm start`
// only: the apps never touch the file system.
// The auth settings' schema is in "@gp/db/auth/settings", apart from the password hashing (a native module),
// so the admin's proxy can validate its environment without loading it.
