import styles from "./progress.module.css";

type Row = { label: string; value: number; detail?: string };

/** A small table whose numbers also show as bars (the bars are decoration; the numbers are the data). */
export function BarTable({
  caption,
  head,
  rows,
  scale,
}: {
  caption: string;
  head: [string, string];
  rows: Row[];
  scale?: number;
}) {
  // Percentages are drawn against 100; counts against the largest count.
  const max = scale ?? Math.max(1, ...rows.map((r) => r.value));
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head[0]}</th>
          <th scope="col">{head[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row" dir="auto">
              {r.label}
            </th>
            <td>
              <span className={styles.barCell}>
                <span className={styles.num}>{r.detail ?? r.value}</span>
                <span className={styles.track} aria-hidden="true">
                  <span className={styles.bar} style={{ width: `${(100 * r.value) / max}%` }} />
                </span>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
