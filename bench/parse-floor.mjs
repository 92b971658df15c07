// The floor for `check` of many files: reading and parsing every YAML file in a folder with
// the yaml package, one after another in one thread, and nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const [, , dir] = process.argv;
for (const name of readdirSync(dir).sort()) parse(readFileSync(join(dir, name), 'utf8'));
