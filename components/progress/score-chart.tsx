import type { ScorePoint } from "@/lib/progress/stats";
import styles from "./progress.module.css";
import { formatShortDate } from "@/lib/format";

const W = 480;
const H = 200;
// Room on the left for "100%" at the axis font size, even when a phone scales the chart down.
const PAD = { left: 52, right: 12, top: 12, bottom: 24 };

function dateLabel(t: number): string {
  return formatShortDate(t);
}

/** Quiz scores over time as an SVG line chart, with a one-line summary and a table as its text alternative. */
export function ScoreChart({ points, deckTitle }: { points: ScorePoint[]; deckTitle: (id: string) => string }) {
  if (points.length === 0)
    return <p className="muted">No finished quizzes yet. Scores appear here after your first quiz.</p>;
  const x = (i: number) =>
    PAD.left +
    (points.length === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (points.length - 1));
  const y = (pct: number) => PAD.top + ((100 - pct) * (H - PAD.top - PAD.bottom)) / 100;
  const latest = points.at(-1)!;
  const best = Math.max(...points.map((p) => p.percent));
  const mean = Math.round(points.reduce((s, p) => s + p.percent, 0) / points.length);
  const summary = `${points.length} ${points.length === 1 ? "quiz" : "quizzes"}: latest ${latest.percent}%, best ${best}%, average ${mean}%.`;
  return (
    <figure className={styles.figure}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="score-chart-caption"
        preserveAspectRatio="xMinYMid meet"
        className={styles.chart}
      >
        {[0, 50, 100].map((g) => (
          <g key={g}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(g)} y2={y(g)} className={styles.grid} />
            <text x={PAD.left - 6} y={y(g) + 4} textAnchor="end" className={styles.axis}>
              {g}%
            </text>
          </g>
        ))}
        <polyline points={points.map((p, i) => `${x(i)},${y(p.percent)}`).join(" ")} className={styles.line} />
        {points.map((p, i) => (
          <circle key={p.attemptId} cx={x(i)} cy={y(p.percent)} r={4} className={styles.dot} />
        ))}
        {/* First and last date; one date, centred, when every quiz was on the same day. */}
        {dateLabel(points[0]!.at) === dateLabel(latest.at) ? (
          <text x={(PAD.left + W - PAD.right) / 2} y={H - 6} textAnchor="middle" className={styles.axis}>
            {dateLabel(latest.at)}
          </text>
        ) : (
          <>
            <text x={PAD.left} y={H - 6} className={styles.axis}>
              {dateLabel(points[0]!.at)}
            </text>
            <text x={W - PAD.right} y={H - 6} textAnchor="end" className={styles.axis}>
              {dateLabel(latest.at)}
            </text>
          </>
        )}
      </svg>
      <figcaption id="score-chart-caption">Quiz scores over time. {summary}</figcaption>
      <details className={styles.details}>
        <summary>Scores as a table</summary>
        <table className={styles.table}>
          <caption className="visually-hidden">Every finished quiz, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Deck</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.attemptId}>
                <td>{dateLabel(p.at)}</td>
                <td dir="auto">{deckTitle(p.deckId)}</td>
                <td>
                  {p.correct} of {p.total} ({p.percent}%)
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
