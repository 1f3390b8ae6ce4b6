// A signed-in browser's session cookie: a real next-auth JWT, encrypted with
// the server's NEXTAUTH_SECRET, under the cookie name next-auth uses over http.
// `sv`: the account's session version at sign-in (0 until its sessions are ended).

import { encode } from "next-auth/jwt";

export async function sessionCookie(user: { id: string; name: string; email: string }, secret: string): Promise<string> {
  const token = await encode({ token: { sub: user.id, name: user.name, email: user.email, sv: 0 }, secret });
  return `next-auth.session-token=${token}`;
}
