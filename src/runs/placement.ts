// Where processes run side by side: how many slots, and which GPUs each slot's processes see
// (CUDA_VISIBLE_DEVICES), for the engine's training workers and for a user's command alike. A slot
// runs its processes one after another; slots run at once. Pure.
//
// On CPU: one slot per `threads` processors (the threads each process is pinned to). On GPUs: the
// GPUs are cut into groups of `gpusPerRun` (a distributed command's world size; 1 otherwise), and
// each group hosts `processesPerGpu` slots (the engine keeps two workers per GPU busy; a command's
// run takes its GPU whole). Under `parallel: auto`, never more slots than 3/4 of the memory holds
// at `memoryPerProcessBytes` each; a given number is taken as given, and its slots share the
// groups in turn.

/** A GPU as nvidia-smi lists it: `index` is what CUDA_VISIBLE_DEVICES takes. */
export interface SlotGpu {
  index: number;
}

export interface SlotMachine {
  /** Processors this process may use (os.availableParallelism()). */
  cpus: number;
  totalMemoryBytes: number;
  /** The GPUs processes would run on (empty where none, or where training would not use them). */
  gpus: readonly SlotGpu[];
  /**
   * CUDA_VISIBLE_DEVICES as the runner set it for this process, if it did: then only those devices
   * are ours to hand out (nvidia-smi lists every GPU regardless).
   */
  visibleDevices?: string;
}

export interface SlotRequest {
  parallel: number | 'auto';
  /** Threads each process is pinned to. */
  threads: number;
  /** Processes that share one GPU group. */
  processesPerGpu: number;
  /** GPUs each process sees (a distributed command's world size); default 1. */
  gpusPerRun?: number;
  /** Host memory set aside per process under `auto`. */
  memoryPerProcessBytes: number;
  /** Set CUDA_VISIBLE_DEVICES even where there is one slot (the engine does; a lone command keeps every GPU the runner gives). */
  pinSingleSlot: boolean;
}

export interface SlotPlacement {
  slots: number;
  /** Per slot, the CUDA_VISIBLE_DEVICES its processes get; null: left as the runner has it. */
  devices: (string | null)[];
  /** Why there are fewer slots than the processors or GPUs allow, in words. */
  notices: string[];
}

const GIB = 1024 ** 3;

/** The device ids we may hand out: the runner's CUDA_VISIBLE_DEVICES entries where it set them, else the GPUs' indices. */
function deviceIds(machine: SlotMachine): string[] {
  if (machine.gpus.length === 0) return [];
  const visible = machine.visibleDevices?.trim();
  if (visible !== undefined) {
    return visible
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '' && id !== '-1');
  }
  return machine.gpus.map((gpu) => String(gpu.index));
}

/** The GPU groups: consecutive ids, `size` each; one group of all of them where there are fewer than `size`. */
function gpuGroups(ids: readonly string[], size: number): string[][] {
  if (ids.length === 0) return [];
  if (ids.length < size) return [[...ids]];
  const groups: string[][] = [];
  for (let at = 0; at + size <= ids.length; at += size) groups.push(ids.slice(at, at + size));
  return groups;
}

export function placeSlots(request: SlotRequest, machine: SlotMachine): SlotPlacement {
  const gpusPerRun = Math.max(1, request.gpusPerRun ?? 1);
  const ids = deviceIds(machine);
  const groups = gpuGroups(ids, gpusPerRun);
  const notices: string[] = [];
  if (ids.length > 0 && ids.length < gpusPerRun) {
    notices.push(`each run needs ${gpusPerRun} GPUs and this runner has ${ids.length}: runs go one at a time, each on all ${ids.length}`);
  }
  let slots: number;
  if (request.parallel !== 'auto') slots = request.parallel;
  else {
    const byProcessors =
      groups.length > 0 ? Math.min(machine.cpus, groups.length * request.processesPerGpu) : Math.floor(machine.cpus / Math.max(1, request.threads));
    const byMemory = Math.floor((machine.totalMemoryBytes * 0.75) / request.memoryPerProcessBytes);
    slots = Math.max(1, Math.min(byProcessors, byMemory));
    if (byMemory < byProcessors && byProcessors > 1) {
      notices.push(
        `parallel: auto runs ${slots} side by side, not ${byProcessors}: the memory (${(machine.totalMemoryBytes / GIB).toFixed(1)} GiB) holds ${slots} at ${(request.memoryPerProcessBytes / GIB).toFixed(1)} GiB each`,
      );
    }
  }
  const pinned = groups.length > 0 && (slots > 1 || request.pinSingleSlot);
  // Slot s takes group s mod the groups: with processesPerGpu 2, slots 0 and `groups` share group 0.
  const devices = Array.from({ length: slots }, (_, s) => (pinned ? groups[s % groups.length].join(',') : null));
  return { slots, devices, notices };
}

/** The engine's rule, as placeSlots makes it with one GPU per process: slot s trains on GPU s mod the GPUs; null where none. */
export function gpuOfSlot<T extends SlotGpu>(gpus: readonly T[], slot: number): T | null {
  return gpus.length > 0 ? gpus[slot % gpus.length] : null;
}
