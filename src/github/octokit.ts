// The one way this action talks to the GitHub API: an Octokit for the token, every request retried
// as retry.ts decides, and progress lines with the token redacted. The comment and the baseline
// lookup share it.
import { getOctokit } from '@actions/github';
import { MAX_ATTEMPTS, retryDecision } from './retry.js';

export type Octokit = ReturnType<typeof getOctokit>;

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface HttpFailure {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

/** An error that carries GitHub's answer; null for anything else (a network error, a bug). */
export function httpFailure(error: unknown): HttpFailure | null {
  if (error === null || typeof error !== 'object') return null;
  const { status } = error as { status?: unknown };
  return typeof status === 'number' && status > 0 ? (error as HttpFailure) : null;
}

/** Retries each request (pagination's pages too) as retry.ts decides. */
export function withRetries(octokit: Octokit, log: (message: string) => void, sleep: (ms: number) => Promise<void> = wait): Octokit {
  octokit.hook.wrap('request', async (request, options) => {
    let waitedMs = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(options);
      } catch (error) {
        const failure = httpFailure(error);
        if (!failure) throw error;
        const decision = retryDecision({
          status: failure.status,
          headers: failure.response?.headers ?? {},
          message: failure.message,
          attempt,
          waitedMs,
          nowMs: Date.now(),
        });
        if (!decision.retry) throw error;
        log(
          `${options.method} ${options.url}: ${decision.reason}; trying again in ${(decision.delayMs / 1000).toFixed(1)} s (try ${attempt + 1} of ${MAX_ATTEMPTS})`,
        );
        await sleep(decision.delayMs);
        waitedMs += decision.delayMs;
      }
    }
  });
  return octokit;
}

/** `text` with the token replaced by ***, for anything that may be logged or shown. */
export const redactor =
  (token: string) =>
  (text: string): string =>
    token === '' ? text : text.split(token).join('***');

/** An Octokit for `token` with retries; its progress lines never carry the token. */
export function retryingOctokit(token: string, userAgent: string, log: (message: string) => void, sleep?: (ms: number) => Promise<void>): Octokit {
  const redact = redactor(token);
  return withRetries(getOctokit(token, { userAgent }), (line) => log(redact(line)), sleep);
}
