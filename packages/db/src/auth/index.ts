export { hashPassword, minPasswordLength, verifyDecoy, verifyPassword } from "./password";
export { authFiles, ensureAuthSecret, ensureInitialAdmin, initialAdminEmail } from "./local-state";
