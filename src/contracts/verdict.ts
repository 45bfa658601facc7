// A check's verdict: what every report, leg and baseline says in one word.

export type Verdict = 'reproducible' | 'not-reproducible' | 'error';
