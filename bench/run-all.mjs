// npm run bench: runs every `bench:<name>` script of package.json (each bench's own script, as its owner wrote it),
// one after the other, then prints one table of each benchmark's figure as a ratio to its same-run baseline (from
// bench/results/<name>.json), with the machine's load average before and after it, and writes it to
// bench/results/latest.md. A bench that wrote no figure (no result, or a result without a finite figure and ratio) is
// a failure, shown as one, and makes the run exit 1. A bench with several figures lists the others in `figures` (each
// with its own baseline, ratio and target): each is a row of its own, and one of them without a finite figure is a
// failure too. BENCH_ONLY=fanout,reconnect runs a subset; BENCH_SKIP=vote
// skips some; BENCH_PORT_BASE=4500 gives each bench its own BENCH_PORT (base, base + 10, ...).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'bench/results');
const ORDER = ['vote', 'coedit', 'public', 'fanout', 'rollcall', 'reconnect', 'challenge'];
const list = (v) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : null;
const only = list(process.env.BENCH_ONLY);
const skip = list(process.env.BENCH_SKIP) ?? [];

const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts;
const names = Object.keys(scripts)
  .filter((s) => s.startsWith('bench:'))
  .map((s) => s.slice('bench:'.length))
  .filter((n) => (!only || only.includes(n)) && !skip.includes(n))
  .sort((x, y) => (ORDER.indexOf(x) + 1 || 99) - (ORDER.indexOf(y) + 1 || 99) || x.localeCompare(y));

mkdirSync(RESULTS, { recursive: true });
const portBase = process.env.BENCH_PORT_BASE ? Number(process.env.BENCH_PORT_BASE) : null;
const figure = (n) => typeof n === 'number' && Number.isFinite(n);
const runs = [];
for (const [i, name] of names.entries()) {
  const file = join(RESULTS, `${name}.json`);
  rmSync(file, { force: true });
  console.log(`\n=== bench:${name} ===`);
  const started = Date.now();
  const loadBefore = loadavg()[0];
  const env = portBase === null ? process.env : { ...process.env, BENCH_PORT: String(portBase + 10 * i) };
  const run = spawnSync('npm', ['run', `bench:${name}`], { cwd: ROOT, stdio: 'inherit', env });
  const seconds = (Date.now() - started) / 1000;
  const written = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  const complete = (r) => figure(r.ours) && figure(r.ratio);
  const result = written && complete(written) && (written.figures ?? []).every(complete) ? written : null;
  const load = `${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}`;
  runs.push({ name, exit: run.status ?? 1, seconds, result, load, wrote: written !== null });
}

const fmt = (n) =>
  typeof n === 'number' && Number.isFinite(n) ? (Math.abs(n) >= 100 ? n.toFixed(0) : String(Math.round(n * 100) / 100)) : '—';
const row = (name, r, load, run) =>
  `| ${name} | ${r.what} | ${fmt(r.ours)} ${r.unit} | ${fmt(r.baseline)} (${r.baselineWhat}) | **${fmt(r.ratio)}×** | ${r.target} | ${r.met ? 'yes' : 'no'} | ${fmt(r.p50Ms)} / ${fmt(r.p99Ms)} | ${load} | ${run} |`;
const rows = runs.flatMap(({ name, exit, seconds, result: r, load, wrote }) =>
  r
    ? [
        row(name, r, load, `${exit === 0 ? 'ok' : `exit ${exit}`}, ${seconds.toFixed(0)} s`),
        ...(r.figures ?? []).map((f) => row(name, f, load, 'same run')),
      ]
    : [
        `| ${name} | — | — | — | — | — | no | — | ${load} | **FAILED: ${wrote ? 'no finite figure' : 'no result'}** (exit ${exit}), ${seconds.toFixed(0)} s |`,
      ],
);
const machine = `${cpus().length} cores, Node ${process.versions.node}`;
const table = [
  `Benchmarks of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine} (\`npm run bench\`; each ratio is to the same run's baseline; load is the 1-minute load average before → after each bench).`,
  '',
  '| bench | what | ours | baseline | ratio | target | met | p50 / p99 ms | load | run |',
  '| --- | --- | --: | --- | --: | --- | --- | --: | --: | --- |',
  ...rows,
  '',
].join('\n');
console.log(`\n${table}`);
writeFileSync(join(RESULTS, 'latest.md'), table);
console.log(`wrote ${join(RESULTS, 'latest.md')}`);
process.exit(runs.every((r) => r.exit === 0 && r.result) ? 0 : 1);
