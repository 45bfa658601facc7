// When to try a GitHub API request again: a pure function of what GitHub answered, how often we
// tried and how long we already waited. Transient answers (5xx, no answer at all, rate limits that
// say when to come back) are retried with a growing delay; everything else is final.

/** At most this many tries of one request (the first one included). */
export const MAX_ATTEMPTS = 4;
/** At most this long waited, over all retries of one request. */
export const MAX_TOTAL_WAIT_MS = 90_000;
/** The first delay for a 5xx; it doubles with each retry (1 s, 2 s, 4 s). */
export const BASE_DELAY_MS = 1_000;
/** GitHub's advice for a secondary rate limit that does not say how long: at least a minute. */
export const SECONDARY_RATE_LIMIT_WAIT_MS = 60_000;

export interface FailedAttempt {
  /** HTTP status; 500 also stands for "no answer" (octokit reports network errors as 500). */
  status: number;
  /** Response headers, lower-case names, as octokit gives them. */
  headers: Record<string, string | number | undefined>;
  /** GitHub's error message, if any. */
  message: string;
  /** The tries made so far, 1 after the first. */
  attempt: number;
  /** Milliseconds already waited between earlier tries of this request. */
  waitedMs: number;
  /** The current time, for x-ratelimit-reset (seconds since the epoch). */
  nowMs: number;
}

export type RetryDecision = { retry: true; delayMs: number; reason: string } | { retry: false; reason: string };

function header(headers: FailedAttempt['headers'], name: string): string | undefined {
  const value = headers[name];
  return value === undefined ? undefined : String(value);
}

/** The wait an answer asks for, in ms, or null when it asks for none. */
function requestedWait(attempt: FailedAttempt): number | null {
  const retryAfter = header(attempt.headers, 'retry-after');
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - attempt.nowMs);
  }
  if (header(attempt.headers, 'x-ratelimit-remaining') === '0') {
    const reset = Number(header(attempt.headers, 'x-ratelimit-reset'));
    if (Number.isFinite(reset)) return Math.max(0, reset * 1000 - attempt.nowMs);
  }
  return null;
}

export function retryDecision(attempt: FailedAttempt): RetryDecision {
  const { status } = attempt;
  let delayMs: number;
  let reason: string;
  if (status >= 500 && status <= 599) {
    delayMs = requestedWait(attempt) ?? BASE_DELAY_MS * 2 ** (attempt.attempt - 1);
    reason = `GitHub answered ${status}`;
  } else if (status === 403 || status === 429) {
    const wait = requestedWait(attempt);
    const secondary = /secondary rate limit/i.test(attempt.message);
    if (wait === null && !secondary && status === 403) {
      return { retry: false, reason: `GitHub answered ${status}: not allowed, not a rate limit` };
    }
    delayMs = wait ?? SECONDARY_RATE_LIMIT_WAIT_MS;
    reason = `rate limited (${status})`;
  } else {
    return { retry: false, reason: `GitHub answered ${status}, which a retry does not change` };
  }
  if (attempt.attempt >= MAX_ATTEMPTS) return { retry: false, reason: `${reason} ${attempt.attempt} times; giving up` };
  if (attempt.waitedMs + delayMs > MAX_TOTAL_WAIT_MS) {
    return {
      retry: false,
      reason: `${reason} and asks to wait ${Math.ceil(delayMs / 1000)} s, beyond the ${MAX_TOTAL_WAIT_MS / 1000} s this step waits; giving up`,
    };
  }
  return { retry: true, delayMs, reason };
}
