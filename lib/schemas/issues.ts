// How a failed parse is told to a person: its first issue, where it is and what it says. Every schema's
// failure is reported through here, so the path is written one way (dotted, "cards.0.due") everywhere.

type ParseError = { issues: readonly { path: readonly PropertyKey[]; message: string }[] };

/** The first issue of a Zod error: its path, dotted ("" at the top level), and its message. */
export function firstIssue(error: ParseError): { path: string; message: string } {
  const issue = error.issues[0];
  return { path: issue?.path.map(String).join(".") ?? "", message: issue?.message ?? "invalid" };
}

/** "cards.0.due: Invalid input" — the first issue in one line; `whole` names the place when the value itself failed. */
export function describeIssue(error: ParseError, whole: string): string {
  const { path, message } = firstIssue(error);
  return `${path || whole}: ${message}`;
}
