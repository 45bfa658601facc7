// The hidden marker that makes our pull request comment findable again: the comment-id it belongs
// to and a digest of the verdict and numbers it shows (for `comment: on-change`). Pure.
import { createHash } from 'node:crypto';
import type { Report } from '../contracts/report.js';

const MARKER_PATTERN = /<!-- tf-repro:comment-id=(\S+) digest=([0-9a-f]*) -->/;

/**
 * `<!-- tf-repro:comment-id=ID digest=HEX -->`. The id is percent-encoded, so no id can end the
 * HTML comment early or pass for another id ("a" never matches "a b" or "a-->").
 */
export function markerFor(commentId: string, digest = ''): string {
  return `<!-- tf-repro:comment-id=${encodeURIComponent(commentId)} digest=${digest} -->`;
}

export interface ParsedMarker {
  commentId: string;
  digest: string | null;
}

/** The first tf-repro marker in a comment body; null when there is none. */
export function parseMarker(body: string): ParsedMarker | null {
  const match = MARKER_PATTERN.exec(body);
  if (!match) return null;
  let commentId: string;
  try {
    commentId = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  return { commentId, digest: match[2] === '' ? null : match[2] };
}

/**
 * What `on-change` compares: the verdict and every number that decides it (the variance, the largest
 * difference, each fold's metric values per run, whether weights matched) and the drift against a
 * baseline. Timings are left out:
 * they change on every run and never decide the verdict.
 */
export function reportDigest(report: Report): string {
  const content = {
    verdict: report.verdict,
    variance: report.variance,
    maxAbsDiff: report.maxAbsDiff,
    tolerance: report.comparison.tolerance,
    folds: report.comparison.folds.map((fold) => ({
      fold: fold.fold,
      metrics: Object.entries(fold.metrics)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, metric]) => [name, metric.values]),
      weights: fold.weightsIdentical,
    })),
    // Absent without a baseline, so that such reports keep their digests.
    drift: report.drift ? { status: report.drift.status, reason: report.drift.reason, changed: report.drift.changedFolds } : undefined,
  };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
}

/** The default comment-id: one comment per workflow and job, e.g. "CI/reproducibility". */
export function defaultCommentId(workflow: string | undefined, job: string | undefined): string {
  const parts = [workflow?.trim(), job?.trim()].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join('/') : 'tf-repro';
}
