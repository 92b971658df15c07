// Runs the CLI in this process and writes the CPU time it used (user + system, in ms) to the
// file named by BENCH_CPU_FILE when it exits: on a shared machine CPU time says more than
// wall-clock time about the tool's own cost.
import { writeFileSync } from 'node:fs';

const [, , cli, ...args] = process.argv;
process.argv = [process.argv[0], cli, ...args];
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeFileSync(process.env.BENCH_CPU_FILE, String((user + system) / 1000));
});
await import(cli);
