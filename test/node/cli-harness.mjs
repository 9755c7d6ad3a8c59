// `trialkit …args` in-process through `run(argv, io)` (dist/cli/run.js, after `npm run build`), with
// `input` as standard input: its exit code and what it wrote. Shared by the CLI's Node tests.
import { run as runCli } from '../../dist/cli/run.js';

export async function cli(args, input) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: () => {
      if (input === undefined) throw new Error('this test gave no standard input');
      return input;
    },
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}
