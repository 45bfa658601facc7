// runs/placement.ts: how many slots side by side, and which GPUs each slot's processes see, for the
// engine's workers (two per GPU) and for a command's runs (one run per GPU group of its world size).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gpuOfSlot, placeSlots, type SlotRequest } from '../../src/runs/placement.js';

const GIB = 1024 ** 3;
const gpus = (count: number): { index: number }[] => Array.from({ length: count }, (_, index) => ({ index }));
const command = (parallel: number | 'auto', extra: Partial<SlotRequest> = {}): SlotRequest => ({
  parallel,
  threads: 1,
  processesPerGpu: 1,
  memoryPerProcessBytes: GIB,
  pinSingleSlot: false,
  ...extra,
});

test('on CPU, auto gives one slot per processor divided by the threads each run is pinned to', () => {
  assert.deepEqual(placeSlots(command('auto'), { cpus: 2, totalMemoryBytes: 64 * GIB, gpus: [] }), { slots: 2, devices: [null, null], notices: [] });
  assert.equal(placeSlots(command('auto', { threads: 4 }), { cpus: 16, totalMemoryBytes: 64 * GIB, gpus: [] }).slots, 4);
  assert.equal(placeSlots(command('auto', { threads: 4 }), { cpus: 2, totalMemoryBytes: 64 * GIB, gpus: [] }).slots, 1);
  assert.equal(placeSlots(command(3), { cpus: 1, totalMemoryBytes: GIB, gpus: [] }).slots, 3, 'a number is taken as given');
});

test('fewer slots where memory is short, with a notice that says so', () => {
  const placed = placeSlots(command('auto'), { cpus: 16, totalMemoryBytes: 4 * GIB, gpus: [] });
  assert.equal(placed.slots, 3);
  assert.deepEqual(placed.notices, ['parallel: auto runs 3 side by side, not 16: the memory (4.0 GiB) holds 3 at 1.0 GiB each']);
});

test("a command's runs: one per GPU, each pinned to its own; a lone run keeps every GPU", () => {
  const machine = { cpus: 16, totalMemoryBytes: 64 * GIB, gpus: gpus(4) };
  assert.deepEqual(placeSlots(command('auto'), machine).devices, ['0', '1', '2', '3']);
  assert.deepEqual(placeSlots(command(1), machine).devices, [null]);
  // More slots than GPUs given: they share the GPUs in turn.
  assert.deepEqual(placeSlots(command(6), machine).devices, ['0', '1', '2', '3', '0', '1']);
});

test('a distributed command: as many GPUs per run as its world size', () => {
  const machine = { cpus: 16, totalMemoryBytes: 64 * GIB, gpus: gpus(4) };
  assert.deepEqual(placeSlots(command('auto', { gpusPerRun: 2 }), machine), { slots: 2, devices: ['0,1', '2,3'], notices: [] });
  const short = placeSlots(command('auto', { gpusPerRun: 8 }), machine);
  assert.deepEqual(short.devices, [null]);
  assert.match(short.notices.join('\n'), /each run needs 8 GPUs and this runner has 4/);
});

test("the runner's own CUDA_VISIBLE_DEVICES bounds what is handed out", () => {
  const placed = placeSlots(command('auto'), { cpus: 16, totalMemoryBytes: 64 * GIB, gpus: gpus(4), visibleDevices: '2,3' });
  assert.deepEqual(placed.devices, ['2', '3']);
});

test("the engine's workers: two per GPU, pinned even alone, slot s on GPU s mod the GPUs", () => {
  const engine: SlotRequest = { parallel: 'auto', threads: 1, processesPerGpu: 2, memoryPerProcessBytes: 400 * 1024 ** 2, pinSingleSlot: true };
  assert.deepEqual(placeSlots(engine, { cpus: 16, totalMemoryBytes: 64 * GIB, gpus: gpus(2) }).devices, ['0', '1', '0', '1']);
  assert.deepEqual(placeSlots({ ...engine, parallel: 1 }, { cpus: 16, totalMemoryBytes: 64 * GIB, gpus: gpus(2) }).devices, ['0']);
  const named = [
    { index: 0, name: 'A' },
    { index: 1, name: 'B' },
  ];
  assert.deepEqual(
    [0, 1, 2, 3].map((slot) => gpuOfSlot(named, slot)?.name),
    ['A', 'B', 'A', 'B'],
  );
  assert.equal(gpuOfSlot([], 3), null);
});
