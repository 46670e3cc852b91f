import "next-auth/jwt";

declare module "next-auth/jwt" {
  interface JWT {
    /** The user_sessions row this cookie belongs to. */
    sid?: string;
  }
}
