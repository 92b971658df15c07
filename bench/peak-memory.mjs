// Runs the CLI in this process and reports the process's peak memory (including worker
// threads) to the file named by BENCH_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

const [, , cli, ...args] = process.argv;
process.argv = [process.argv[0], cli, ...args];
process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));
await import(cli);
