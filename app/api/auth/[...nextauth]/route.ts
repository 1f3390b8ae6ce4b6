import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { withThrottleStatus } from "@/lib/auth/sign-in-response";

// Built per request so the secret is read at run time, not during `next build`.
async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  // A throttled sign-in leaves as 429 with Retry-After.
  return withThrottleStatus(await NextAuth(authOptions())(request, context));
}

export { handler as GET, handler as POST };
