/** Counters and gauges for `GET /metrics`, in Prometheus' text format. */
export interface Metrics {
  /** Add one to a counter, optionally split by one label (an outcome, a bucket). */
  count(name: CounterName, label?: string): void;
  /** Set a gauge to a value read when the metrics are rendered. */
  gauge(name: GaugeName, read: () => number): void;
  /** The counters and gauges as Prometheus text exposition. */
  render(): string;
}

const COUNTERS = {
  crosscheck_commands_total: 'Commands answered, by outcome.',
  crosscheck_rate_limited_total: 'Commands refused by the rate limit, by bucket.',
  crosscheck_library_reloads_total: 'Library rebuilds after the articles folder changed.',
} as const;

const GAUGES = {
  crosscheck_commands_in_flight: 'Commands running now.',
  crosscheck_commands_waiting: 'Commands waiting for a free slot.',
  crosscheck_library_ready: '1 once the library is loaded, 0 while it is being built.',
  crosscheck_library_articles: 'Articles in the library.',
  crosscheck_library_stale_files: 'Files kept at their last good version because the current one cannot be read.',
} as const;

export type CounterName = keyof typeof COUNTERS;
export type GaugeName = keyof typeof GAUGES;

/** Label values are ours (outcomes, bucket names), but quotes and backslashes are escaped anyway. */
const escapeLabel = (value: string): string => value.replace(/[\\"\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));

/** An empty set of metrics; every counter is listed from the start so dashboards see zeros, not gaps. */
export function createMetrics(): Metrics {
  const counters = new Map<CounterName, Map<string, number>>();
  const gauges = new Map<GaugeName, () => number>();
  return {
    count(name, label = '') {
      const byLabel = counters.get(name) ?? new Map<string, number>();
      byLabel.set(label, (byLabel.get(label) ?? 0) + 1);
      counters.set(name, byLabel);
    },
    gauge(name, read) {
      gauges.set(name, read);
    },
    render() {
      const lines: string[] = [];
      for (const [name, help] of Object.entries(COUNTERS) as Array<[CounterName, string]>) {
        lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} counter`);
        const byLabel = counters.get(name);
        if (!byLabel || byLabel.size === 0) lines.push(`${name} 0`);
        else for (const [label, value] of byLabel) lines.push(label === '' ? `${name} ${value}` : `${name}{${labelKey(name)}="${escapeLabel(label)}"} ${value}`);
      }
      for (const [name, help] of Object.entries(GAUGES) as Array<[GaugeName, string]>) {
        lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, `${name} ${gauges.get(name)?.() ?? 0}`);
      }
      return `${lines.join('\n')}\n`;
    },
  };
}

function labelKey(name: CounterName): string {
  return name === 'crosscheck_rate_limited_total' ? 'bucket' : 'outcome';
}
