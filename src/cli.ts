import { runCli } from './cli/runCli.js';

/** `npm run cli`: the command line of CONTRACT §1. */
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
