import { authSettingsSchema, withAuthSecretAlias } from "./settings";

/** Settings `npm start` passes on to the admin app (validated as the admin app validates them). */
export const authEnv = authSettingsSchema({ secretRequired: false }).parse(withAuthSecretAlias(process.env));
