// Files the runs wrote (saved weights, predictions, checkpoints), compared across runs by SHA-256
// in the manner of reproducible-builds tools: for each path, which runs wrote the same bytes.
// Pure: per-run {path → digest} maps in, a table and a verdict's adjustment out.
import type { ArtifactComparison, Comparison } from '../contracts/report.js';
import { ownValue } from '../util/records.js';
import { ITEMS_NAMED, listed as listItems } from '../util/text.js';

/**
 * One row per path any run wrote, sorted by path. `perRun[i]` is run i+1's map; null for a run
 * that never got as far as writing (it counts as having written nothing).
 */
export function compareArtifacts(perRun: readonly (Readonly<Record<string, string>> | null)[]): ArtifactComparison[] {
  const paths = [...new Set(perRun.flatMap((digests) => Object.keys(digests ?? {})))].sort();
  return paths.map((path) => {
    // A path is user text: a file may be named `constructor`.
    const sha256 = perRun.map((digests) => (digests === null ? null : (ownValue(digests, path) ?? null)));
    const byDigest = new Map<string, number[]>();
    const missingIn: number[] = [];
    sha256.forEach((digest, i) => {
      if (digest === null) missingIn.push(i + 1);
      else byDigest.set(digest, [...(byDigest.get(digest) ?? []), i + 1]);
    });
    const groups = [...byDigest.entries()]
      .map(([digest, runs]) => ({ sha256: digest, runs }))
      .sort((a, b) => b.runs.length - a.runs.length || (a.runs[0] as number) - (b.runs[0] as number));
    return { path, sha256, groups, missingIn, identical: missingIn.length === 0 && groups.length === 1 };
  });
}

/** "runs 1, 3 | run 2 | missing in run 4": who agrees with whom. */
export function agreementText(artifact: ArtifactComparison): string {
  const parts = artifact.groups.map((group) => `${group.runs.length === 1 ? 'run' : 'runs'} ${listItems(group.runs)}`);
  if (artifact.missingIn.length > 0) parts.push(`missing in ${artifact.missingIn.length === 1 ? 'run' : 'runs'} ${listItems(artifact.missingIn)}`);
  return listItems(parts, ITEMS_NAMED, ' | ');
}

function listed(artifacts: readonly ArtifactComparison[]): string {
  const shown = artifacts.slice(0, 3).map((a) => `${a.path} (${agreementText(a)})`);
  return shown.join('; ') + (artifacts.length > 3 ? `; and ${artifacts.length - 3} more` : '');
}

/**
 * The comparison with the artifacts taken into account. At tolerance 0 (bitwise) an artifact that
 * differs between runs, or that some run did not write, makes a reproducible verdict
 * not-reproducible and is named in the summary; with a tolerance above 0, bytes are not expected
 * to agree and it is a warning instead. An 'error' verdict stays as it is.
 */
export function withArtifacts(comparison: Comparison, artifacts: readonly ArtifactComparison[]): { comparison: Comparison; warnings: string[] } {
  const differing = artifacts.filter((a) => !a.identical);
  if (differing.length === 0) {
    if (comparison.verdict !== 'reproducible' || artifacts.length === 0) return { comparison, warnings: [] };
    const note = `${artifacts.length === 1 ? 'the artifact is' : `all ${artifacts.length} artifacts are`} bitwise identical across runs`;
    return { comparison: { ...comparison, summary: `${comparison.summary.replace(/\.$/, '')}; ${note}.` }, warnings: [] };
  }
  const sentence = `${differing.length === 1 ? 'an artifact differs' : `${differing.length} artifacts differ`} between runs: ${listed(differing)}`;
  if (comparison.tolerance > 0) {
    return {
      comparison,
      warnings: [`${sentence[0]?.toUpperCase()}${sentence.slice(1)} (not counted against the verdict: tolerance ${comparison.tolerance} allows differences).`],
    };
  }
  if (comparison.verdict === 'error') return { comparison, warnings: [`${sentence[0]?.toUpperCase()}${sentence.slice(1)}.`] };
  if (comparison.verdict === 'not-reproducible') {
    return { comparison: { ...comparison, summary: `${comparison.summary.replace(/\.$/, '')}; ${sentence}.` }, warnings: [] };
  }
  return { comparison: { ...comparison, verdict: 'not-reproducible', summary: `Not reproducible: the metrics agree but ${sentence}.` }, warnings: [] };
}
