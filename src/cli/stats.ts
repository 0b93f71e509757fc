/**
 * `htsd consolidate --stats`: where the time of one run went and what it cost the whole
 * process (every thread's CPU, peak RSS), as one JSON line on stderr for `npm run bench`.
 */
import { performance } from "node:perf_hooks";

/** Where the time of one run went, and what it cost the whole process (every thread's CPU, peak RSS). */
export class PhaseClock {
  private readonly start = performance.now();
  private last = this.start;
  private readonly cpu = process.cpuUsage();
  private lastCpu = this.cpu;
  private readonly phases: Record<string, number> = {};
  private readonly cpuMs: Record<string, number> = {};
  private readonly peakRssMb: Record<string, number> = {};

  lap(phase: string): void {
    const t = performance.now();
    this.phases[phase] = round(t - this.last);
    this.peakRssMb[phase] = maxRssMb();
    const cpu = process.cpuUsage();
    this.cpuMs[phase] = round((cpu.user + cpu.system - this.lastCpu.user - this.lastCpu.system) / 1000);
    this.last = t;
    this.lastCpu = cpu;
  }

  stats(run: { files: number; accepted: number; jobs: number; busyMs: number }) {
    const cpu = process.cpuUsage(this.cpu);
    return {
      ms: round(performance.now() - this.start),
      files: run.files,
      accepted: run.accepted,
      jobs: run.jobs,
      maxRssMb: maxRssMb(),
      cpuMs: round((cpu.user + cpu.system) / 1000),
      checkBusyMs: round(run.busyMs),
      phases: this.phases,
      /** CPU of every thread in each phase: past the check, this thread's work (and V8's helpers), steadier than wall time on a busy machine. */
      phaseCpuMs: this.cpuMs,
      /** The process's peak RSS as it stood at the end of each phase. */
      peakRssMb: this.peakRssMb,
    };
  }
}

/** Peak resident memory of the process so far, worker threads included (Linux reports it in KB). */
function maxRssMb(): number {
  return round(process.resourceUsage().maxRSS / 1024);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
