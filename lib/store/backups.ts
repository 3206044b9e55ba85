import type { KeyValueStorage } from "@/lib/store/storage";

/** How many backups of an unreadable value are kept: `<name>:backup:1` (the oldest) to `:5`. */
export const MAX_BACKUPS = 5;

/**
 * Keeps `raw` as a backup and returns its key: the backup already holding these bytes (nothing written), else
 * the first free one. With every one taken, the oldest is dropped and the rest move down one, so backups stay
 * a few whatever happens (two tabs once wrote a new one every few milliseconds and filled the storage).
 */
export function keepBackup(kv: KeyValueStorage, name: string, raw: string): string {
  const key = (n: number) => `${name}:backup:${n}`;
  let free: number | undefined;
  for (let n = 1; n <= MAX_BACKUPS; n++) {
    const held = kv.getItem(key(n));
    if (held === raw) return key(n);
    if (held === null) free ??= n;
  }
  if (free === undefined) {
    kv.removeItem(key(1));
    for (let n = 2; n <= MAX_BACKUPS; n++) {
      kv.setItem(key(n - 1), kv.getItem(key(n))!);
      kv.removeItem(key(n));
    }
    free = MAX_BACKUPS;
  }
  kv.setItem(key(free), raw);
  return key(free);
}
