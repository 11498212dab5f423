// Peak resident memory of another process, read from Linux's /proc (VmHWM is the high-water mark of RSS).
import { readFileSync } from "node:fs";

/** Bytes, or null where /proc is not available (not Linux) or the process has gone. */
export function peakRssOf(pid: number): number | null {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Samples a process's peak RSS until stopped; the last reading before it exits is the peak. */
export function watchPeakRss(pid: number, everyMs = 250): { stop(): number | null } {
  let peak: number | null = null;
  const read = () => {
    const value = peakRssOf(pid);
    if (value !== null) peak = Math.max(peak ?? 0, value);
  };
  read();
  const timer = setInterval(read, everyMs);
  return {
    stop() {
      clearInterval(timer);
      read();
      return peak;
    },
  };
}
