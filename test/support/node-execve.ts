// The Node that runs the action where a test needs process.execve (Node 22.15 and later; the action
// restarts itself with it to shed the runner's credentials, action/credentials.ts): the Node that
// runs the tests if it has it (CI runs them on Node 24, .ci/run), else the Node 24 that .ci/run
// installs into the user's cache, if it is there. Neither: null, and the test says why it skips.
import { spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';

const CI_NODE_VERSION = '24.21.0';
const ciNode = join(
  process.env.XDG_CACHE_HOME || join(process.env.HOME || homedir(), '.cache'),
  'tf-repro-ci',
  `node-${CI_NODE_VERSION}`,
  'node_modules',
  `node-linux-${process.arch === 'arm64' ? 'arm64' : 'x64'}`,
  'bin',
  'node',
);

function hasExecve(node: string): boolean {
  const probe = spawnSync(node, ['-e', "process.stdout.write(typeof process.execve === 'function' ? 'yes' : 'no')"], { encoding: 'utf8', timeout: 60_000 });
  return probe.status === 0 && probe.stdout === 'yes';
}

export const nodeWithExecve: string | null = [process.execPath, ciNode].find((node) => hasExecve(node)) ?? null;

export const nodeWithExecveMissing = `Node ${process.version} has no process.execve and ${ciNode} is not there: run .ci/run, which installs Node ${CI_NODE_VERSION} there, or the tests on Node 24`;
