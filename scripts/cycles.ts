/**
 * Import cycles in a source tree, between files and between its top-level folders (a top-level file counts as
 * its own unit). The pipeline reads one way (load, validate, check, render, write), so no folder may reach back
 * into one that depends on it. `npm run cycles` runs it on src/; test/cycles.test.ts keeps src/ free of cycles.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import madge, { type MadgeResult } from 'madge';

export interface Cycles {
  /** Each cycle between files, as the files along it. */
  files: string[][];
  /** Each group of top-level folders that import each other, with the imports that tie them. */
  folders: { units: string[]; imports: string[] }[];
  /** Imports that resolve to no file: a cycle through them would go unseen, so they count as failures. */
  unresolved: string[];
}

const tsConfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));

/** Every TypeScript file under root and what it imports, type-only imports included. */
export function importGraph(root: string): Promise<MadgeResult> {
  return madge(root, { fileExtensions: ['ts'], tsConfig });
}

export function cyclesIn(result: MadgeResult): Cycles {
  return { files: result.circular(), folders: folderCycles(result.obj()), unresolved: result.warnings().skipped };
}

export const findCycles = async (root: string): Promise<Cycles> => cyclesIn(await importGraph(root));

/** The top-level folder a file is in, or the file itself at the top level. */
export const unitOf = (file: string): string => file.split('/')[0] ?? file;

/** Collapses the file graph to top-level units and returns its strongly connected groups of more than one unit. */
function folderCycles(graph: Record<string, string[]>): Cycles['folders'] {
  const edges = new Map<string, Map<string, string[]>>();
  for (const [file, imports] of Object.entries(graph)) {
    for (const imported of imports) {
      const [from, to] = [unitOf(file), unitOf(imported)];
      if (from === to) continue;
      const targets = edges.get(from) ?? edges.set(from, new Map()).get(from)!;
      targets.set(to, [...(targets.get(to) ?? []), `${file} → ${imported}`]);
    }
  }
  return stronglyConnected([...new Set(Object.keys(graph).map(unitOf))], (unit) => [...(edges.get(unit)?.keys() ?? [])])
    .filter((group) => group.length > 1)
    .map((group) => ({
      units: group.sort(),
      imports: group.flatMap((from) => group.flatMap((to) => edges.get(from)?.get(to) ?? [])).sort(),
    }));
}

/** Tarjan's algorithm: the groups of nodes that can each reach every other node in the group. */
function stronglyConnected(nodes: string[], next: (node: string) => string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const target of next(node)) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (stack.includes(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop()!;
      group.push(member);
    } while (member !== node);
    groups.push(group);
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return groups;
}

export function describeCycles(cycles: Cycles): string[] {
  return [
    ...cycles.files.map((cycle) => `file cycle: ${[...cycle, cycle[0]].join(' → ')}`),
    ...cycles.folders.map((cycle) => `folder cycle: ${cycle.units.join(', ')}\n  ${cycle.imports.join('\n  ')}`),
    ...cycles.unresolved.map((file) => `unresolved import: ${file}`),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = process.argv[2] ?? 'src';
  const problems = describeCycles(await findCycles(root));
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exitCode = 1;
  else console.log(`${root}: no import cycles between files or folders`);
}
