// Network latency for the ON24 simulator, which has only a fixed latency fault: each request waits a
// uniformly drawn time before it is sent, as a remote API's round trip would add it.

export type LatencyRange = readonly [min: number, max: number];

export function latencyFetch(range: LatencyRange, random: () => number = Math.random): typeof fetch {
  const [min, max] = range;
  return async (input, init) => {
    const ms = min + random() * (max - min);
    if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
    return fetch(input, init);
  };
}
