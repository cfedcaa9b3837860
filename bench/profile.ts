/**
 * Where the time of the two browser benches goes: a CPU profile (DevTools protocol's
 * Profiler, 100 µs sampling) mapped back to the sources through the CDN build's source maps,
 * and for the host page the long tasks from a trace with what ran inside each.
 * Not a bench (no figures are judged here); it prints tables to paste beside them.
 *
 *   node --import tsx bench/profile.ts first-render [tag ...]
 *   node --import tsx bench/profile.ts host-page          (PROFILE_RUNS, PROFILE_INCLUSIVE=n, PROFILE_SITE)
 */
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import puppeteer, { type CDPSession } from 'puppeteer-core';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
// @ts-expect-error: a plain .mjs helper without type declarations
import { requireChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';
import { openBenchPage } from './lib/browser.js';
import { startServer } from '../src/server/index.js';
import { PgliteDatabase } from '../src/server/db/pglite.js';
import { cdnSite } from '../test/support/cdn-build.js';
import { demoTokens, FIRST_RENDER_CASES } from './lib/first-render-cases.js';

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

const mode = process.argv[2];
const only = process.argv.slice(3);

/** Maps a bundle position to `source file:function`, reading the bundle's map beside it. */
function sourceMapper(distRoot: string) {
  const maps = new Map<string, TraceMap | null>();
  return (frame: CallFrame): { file: string; name: string } => {
    const path = frame.url ? new URL(frame.url, 'http://x').pathname : '';
    if (!path.startsWith('/cdn/')) return { file: frame.url ? path : `(${frame.functionName || 'native'})`, name: frame.functionName || '(anonymous)' };
    const file = join(distRoot, path);
    if (!maps.has(file)) maps.set(file, existsSync(`${file}.map`) ? new TraceMap(readFileSync(`${file}.map`, 'utf8')) : null);
    const map = maps.get(file);
    if (!map) return { file: path, name: frame.functionName || '(anonymous)' };
    const original = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
    const source = (original.source ?? path).replace(/^.*?node_modules\//, 'node_modules/').replace(/^(\.\.\/)+/, '');
    return { file: source, name: `${original.name ?? (frame.functionName || '(anonymous)')}:${original.line ?? '?'}` };
  };
}

/** Self time (ms) per source file and per function, over samples between `from` and `to` (µs, trace clock). */
function selfTimes(profile: CpuProfile, map: ReturnType<typeof sourceMapper>, from = -Infinity, to = Infinity, windows?: [number, number][]) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const inclusive = new Map<string, number>();
  const files = new Map<string, number>();
  const functions = new Map<string, number>();
  let time = profile.startTime;
  let total = 0;
  for (let index = 0; index < profile.samples.length; index++) {
    time += profile.timeDeltas[index];
    const next = profile.timeDeltas[index + 1] ?? 0;
    if (time < from || time > to) continue;
    if (windows && !windows.some(([start, end]) => time >= start && time <= end)) continue;
    const node = byId.get(profile.samples[index])!;
    const { file, name } = map(node.callFrame);
    if (file === '(idle)') continue;
    const ms = next / 1000;
    total += ms;
    files.set(file, (files.get(file) ?? 0) + ms);
    functions.set(`${file} ${name}`, (functions.get(`${file} ${name}`) ?? 0) + ms);
    const onStack = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parentOf.get(id)) {
      const frame = map(byId.get(id)!.callFrame);
      if (frame.file.startsWith('((')) continue;
      onStack.add(`${frame.file} ${frame.name}`);
    }
    for (const key of onStack) inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
  }
  const top = (table: Map<string, number>, count: number) =>
    [...table].sort((a, b) => b[1] - a[1]).slice(0, count).map(([key, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${key}`).join('\n');
  return { total, text: `files (self time):\n${top(files, 18)}\nfunctions (self time):\n${top(functions, 25)}${process.env.PROFILE_INCLUSIVE ? `\nfunctions (total time, on the stack):\n${top(inclusive, Number(process.env.PROFILE_INCLUSIVE))}` : ''}` };
}

type Trace = { traceEvents: { name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; pid: number; args?: { data?: { url?: string } } }[] };
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'];
const KINDS = ['RunTask', 'Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'ParseHTML', 'ParseAuthorStyleSheet', 'FunctionCall', 'RunMicrotasks', 'TimerFire', 'EventDispatch', 'MinorGC', 'MajorGC', 'HitTest', 'v8.compile', 'v8.run'];

/** Time (ms) per trace event kind inside the windows, on the renderer's busiest thread; nested kinds overlap. */
function traceKinds(trace: Trace, windows: [number, number][]): string {
  const busy = new Map<string, number>();
  for (const event of trace.traceEvents) if (event.name === 'RunTask') busy.set(`${event.pid}:${event.tid}`, (busy.get(`${event.pid}:${event.tid}`) ?? 0) + (event.dur ?? 0));
  const thread = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const kinds = new Map<string, number>();
  for (const event of trace.traceEvents) {
    if (event.ph !== 'X' || `${event.pid}:${event.tid}` !== thread || !KINDS.includes(event.name)) continue;
    for (const [start, end] of windows) {
      const overlap = Math.min(end, event.ts + (event.dur ?? 0)) - Math.max(start, event.ts);
      if (overlap > 0) kinds.set(event.name, (kinds.get(event.name) ?? 0) + overlap / 1000);
    }
  }
  return [...kinds].sort((a, b) => b[1] - a[1]).map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join('; ');
}

/**
 * Where a window's wall time went, per run: tasks that rendered a frame (style, layout, paint and
 * commit of what was on screen then), style and layout outside frames (forced by a read of layout,
 * or the task the browser spends on it), the rest of the tasks (script, mostly), and idle time.
 */
function breakdown(trace: Trace, windows: [number, number][]): string {
  const busy = new Map<string, number>();
  for (const event of trace.traceEvents) if (event.name === 'RunTask') busy.set(`${event.pid}:${event.tid}`, (busy.get(`${event.pid}:${event.tid}`) ?? 0) + (event.dur ?? 0));
  const thread = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = trace.traceEvents.filter((event) => event.ph === 'X' && `${event.pid}:${event.tid}` === thread).sort((a, b) => a.ts - b.ts);
  const tasks = onMain.filter((event) => event.name === 'RunTask');
  /** Time in events named `names` inside `task` (events sorted by start: a binary search finds the first). */
  const inside = (task: Trace['traceEvents'][number], names: string[]) => {
    let low = 0;
    let high = onMain.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (onMain[middle].ts < task.ts) low = middle + 1;
      else high = middle;
    }
    let sum = 0;
    for (let index = low; index < onMain.length && onMain[index].ts <= task.ts + task.dur!; index++) {
      const event = onMain[index];
      if (names.includes(event.name) && event.ts + (event.dur ?? 0) <= task.ts + task.dur!) sum += event.dur ?? 0;
    }
    return sum;
  };
  let frames = 0;
  let frameCount = 0;
  let styleLayout = 0;
  let other = 0;
  let total = 0;
  let cpu = 0;
  for (const [start, end] of windows) {
    total += end - start;
    for (const task of tasks) {
      const overlap = Math.min(end, task.ts + task.dur!) - Math.max(start, task.ts);
      if (overlap <= 0) continue;
      cpu += ((task.tdur ?? task.dur!) * overlap) / task.dur!;
      if (inside(task, ['Paint', 'Commit']) > 0) {
        frames += overlap;
        frameCount++;
        continue;
      }
      const rendering = Math.min(overlap, inside(task, ['UpdateLayoutTree', 'Layout']));
      styleLayout += rendering;
      other += overlap - rendering;
    }
  }
  const ms = (value: number) => (value / 1000 / windows.length).toFixed(2);
  return `per run: ${ms(total)} ms = frames ${ms(frames)} (${(frameCount / windows.length).toFixed(1)} a run) + style and layout outside frames ${ms(styleLayout)} + other task time (script) ${ms(other)} + idle ${ms(total - frames - styleLayout - other)}; the tasks' CPU time ${ms(cpu)} ms (wall time also counts waiting for a core)`;
}

async function startProfiler(session: CDPSession) {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.send('Profiler.start');
}

if (mode === 'first-render') {
  const { page, server, distRoot, close } = await openBenchPage(new URL('./first-render.page.js', import.meta.url));
  const map = sourceMapper(distRoot);
  const tokens = await demoTokens(server.url);
  const cases = FIRST_RENDER_CASES;
  const session = await page.createCDPSession();
  for (const testCase of cases) {
    if (only.length && !only.includes(testCase.tag)) continue;
    // One unprofiled pass records the responses and warms the code, as the bench does.
    const options = { testCase, endpoint: server.url, token: testCase.role ? tokens[testCase.role] : '', runs: 3 };
    const measure = (runs: number) =>
      page.evaluate((o) => (window as unknown as { measureFirstRender(o: unknown): Promise<{ elementMs: number[]; baselineMs: number[] }> }).measureFirstRender(o), { ...options, runs });
    await measure(3);
    await startProfiler(session);
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    const { elementMs, baselineMs } = await measure(20);
    const trace = JSON.parse(Buffer.from((await page.tracing.stop())!).toString('utf8')) as Trace;
    const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    // PROFILE_TRACE_DIR: keep each element's trace for a closer look (chrome://tracing, Perfetto).
    if (process.env.PROFILE_TRACE_DIR) writeFileSync(join(process.env.PROFILE_TRACE_DIR, `${testCase.tag}.trace.json`), JSON.stringify(trace));
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    const windowsOf = (name: string) => {
      const starts = trace.traceEvents.filter((event) => event.name === name && event.ph === 'b').map((event) => event.ts);
      const ends = trace.traceEvents.filter((event) => event.name === name && event.ph === 'e').map((event) => event.ts);
      return starts.map((start, index) => [start, ends[index]] as [number, number]);
    };
    console.log(`\n## ${testCase.tag}: element ${sum(elementMs).toFixed(0)} ms, baseline ${sum(baselineMs).toFixed(0)} ms over 20 runs`);
    for (const name of ['bw-element', 'bw-baseline']) {
      const windows = windowsOf(name);
      console.log(`### ${name}: ${windows.length} windows, ${(sum(windows.map(([a, b]) => b - a)) / 1000).toFixed(0)} ms\n  trace: ${traceKinds(trace, windows)}\n  ${breakdown(trace, windows)}`);
      console.log(selfTimes(profile, map, -Infinity, Infinity, windows).text);
    }
  }
  await close();
} else if (mode === 'host-page') {
  // PROFILE_SITE: a folder with demo/ and dist/ to profile another build (an older commit's) instead of the current sources'.
  const site = process.env.PROFILE_SITE ? { root: process.env.PROFILE_SITE, remove() {} } : await cdnSite();
  const db = await PgliteDatabase.open({ dataDir: 'memory://' });
  const server = await startServer({ db, port: 0, host: '127.0.0.1', log: false, demo: true, staticRoot: site.root });
  const browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: CHROME_ARGS });
  const map = sourceMapper(join(site.root, 'dist'));
  const runs = Number(process.env.PROFILE_RUNS ?? 3);
  for (let run = 0; run <= runs; run++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const session = await page.createCDPSession();
    if (run > 0) {
      await startProfiler(session);
      await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'] });
    }
    await page.goto(server.url, { waitUntil: 'load' });
    for (const [tag, selector] of [['bw-credential-gap-mapper', '[part~="readiness"]'], ['bw-milestone-tracker', '[part~="item"]'], ['bw-mentor-finder', '[part~="card"]'], ['bw-narrative-builder', '[part~="preview"]']]) {
      await page.waitForFunction((host, inner) => Boolean(document.querySelector(host)?.shadowRoot?.querySelector(inner)), { timeout: 30_000, polling: 50 }, tag, selector);
    }
    await new Promise((done) => setTimeout(done, 1000));
    if (run === 0) {
      await context.close();
      continue; // warm-up
    }
    const trace = JSON.parse(Buffer.from((await page.tracing.stop())!).toString('utf8')) as Trace;
    const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await context.close();
    // The renderer's main thread: the one whose tasks ran the bundle.
    const events = trace.traceEvents;
    // The renderer's main thread: the one with the most time in long RunTasks.
    const busy = new Map<string, number>();
    for (const event of events) if (event.name === 'RunTask' && (event.dur ?? 0) > 50_000) busy.set(`${event.pid}:${event.tid}`, (busy.get(`${event.pid}:${event.tid}`) ?? 0) + event.dur!);
    const thread = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    const main = events.find((event) => `${event.pid}:${event.tid}` === thread);
    if (process.env.PROFILE_DEBUG) console.log([...busy], [...new Set(events.filter((e) => `${e.pid}:${e.tid}` === thread).map((e) => e.name))].join(' '));
    const onMain = events.filter((event) => main && event.tid === main.tid && event.pid === main.pid && event.ph === 'X');
    const tasks = onMain.filter((event) => event.name === 'RunTask' && (event.dur ?? 0) > 50_000).sort((a, b) => a.ts - b.ts);
    const first = onMain.reduce((min, event) => Math.min(min, event.ts), Infinity);
    const tbt = tasks.reduce((sum, task) => sum + (task.dur! / 1000 - 50), 0);
    // On a loaded machine a task's wall time includes the time the thread waited for a core; its CPU time (tdur) does not.
    const cpuLong = onMain.filter((event) => event.name === 'RunTask' && (event.tdur ?? 0) > 50_000);
    const cpuTbt = cpuLong.reduce((sum, task) => sum + (task.tdur! / 1000 - 50), 0);
    const largest = onMain.filter((event) => event.name === 'RunTask' && (event.tdur ?? 0) > 5_000).map((event) => Math.round(event.tdur! / 1000)).sort((a, b) => b - a).slice(0, 8);
    console.log(`\n# run ${run}: ${tasks.length} long tasks, blocking ${tbt.toFixed(0)} ms (by CPU time: ${cpuLong.length} long tasks, blocking ${cpuTbt.toFixed(0)} ms; largest tasks' CPU ms ${largest.join(', ')}); load ${loadavg().map((v) => v.toFixed(2)).join(' ')}`);
    for (const task of tasks) {
      const inside = onMain.filter((event) => event !== task && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= task.ts + task.dur!);
      const kinds = new Map<string, number>();
      for (const event of inside) {
        if (!['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'Layout', 'UpdateLayoutTree', 'ParseAuthorStyleSheet', 'RunMicrotasks', 'FireAnimationFrame', 'Paint', 'PrePaint', 'HitTest', 'EventDispatch', 'ParseHTML', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'V8.GCFinalizeMC', 'ResourceReceivedData', 'v8.produceModuleCache', 'v8.parseOnBackground', 'V8.DeserializeContext'].includes(event.name)) continue;
        const key = event.name === 'EvaluateScript' || event.name.startsWith('v8.') ? `${event.name} ${new URL(event.args?.data?.url ?? 'http://x/', 'http://x').pathname}` : event.name;
        kinds.set(key, (kinds.get(key) ?? 0) + (event.dur ?? 0) / 1000);
      }
      const listed = [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([key, ms]) => `${key} ${ms.toFixed(1)}`).join('; ');
      console.log(`\n- task at ${((task.ts - first) / 1000).toFixed(0)} ms, ${(task.dur! / 1000).toFixed(1)} ms (CPU ${((task.tdur ?? 0) / 1000).toFixed(1)} ms): ${listed}`);
      console.log(selfTimes(profile, map, task.ts, task.ts + task.dur!).text.split('\n').slice(0, process.env.PROFILE_INCLUSIVE ? 200 : 34).map((line) => `    ${line}`).join('\n'));
    }
  }
  await browser.close();
  await server.close();
  await db.close();
  site.remove();
} else {
  console.error('usage: node --import tsx bench/profile.ts first-render [tag ...] | host-page');
  process.exitCode = 1;
}
