// Reading salvages, as Anki's Check Database does: a record that fails its schema is set aside, the rest loads.
import { persistedStateSchema, type PersistedState } from "@/lib/schemas/persisted";
import { emptyQuizData } from "@/lib/quiz/history";
import { emptyCardsData } from "@/lib/srs/defaults";
import { emptyTombstones } from "@/lib/sync/tombstones";

// The little of Zod's schema definitions the walk below needs (zod/mini keeps them on `_zod.def`).
type Schema = { _zod: { def: Def }; safeParse(v: unknown): { success: true; data: unknown } | { success: false } };
type Def = {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  keyType?: Schema;
  valueType?: Schema;
  innerType?: Schema;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const unwrap = (s: Schema): Schema =>
  ["optional", "nullable"].includes(s._zod.def.type) ? unwrap(s._zod.def.innerType!) : s;

/**
 * `value` read with the object schema `schema`, keeping what can be kept: in a list or a keyed collection each
 * record that fails is dropped alone; any other field that fails takes its value from `fallback` (a slice as it
 * starts) or is left out when optional. Every path set aside goes into `aside`.
 */
function salvageObject(schema: Schema, value: unknown, fallback: unknown, path: string, aside: string[]): unknown {
  const whole = schema.safeParse(value);
  if (whole.success) return whole.data;
  const { shape } = schema._zod.def;
  if (!shape || !isObject(value)) {
    aside.push(path || "state");
    return fallback;
  }
  const out: Record<string, unknown> = {};
  const at = (k: string | number) => (path ? `${path}.${k}` : String(k));
  for (const [k, field] of Object.entries(shape)) {
    const v = value[k];
    const r = field.safeParse(v);
    if (r.success) {
      if (r.data !== undefined) out[k] = r.data;
      continue;
    }
    const inner = unwrap(field)._zod.def;
    const def = isObject(fallback) ? fallback[k] : undefined;
    if (inner.type === "array" && Array.isArray(v)) {
      out[k] = v.flatMap((el, i) => {
        const e = inner.element!.safeParse(el);
        if (!e.success) aside.push(at(`${k}.${i}`));
        return e.success ? [e.data] : [];
      });
    } else if (inner.type === "record" && isObject(v)) {
      const kept: Record<string, unknown> = {};
      for (const [key, el] of Object.entries(v)) {
        const e = inner.valueType!.safeParse(el);
        if (e.success && inner.keyType!.safeParse(key).success) kept[key] = e.data;
        else aside.push(at(`${k}.${key}`));
      }
      out[k] = kept;
    } else if (inner.type === "object" && isObject(v)) {
      const s = salvageObject(unwrap(field), v, def, at(k), aside);
      if (s !== undefined) out[k] = s;
    } else {
      aside.push(at(k));
      if (def !== undefined) out[k] = def;
    }
  }
  const again = schema.safeParse(out);
  if (again.success) return again.data;
  // What is left still fails a check of the whole (a list too long, say): set the whole aside.
  aside.push(path || "state");
  return fallback;
}

/**
 * Saved state (migrated) read record by record: the valid records, and the paths of those set aside
 * (`quiz.attempts.3`, `cards.cards.<key>`; a whole slice when nothing of it could be used). Fails only
 * when the state is not an object at all.
 */
export function salvagePersisted(
  state: unknown,
): { ok: true; data: PersistedState; aside: string[] } | { ok: false; reason: string } {
  if (!isObject(state)) return { ok: false, reason: "state: not an object" };
  const aside: string[] = [];
  const start = { quiz: emptyQuizData(), cards: emptyCardsData(), tombstones: emptyTombstones() };
  const data = salvageObject(persistedStateSchema as unknown as Schema, state, start, "", aside) as PersistedState;
  return { ok: true, data, aside };
}
