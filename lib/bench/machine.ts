// The machine the figures come from, for the report's header.
import os from "node:os";

export function describeMachine(): string[] {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  return [
    `${os.availableParallelism()} CPU cores (nproc), ${cpu}`,
    `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory`,
    `Node ${process.version} on ${os.type()} ${os.release()} (${os.arch()})`,
    `Run on ${new Date().toISOString()}`,
  ];
}
