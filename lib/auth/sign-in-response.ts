import { parseThrottledErrorCode, tooManyAttemptsMessage } from "../domain/rate-limit";

/**
 * next-auth answers a refused credentials sign-in (sent with `json: "true"`,
 * as its client does) with 200 `{ url: "…/error?error=<code>" }`. A throttled
 * attempt's code carries its wait (lib/domain/rate-limit.ts); this turns that
 * answer into what it is: 429 with Retry-After and a readable `error`. The
 * `url` stays, so next-auth's client still reads the code from it.
 */
export async function withThrottleStatus(response: Response): Promise<Response> {
  if (!response.headers.get("content-type")?.startsWith("application/json")) return response;
  let url: unknown;
  try {
    url = ((await response.clone().json()) as { url?: unknown }).url;
  } catch {
    return response;
  }
  if (typeof url !== "string" || !URL.canParse(url)) return response;
  const seconds = parseThrottledErrorCode(new URL(url).searchParams.get("error"));
  if (seconds === null) return response;
  const headers = new Headers(response.headers);
  headers.set("retry-after", String(seconds));
  return new Response(JSON.stringify({ url, error: tooManyAttemptsMessage(seconds) }), { status: 429, headers });
}
