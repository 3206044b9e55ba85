/**
 * A loader for code imported on demand (`onDemand(() => import("…"))`): every caller shares one import,
 * and after a failed one (a chunk that did not load) the next call tries again.
 */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((e: unknown) => {
      loading = undefined;
      throw e;
    }));
}
