"use client";
import "@/lib/create/zod-jitless"; // before any schema is built
import { useEffect, useRef, useState } from "react";
import type { Deck, Question } from "@/lib/schemas/deck";
import { emptyForm, formToInput, type FormField, type NewDeckForm } from "@/lib/create/form";
import { dropQuestion, replaceQuestion } from "@/lib/create/edit";
import { looksLikeHtml } from "@/lib/create/clean";
import { ArticleForm } from "@/components/create/article-form";
import { DeckFileImport } from "@/components/create/deck-file-import";
import { DeckPreview } from "@/components/create/deck-preview";
import { SaveBar, type SaveState } from "@/components/create/save-bar";
import { SavedPanel } from "@/components/create/saved-panel";
import { useGenerator } from "@/components/create/use-generator";
import { htmlToText } from "@/components/create/html-to-text";
import { toLocalDeckId } from "@/lib/decks/local-summary";
import { loadDraft } from "@/components/create/draft";
import { useDraftAutosave } from "@/components/create/use-draft-autosave";
import { formatCount } from "@/lib/format";


/** The whole "New deck" flow: form → generate in a worker → preview and edit → save in this browser. */
export function NewDeck({ builtinIds }: { builtinIds: string[] }) {
  // Rendered only in the browser (see new-deck-loader), so the draft can be read at first render.
  const [initial] = useState(loadDraft);
  const [form, setForm] = useState<NewDeckForm>(initial?.form ?? emptyForm);
  const [deck, setDeck] = useState<Deck | undefined>(initial?.deck && { ...initial.deck, id: toLocalDeckId(initial.deck.id) });
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [note, setNote] = useState<string>();
  const [save, setSave] = useState<SaveState>({ status: "idle" });
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLDivElement>(null);
  // A new preview (generated, or opened from a file) takes the focus once it is on screen.
  const focusPreview = useRef(false);
  useEffect(() => {
    if (!deck || !focusPreview.current) return;
    focusPreview.current = false;
    previewHeading.current?.focus();
  }, [deck]);
  const { state: gen, generate, cancel } = useGenerator((d) => {
    // Saved decks get ids of their own (their pages are /decks/my-…), apart from the built-in decks.
    setDeck({ ...d, id: toLocalDeckId(d.id) });
    setSave({ status: "idle" });
    setNote(`Made ${d.questions.length} questions. Check them below: edit or drop any, then save the deck.`);
    focusPreview.current = true;
  });

  const draft = useDraftAutosave({ form, deck }, save.status === "saved");

  function submit() {
    let f = form;
    if (looksLikeHtml(f.text)) {
      // Markup typed or dropped in (not pasted) is reduced here too; it is never rendered as HTML.
      f = { ...f, text: htmlToText(f.text) };
      setForm(f);
    }
    const r = formToInput(f);
    if (!r.ok) {
      setErrors(r.errors);
      setNote(undefined);
      const first = (["title", "source", "publishedAt", "text"] as FormField[]).find((k) => r.errors[k]);
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setErrors({});
    setNote(f === form ? undefined : "Markup was removed from the text; only its words are kept.");
    generate(r.input);
  }

  function onDrop(q: Question, n: number) {
    if (!deck) return;
    setDeck(dropQuestion(deck, q.id));
    setNote(`Dropped question ${n}. ${deck.questions.length - 1} questions left.`);
  }

  const status =
    gen.status === "running"
      ? `Generating questions from ${formatCount(gen.chars)} characters…`
      : gen.status === "error"
        ? `Could not make a deck: ${gen.reason}`
        : note;

  if (save.status === "saved") {
    return (
      <SavedPanel
        id={save.id}
        title={save.title}
        onAnother={() => {
          setDeck(undefined);
          setSave({ status: "idle" });
        }}
      />
    );
  }

  return (
    <div className="stack">
      <div ref={formRef}>
        <ArticleForm
          form={form}
          errors={errors}
          busy={gen.status === "running"}
          onChange={setForm}
          onMarkupRemoved={(hadText) =>
            setNote(hadText ? "The pasted markup was reduced to its text; nothing in it was run." : "The pasted markup had no text to keep, so nothing was added.")
          }
          onSubmit={submit}
          onCancel={cancel}
        />
      </div>
      <div role="status" className={status ? `notice${gen.status === "error" ? " error" : ""}` : undefined}>
        {status}
      </div>
      {!draft.kept && <p className="meta">This browser would not keep a copy of your draft: do not reload before saving.</p>}
      {deck && (
        <section aria-labelledby="preview-heading" className="stack">
          <h2 id="preview-heading" ref={previewHeading} tabIndex={-1}>
            Preview: {deck.questions.length} questions
          </h2>
          <DeckPreview deck={deck} onChange={(q) => setDeck(replaceQuestion(deck, q))} onDrop={onDrop} />
        </section>
      )}
      {deck && (
        <SaveBar
          deck={deck}
          builtinIds={builtinIds}
          state={save}
          onState={(s) => {
            setSave(s);
            if (s.status === "saved") {
              draft.discard();
              setForm(emptyForm);
              setNote(undefined);
            }
          }}
        />
      )}
      <DeckFileImport
        onDeck={(d, fileName) => {
          setDeck({ ...d, id: toLocalDeckId(d.id) });
          setSave({ status: "idle" });
          setNote(`Opened “${d.article.title}” from ${fileName}: ${d.questions.length} questions. Check them below, then save the deck.`);
          focusPreview.current = true;
        }}
      />
    </div>
  );
}
