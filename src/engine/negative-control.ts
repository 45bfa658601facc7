// The negative control's run (issue 22, part 9, `negative-control`): after the control runs, one
// more run of the command with another seed, role 'negative-control'. It never changes the control
// runs' verdict; where its numbers do not differ, the report warns.
import type { NegativeControl } from '../contracts/report.js';
import type { RunResult } from '../contracts/run-result.js';
import type { CheckSettings } from '../contracts/settings.js';
import { negativeControlOutcome, negativeControlSeed } from '../comparison/negative-control.js';
import { firstWithResults } from '../comparison/pinning.js';
import { controlRuns } from '../comparison/run-roles.js';
import { errorMessage } from '../util/errors.js';
import type { Trainer } from './trainer.js';

export async function runNegativeControl(
  settings: CheckSettings,
  trainer: Trainer,
  runs: readonly RunResult[],
  runNumber: number,
  log?: (line: string) => void,
): Promise<NegativeControl> {
  const seed = negativeControlSeed(settings.seed);
  log?.(`Negative control: one more run with TF_REPRO_SEED=${seed}, whose numbers must differ.`);
  let run: RunResult;
  try {
    const [trained] = await trainer.train({ runs: 1, seed }, { purpose: 'negative-control' });
    run = trained ?? failedRun(runNumber, 'the negative control run did not start');
  } catch (error) {
    run = failedRun(runNumber, errorMessage(error));
  }
  return negativeControlOutcome({ ...run, run: runNumber, role: 'negative-control' }, firstWithResults(controlRuns(runs)), seed);
}

function failedRun(run: number, error: string): RunResult {
  return {
    run,
    role: 'negative-control',
    status: 'failed',
    error,
    startedAt: new Date().toISOString(),
    durationSeconds: 0,
    folds: [],
    environment: null,
    warnings: [],
  };
}
