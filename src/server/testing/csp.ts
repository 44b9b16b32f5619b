/** A Content-Security-Policy header as a map of directive → sources, so that a test checks each directive whole. */
export function cspDirectives(header: unknown): Record<string, string> {
  return Object.fromEntries(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name, sources.join(' ')]),
  );
}
