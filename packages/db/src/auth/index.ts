export { hashPassword, minPasswordLength, verifyDecoy, verifyPassword } from "./password";
// The embedded default's files (auth secret, first admin) are in "@gp/db/auth/local", for `npm start`
// only: the apps never touch the file system.
