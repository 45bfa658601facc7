"""Starts train.py in several processes on this machine, as torchrun does for PyTorch: process 0's
coordinator on a free port of 127.0.0.1, each process told its id, the number of processes and the
coordinator's address. The options after `--` go to every process.

  python launch.py --processes 2 -- --data /usr/share/datasets/fashion-mnist --samples 2000 --folds 3 --epochs 1

It waits for them all. When one fails, it ends the others and exits with the failed one's status;
SIGTERM or SIGINT ends every process. (tf-repro ends the whole process group of a run anyway.)
The port is free when chosen and taken by the coordinator a moment later: on a busy machine another
program could take it in between, and then the processes fail to meet and the run fails, never
passes wrongly. Several machines: start train.py on each with --coordinator HOST:PORT of the first.
"""
import argparse
import os
import signal
import socket
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
# How long a process has to end after SIGTERM before it is killed.
GRACE_SECONDS = 10


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def end(processes):
    for process in processes:
        if process.poll() is None:
            process.terminate()
    deadline = time.monotonic() + GRACE_SECONDS
    for process in processes:
        try:
            process.wait(max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--processes", type=int, default=2)
    p.add_argument("rest", nargs=argparse.REMAINDER, help="-- then train.py's options")
    args = p.parse_args()
    if args.processes < 1:
        p.error("--processes must be 1 or more")
    rest = args.rest[1:] if args.rest[:1] == ["--"] else args.rest
    coordinator = f"127.0.0.1:{free_port()}"
    print(f"launch.py: {args.processes} processes, coordinator {coordinator}", flush=True)
    processes = []

    def on_signal(number, _frame):
        end(processes)
        sys.exit(128 + number)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    for process_id in range(args.processes):
        # -B carried over: no __pycache__ beside the scripts where the launcher was told so.
        command = [sys.executable, *(["-B"] if sys.flags.dont_write_bytecode else []), os.path.join(HERE, "train.py"), "--coordinator", coordinator, "--num-processes", str(args.processes), "--process-id", str(process_id), *rest]
        processes.append(subprocess.Popen(command))
    while True:
        statuses = [process.poll() for process in processes]
        failed = next((status for status in statuses if status not in (None, 0)), None)
        if failed is not None:
            print(f"launch.py: a process exited with status {failed}: ending the others", file=sys.stderr, flush=True)
            end(processes)
            return failed if failed > 0 else 128 - failed
        if all(status == 0 for status in statuses):
            return 0
        time.sleep(0.2)


if __name__ == "__main__":
    sys.exit(main())
