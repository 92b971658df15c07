// madge ships no types; this declares the part of its API scripts/cycles.ts uses.
declare module 'madge' {
  export interface MadgeResult {
    /** Each file (relative to the base directory) and the files it imports. */
    obj(): Record<string, string[]>;
    /** Each cycle between files, as the files along it. */
    circular(): string[][];
    /** Imports madge found but could not resolve to a file. */
    warnings(): { skipped: string[] };
  }
  export default function madge(path: string, config: { fileExtensions: string[]; tsConfig: string }): Promise<MadgeResult>;
}
