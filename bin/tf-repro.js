#!/usr/bin/env node
// The tf-repro CLI: the action's bundle, used as a library.
import { runCli } from '../dist/index.js';

process.exitCode = await runCli(process.argv.slice(2));
