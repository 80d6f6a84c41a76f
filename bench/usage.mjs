// Preloaded (node --import) into a CLI run by bench/run.mjs: on exit, writes the process's
// peak RSS and CPU time to the file named by JSV_BENCH_USAGE.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const u = process.resourceUsage();
  writeFileSync(process.env.JSV_BENCH_USAGE, JSON.stringify({ peakRss: u.maxRSS * 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1e3 }));
});
