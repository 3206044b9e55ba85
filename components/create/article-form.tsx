import { useId, useMemo } from "react";
import type { FormField, NewDeckForm } from "@/lib/create/form-fields";
import { MAX_TEXT_CHARS } from "@/lib/create/input";
import { cleanText, looksLikeHtml } from "@/lib/create/clean";
import { htmlToText } from "@/components/create/html-to-text";
import styles from "./new-deck.module.css";
import { formatCount } from "@/lib/format";

type Props = {
  form: NewDeckForm;
  errors: Partial<Record<FormField, string>>;
  busy: boolean;
  onChange: (form: NewDeckForm) => void;
  onMarkupRemoved: (hadText: boolean) => void;
  onSubmit: () => void;
  onCancel: () => void;
};

/** Title, optional source and date, and the article text; pasted markup is reduced to its text. */
export function ArticleForm({ form, errors, busy, onChange, onMarkupRemoved, onSubmit, onCancel }: Props) {
  const id = useId();
  const set = (field: FormField) => (e: { target: { value: string } }) =>
    onChange({ ...form, [field]: e.target.value });

  function onPaste(e: React.ClipboardEvent<HTMLTextAreaElement>) {
    const plain = e.clipboardData.getData("text/plain");
    const html = e.clipboardData.getData("text/html");
    // Prefer the browser's plain text; markup (page source pasted as text, or HTML only) is reduced to text.
    const markup = plain ? looksLikeHtml(plain) : Boolean(html);
    if (!plain && !html) return;
    e.preventDefault();
    const text = markup ? htmlToText(plain || html) : plain;
    const el = e.currentTarget;
    const { selectionStart: from, selectionEnd: to } = el;
    onChange({ ...form, text: form.text.slice(0, from) + text + form.text.slice(to) });
    requestAnimationFrame(() => el.setSelectionRange(from + text.length, from + text.length));
    if (markup) onMarkupRemoved(text.length > 0);
  }

  const field = (name: FormField) => ({
    id: `${id}-${name}`,
    name,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby":
      [errors[name] && `${id}-${name}-error`, name === "text" && `${id}-text-help`].filter(Boolean).join(" ") ||
      undefined,
  });
  const error = (name: FormField) =>
    errors[name] && (
      <p id={`${id}-${name}-error`} className={styles.fieldError}>
        {errors[name]}
      </p>
    );
  // Counted as the checks count it (line ends and spaces normalised, ends trimmed), so the counter and the
  // "too short" or "too long" message never give two different numbers for the same text.
  const chars = useMemo(() => cleanText(form.text).length, [form.text]);
  const over = chars > MAX_TEXT_CHARS;

  return (
    <form
      className={`stack ${styles.form}`}
      noValidate
      aria-label="Article"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <div className={styles.field}>
        <label htmlFor={`${id}-title`}>Title</label>
        <input type="text" autoComplete="off" value={form.title} onChange={set("title")} {...field("title")} />
        {error("title")}
      </div>
      <div className={styles.pair}>
        <div className={styles.field}>
          <label htmlFor={`${id}-source`}>
            Source <span className="muted">(optional)</span>
          </label>
          <input type="text" autoComplete="off" value={form.source} onChange={set("source")} {...field("source")} />
          {error("source")}
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-publishedAt`}>
            Published <span className="muted">(optional)</span>
          </label>
          <input type="date" value={form.publishedAt} onChange={set("publishedAt")} {...field("publishedAt")} />
          {error("publishedAt")}
        </div>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-text`}>Article text</label>
        <textarea
          rows={14}
          className={styles.articleText}
          value={form.text}
          onChange={set("text")}
          onPaste={onPaste}
          spellCheck={false}
          {...field("text")}
        />
        <p id={`${id}-text-help`} className={`meta ${over ? styles.over : ""}`}>
          {formatCount(chars)} of {formatCount(MAX_TEXT_CHARS)} characters. English news text; pasted web pages are
          reduced to their text.
        </p>
        {error("text")}
      </div>
      <div className="row">
        <button className="button" type="submit" disabled={busy}>
          Generate questions
        </button>
        {busy && (
          <button className="button secondary" type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
