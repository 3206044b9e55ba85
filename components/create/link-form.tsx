import { useId, useState } from "react";
import type { ExtractedArticle } from "@/lib/schemas/extract";
import { onDemand } from "@/components/ui/on-demand";
import styles from "./new-deck.module.css";

// The request and its checks (Zod) load when a link is first sent, not with the page.
const loadClient = onDemand(() => import("@/lib/extract/client"));

type State = { status: "idle" } | { status: "busy" } | { status: "error"; message: string };

/**
 * "From a link": the app's server fetches the page and reads its article, which then fills the article form
 * below (onArticle). Only when the user presses the button; nothing is saved here.
 */
export function LinkForm({
  disabled,
  onArticle,
}: {
  disabled: boolean;
  onArticle: (article: ExtractedArticle) => void;
}) {
  const id = useId();
  const [link, setLink] = useState("");
  const [state, setState] = useState<State>({ status: "idle" });
  const busy = state.status === "busy";

  async function submit() {
    setState({ status: "busy" });
    let client: typeof import("@/lib/extract/client");
    try {
      client = await loadClient();
    } catch {
      setState({ status: "error", message: "The page could not load the code that reads links. Try again." });
      return;
    }
    const result = await client.requestArticle(link);
    if (!result.ok) {
      setState({ status: "error", message: result.message });
      document.getElementById(`${id}-link`)?.focus();
      return;
    }
    setState({ status: "idle" });
    onArticle(result.article);
  }

  return (
    <form
      className={`stack ${styles.form} ${styles.linkForm}`}
      noValidate
      aria-label="From a link"
      aria-busy={busy || undefined}
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void submit();
      }}
    >
      <div className={styles.field}>
        <label htmlFor={`${id}-link`}>Link to an article</label>
        <div className={styles.linkRow}>
          <input
            id={`${id}-link`}
            name="link"
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="https://"
            value={link}
            onChange={(e) => {
              setLink(e.target.value);
              if (state.status === "error") setState({ status: "idle" });
            }}
            aria-invalid={state.status === "error" || undefined}
            aria-describedby={`${id}-link-help${state.status === "error" ? ` ${id}-link-error` : ""}`}
          />
          <button className="button secondary" type="submit" disabled={busy || disabled}>
            {busy ? "Fetching…" : "Fetch the article"}
          </button>
        </div>
        <p id={`${id}-link-help`} className="meta">
          Factdeck&apos;s server fetches that one page when you press the button and fills in the form below; nothing
          else is sent, and nothing is saved until you save the deck.
        </p>
        {state.status === "error" && (
          <p id={`${id}-link-error`} role="alert" className={styles.fieldError}>
            {state.message}
          </p>
        )}
        <p role="status" className="meta">
          {busy ? "Fetching the article…" : ""}
        </p>
      </div>
    </form>
  );
}
