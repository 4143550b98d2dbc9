/** The one result shape every benchmark writes to bench/results/<name>.json (read by bench/run-all.mjs). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

export interface BenchResult {
  name: string;
  what: string;
  unit: string;
  ours: number;
  baseline: number;
  baselineWhat: string;
  ratio: number;
  target: string;
  met: boolean;
  p50Ms?: number;
  p99Ms?: number;
  extra?: Record<string, unknown>;
}

export const machine = () => `${cpus().length} cores, Node ${process.versions.node}`;

export function writeResult(result: BenchResult): void {
  const dir = join(__dirname, '../results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${result.name}.json`);
  writeFileSync(file, `${JSON.stringify({ ...result, machine: machine() }, null, 2)}\n`);
  console.log(`wrote ${file}`);
}

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
};

/** Wall-clock milliseconds with sub-millisecond precision, comparable across processes on one machine. */
export const epochMs = () => performance.timeOrigin + performance.now();
