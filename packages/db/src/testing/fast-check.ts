// Property tests run the same cases on every run, CI included: one seed, FC_SEED or a fixed default,
// so a red run is red again on replay. A failure prints fast-check's seed and counterexample path;
// run with FC_SEED=<another> to explore other cases locally. A vitest setup file
// (databaseTestConfig's setupFiles); Playwright specs import it.
import fc from "fast-check";
import { testEnv } from "./env";

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: testEnv.FC_SEED });
