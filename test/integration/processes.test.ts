// Finding processes by a variable in their environment, and ending them, also those that left
// their parent's process group.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { killMarked, processesMarked } from '../../src/util/processes.js';
import { waitFor } from '../support/processes.js';

test('a marked process that went off with setsid is found and killed; an unmarked one is left', async () => {
  const marker = randomUUID();
  const shell = spawn('sh', ['-c', 'setsid sleep 300 & echo $!; wait'], {
    env: { ...process.env, TF_REPRO_TEST_MARK: marker },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const other = spawn('sleep', ['300'], { stdio: 'ignore' });
  try {
    await waitFor(() => processesMarked('TF_REPRO_TEST_MARK', marker).length === 2, 'the shell and its detached sleep');
    assert.equal(processesMarked('TF_REPRO_TEST_MARK', `${marker}x`).length, 0, 'a value is matched whole');
    assert.equal(killMarked('TF_REPRO_TEST_MARK', marker), 2);
    await waitFor(() => processesMarked('TF_REPRO_TEST_MARK', marker).length === 0, 'both gone');
    assert.equal(other.exitCode, null, 'the unmarked process still runs');
  } finally {
    shell.kill('SIGKILL');
    other.kill('SIGKILL');
  }
});
