// Node 23 removed util.isNullOrUndefined (deprecated since Node 4). @tensorflow/tfjs-node 4.22
// calls it as it loads and as it trains, so on Node 24, the action's runtime, it fails with
// "(0 , util_1.isNullOrUndefined) is not a function". The function comes back, only where missing.
import util from 'node:util';

/** For a process that loads tfjs-node: the same as the line below, in this process. */
export function restoreUtilIsNullOrUndefined(): void {
  const exports = util as unknown as Record<string, unknown>;
  if (typeof exports.isNullOrUndefined !== 'function') exports.isNullOrUndefined = (value: unknown) => value === null || value === undefined;
}

/** The same, as a line of CommonJS for a `node -e` script that loads tfjs-node. */
export const RESTORE_UTIL_SOURCE =
  "{ const u = require('util'); if (typeof u.isNullOrUndefined !== 'function') u.isNullOrUndefined = (value) => value === null || value === undefined; }";
