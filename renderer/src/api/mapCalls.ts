/**
 * An object with one function per API call, made on first use by `make`: the renderer's API
 * objects without a run-time list of call names (that list lives in shared/api/contract.ts, whose
 * zod schemas the renderer has no use for). A name the contract lacks fails in the main process
 * ("okänt anrop"), as it would through the preload. Each function is made once, so it is stable.
 */
export function mapCalls<T extends object>(make: (name: string) => (input: unknown) => Promise<unknown>): T {
  const made = new Map<string, (input: unknown) => Promise<unknown>>();
  return new Proxy({} as T, {
    get(_target, name) {
      // Not a call: symbols (inspection) and "then" (so the object is never taken for a promise).
      if (typeof name !== 'string' || name === 'then') return undefined;
      let fn = made.get(name);
      if (!fn) {
        fn = make(name);
        made.set(name, fn);
      }
      return fn;
    },
  });
}
