// The last bytes of a child process's output, for the error of a process that failed.

const OUTPUT_TAIL_BYTES = 4000;

export class OutputTail {
  private text = '';
  append(chunk: Buffer): void {
    this.text = (this.text + chunk.toString('utf8')).slice(-OUTPUT_TAIL_BYTES);
  }
  lastLines(count: number): string {
    return this.text.trimEnd().split('\n').slice(-count).join('\n');
  }
}
