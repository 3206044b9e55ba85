import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The README and docs/*.md must stand on their own in the repository: every relative link resolves to a file
// of the repository (and a #fragment to a heading of it), nothing links or points outside the repository, and
// no path of someone's machine is written down.

const root = path.resolve(__dirname, "../..");

/** The GitHub anchor of each heading of a Markdown text (duplicates get -1, -2…). */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const line of withoutCode(markdown).split("\n")) {
    const m = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const slug = m[1]!
      .toLowerCase()
      .replace(/`/g, "")
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return out;
}

/** The text with fenced code blocks blanked out (they hold commands, not links or headings). */
function withoutCode(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, (block) => block.replace(/[^\n]/g, " "));
}

/** Every link target of a Markdown text: inline links and images, reference definitions, autolinks, HTML. */
function linkTargets(markdown: string): string[] {
  const text = withoutCode(markdown).replace(/`[^`\n]*`/g, (span) => " ".repeat(span.length));
  const targets: string[] = [];
  for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(m[1]!);
  for (const m of text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) targets.push(m[1]!);
  for (const m of text.matchAll(/<((?:[a-z][a-z0-9+.-]*:)[^>\s]+)>/gi)) targets.push(m[1]!);
  for (const m of text.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/gi)) targets.push(m[1]!);
  return targets;
}

// Paths of a machine: home folders, this workplace's folders, temporary files, drive letters.
const MACHINE_PATH =
  /(?:^|[\s`'"(=])((?:\/(?:work|home|Users|root|tmp|private|mnt|var\/folders)\/|~\/|[A-Za-z]:\\)[^\s`'")]*)/gm;

/** What is wrong with the links and paths of `file` (a path relative to `base`, holding `markdown`). */
export function problemsOf(file: string, markdown: string, base = root): string[] {
  const problems: string[] = [];
  const dir = path.dirname(path.join(base, file));
  const inside = (p: string) => {
    const rel = path.relative(base, p);
    return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
  };
  for (const target of linkTargets(markdown)) {
    if (/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/.test(target)) continue; // the app itself, run locally
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
      problems.push(`${file}: links outside the repository: ${target}`);
      continue;
    }
    if (target.startsWith("/")) {
      problems.push(`${file}: links to an absolute path: ${target}`);
      continue;
    }
    const [rawPath, fragment] = target.split("#", 2) as [string, string | undefined];
    if (rawPath === "") {
      if (fragment && !anchors(markdown).has(fragment)) problems.push(`${file}: no heading for #${fragment}`);
      continue;
    }
    const linked = path.resolve(dir, decodeURIComponent(rawPath));
    if (!inside(linked)) {
      problems.push(`${file}: links outside the repository: ${target}`);
      continue;
    }
    if (!fs.existsSync(linked)) {
      problems.push(`${file}: broken link: ${target}`);
      continue;
    }
    if (fragment && linked.endsWith(".md") && !anchors(fs.readFileSync(linked, "utf8")).has(fragment)) {
      problems.push(`${file}: no heading for #${fragment} in ${rawPath}`);
    }
  }
  // Paths written out (in code too) must not climb out of the repository either, read from the file's folder
  // or from the repository's root (where commands are run). Links were checked above, from the file's folder.
  const prose = markdown.replace(/\]\([^)]*\)/g, "]()").replace(/^(\s{0,3}\[[^\]]+\]:).*$/gm, "$1");
  for (const m of prose.matchAll(/(?:^|[\s`'"(])((?:\.\.\/)+[^\s`'")]*)/gm)) {
    if (!inside(path.resolve(dir, m[1]!)) || !inside(path.resolve(base, m[1]!))) {
      problems.push(`${file}: names a path outside the repository: ${m[1]}`);
    }
  }
  for (const m of markdown.matchAll(MACHINE_PATH)) problems.push(`${file}: names a path of a machine: ${m[1]}`);
  return problems;
}

const docs = [
  "README.md",
  ...fs
    .readdirSync(path.join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];

describe("README.md and docs/*.md", () => {
  it("are all checked, and the README's links are found", () => {
    expect(docs).toEqual(
      expect.arrayContaining([
        "README.md",
        "docs/architecture.md",
        "docs/faults.md",
        "docs/security.md",
        "docs/performance.md",
      ]),
    );
    const readme = linkTargets(fs.readFileSync(path.join(root, "README.md"), "utf8"));
    expect(readme).toEqual(
      expect.arrayContaining(["docs/screenshots/quiz-feedback.png", "docs/architecture.md", "docs/faults.md"]),
    );
  });

  for (const file of docs) {
    it(`${file}: every relative link resolves inside the repository, no machine paths`, () => {
      expect(problemsOf(file, fs.readFileSync(path.join(root, file), "utf8"))).toEqual([]);
    });
  }
});

describe("the link check itself", () => {
  it("accepts links to files and headings of the repository and to the app on localhost", () => {
    const md =
      "# Top\n\n## Two tabs\n\nSee [the store](../lib/store/app-store.ts#L1), [faults](faults.md), [below](#two-tabs), " +
      "![shot](screenshots/quiz-results.png) and <http://localhost:3000>.\n";
    expect(problemsOf("docs/x.md", md)).toEqual([]);
  });

  it("finds a broken link, a missing heading, links out of the repository and machine paths", () => {
    const md = [
      "[gone](docs/no-such-file.md)",
      "[heading](docs/faults.md#no-such-heading)",
      "[design](../shared/DESIGN.md)",
      "[web](https://example.com/page)",
      "[root](/etc/passwd)",
      "Run `npm run eval -- ../shared/dev-corpus`.",
      "Built in /work/main, shots in `/tmp/shots`.",
    ].join("\n\n");
    expect(problemsOf("README.md", md)).toEqual([
      "README.md: broken link: docs/no-such-file.md",
      "README.md: no heading for #no-such-heading in docs/faults.md",
      "README.md: links outside the repository: ../shared/DESIGN.md",
      "README.md: links outside the repository: https://example.com/page",
      "README.md: links to an absolute path: /etc/passwd",
      "README.md: names a path outside the repository: ../shared/dev-corpus",
      "README.md: names a path of a machine: /work/main,",
      "README.md: names a path of a machine: /tmp/shots",
    ]);
  });

  it("ignores links shown as code", () => {
    expect(problemsOf("README.md", "```md\n[x](nowhere.md)\n```\n\nand `[y](nowhere.md)`\n")).toEqual([]);
  });
});
