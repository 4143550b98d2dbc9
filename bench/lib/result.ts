/** The one result shape every benchmark writes to bench/results/<name>.json (read by bench/run-all.mjs). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

/** One figure against its own same-run baseline. */
export interface BenchFigure {
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
}

export interface BenchResult extends BenchFigure {
  name: string;
  /** The bench's other figures, each a row of its own in bench/results/latest.md. */
  figures?: BenchFigure[];
  extra?: Record<string, unknown>;
}

export const machine = () => `${cpus().length} cores, Node ${process.versions.node}, load ${loadavg()[0].toFixed(1)} at the end`;

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
