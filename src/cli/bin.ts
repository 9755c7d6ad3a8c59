/// <reference types="node" />
/**
 * The `trialkit` executable (dist/cli.js): hands the arguments to `run` and sets the exit code.
 * Everything else is in main.ts, which has no side effects, so tests call `run` with their own io.
 */
import { run } from './main.js';

// `trialkit lint x.json | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
