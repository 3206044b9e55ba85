import { useEffect, useRef, useState, type ReactNode } from "react";
import type { Deck, Question } from "@/lib/schemas/deck";
import { emptyForm, formFields, type FormField, type NewDeckForm } from "@/lib/create/form-fields";
import { dropQuestion, replaceQuestion } from "@/lib/create/edit";
import { formOf, previewState } from "@/lib/create/article-edits";
import { looksLikeHtml } from "@/lib/create/clean";
import { ArticleForm } from "@/components/create/article-form";
import { LinkForm } from "@/components/create/link-form";
import type { ExtractedArticle } from "@/lib/schemas/extract";
import { DeckFileImport } from "@/components/create/deck-file-import";
import { DeckPreview } from "@/components/create/deck-preview";
import { SaveBar, type SaveState } from "@/components/create/save-bar";
import { SavedPanel } from "@/components/create/saved-panel";
import { StalePreview } from "@/components/create/stale-preview";
import { useGenerator } from "@/components/create/use-generator";
import { htmlToText } from "@/components/create/html-to-text";
import { toLocalDeckId } from "@/lib/decks/local-summary";
import { backUpDraft, readDraftRaw, type NewDeckDraft } from "@/components/create/draft-storage";
import { downloadFile } from "@/components/ui/download-file";
import { useDraftAutosave } from "@/components/create/use-draft-autosave";
import { formatCount } from "@/lib/format";
import { onDemand } from "@/components/ui/on-demand";

// The form's checks (Zod) load when the form is first edited or sent, not with the page.
const loadFormChecks = onDemand(() => import("@/lib/create/form"));

/**
 * The New deck flow, with the saved draft read first. Rendered only in the browser (see
 * new-deck-loader), so the draft is read at mount; its checks load only when there is one.
 */
export function NewDeckStart({ builtinIds }: { builtinIds: string[] }) {
  const [raw] = useState(readDraftRaw);
  const [draft, setDraft] = useState<{ value: NewDeckDraft | undefined; backup?: string | null } | null>(
    raw === null ? { value: undefined } : null,
  );
  useEffect(() => {
    if (raw === null) return;
    let live = true;
    import("@/components/create/parse-draft").then(
      ({ parseDraft }) => {
        if (!live) return;
        const value = parseDraft(raw);
        // Unreadable: kept as a backup before the empty form's autosave replaces it, and the user is told.
        setDraft(value ? { value } : { value, backup: backUpDraft(raw) });
      },
      () => live && setDraft({ value: undefined }),
    );
    return () => {
      live = false;
    };
  }, [raw]);
  if (!draft)
    return (
      <p className="muted slot-page" aria-busy="true">
        Loading your draft…
      </p>
    );
  return (
    <>
      {draft.backup !== undefined && raw !== null && <UnreadableDraft raw={raw} backupKey={draft.backup} />}
      <NewDeck builtinIds={builtinIds} initial={draft.value} />
    </>
  );
}

/** The notice for a saved draft that could not be read: kept as a backup (when there was room), downloadable. */
function UnreadableDraft({ raw, backupKey }: { raw: string; backupKey: string | null }) {
  return (
    <div role="status" className="notice error stack" style={{ marginBottom: "1rem" }}>
      <p>
        <strong>Your saved draft could not be read</strong>, so the form starts empty.{" "}
        {backupKey
          ? "It is kept as a backup in this browser, and you can download it."
          : "There was no room to keep a backup of it: download it now."}
      </p>
      <div className="row">
        <button
          type="button"
          className="button secondary"
          onClick={() => downloadFile(raw, "factdeck-new-deck-draft-backup.json", "application/json")}
        >
          Download the draft
        </button>
      </div>
    </div>
  );
}

/** The whole "New deck" flow: form → generate in a worker → preview and edit → save in this browser. */
function NewDeck({ builtinIds, initial }: { builtinIds: string[]; initial: NewDeckDraft | undefined }) {
  const [form, setForm] = useState<NewDeckForm>(initial?.form ?? emptyForm);
  const [deck, setDeck] = useState<Deck | undefined>(
    initial?.deck && { ...initial.deck, id: toLocalDeckId(initial.deck.id) },
  );
  // The form as it stood when the preview was made (a draft from before this was kept: the deck's own article).
  const [madeFrom, setMadeFrom] = useState<NewDeckForm | undefined>(
    initial?.deck && (initial.madeFrom ?? formOf(initial.deck.article)),
  );
  const sentForm = useRef<NewDeckForm | null>(null);
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [note, setNote] = useState<ReactNode>();
  const [save, setSave] = useState<SaveState>({ status: "idle" });
  // The last question dropped, to put back (Undo); forgotten on any other change to the preview.
  const [dropped, setDropped] = useState<{ question: Question; index: number } | null>(null);
  // What the form held before an article read from a link replaced it, to put back; forgotten on the next edit.
  const [replaced, setReplaced] = useState<NewDeckForm | null>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLDivElement>(null);
  // A new preview (generated, or opened from a file) takes the focus once it is on screen.
  const focusPreview = useRef(false);
  useEffect(() => {
    if (!deck || !focusPreview.current) return;
    focusPreview.current = false;
    previewHeading.current?.focus();
  }, [deck]);
  const {
    state: gen,
    generate,
    cancel,
  } = useGenerator((d) => {
    // Saved decks get ids of their own (their pages are /decks/my-…), apart from the built-in decks.
    setDeck({ ...d, id: toLocalDeckId(d.id) });
    setDropped(null);
    setMadeFrom(sentForm.current ?? formOf(d.article));
    setSave({ status: "idle" });
    setNote(`Made ${d.questions.length} questions. Check them below: edit or drop any, then save the deck.`);
    focusPreview.current = true;
  });

  const draft = useDraftAutosave({ form, deck, madeFrom }, save.status === "saved");
  // Title, source and date edits apply to the deck saved; a changed text (or a date the questions use) makes
  // the preview out of date, and it is never saved so.
  const preview = deck && previewState(deck, form, madeFrom ?? formOf(deck.article));

  async function submit() {
    let f = form;
    if (looksLikeHtml(f.text)) {
      // Markup typed or dropped in (not pasted) is reduced here too; it is never rendered as HTML.
      f = { ...f, text: htmlToText(f.text) };
      setForm(f);
    }
    let checks: typeof import("@/lib/create/form");
    try {
      checks = await loadFormChecks();
    } catch {
      setNote("The page could not load the code that checks the form. Try again.");
      return;
    }
    const r = checks.formToInput(f);
    if (!r.ok) {
      setErrors(r.errors);
      setNote(undefined);
      const first = formFields.find((k) => r.errors[k]);
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setErrors({});
    setNote(f === form ? undefined : "Markup was removed from the text; only its words are kept.");
    sentForm.current = f;
    generate(r.input);
  }

  /** An article read from a link fills the form, as a paste would; the user checks it, then generates. */
  function onLinkArticle(a: ExtractedArticle) {
    const hadSomething = Object.values(form).some((v) => v.trim() !== "");
    setReplaced(hadSomething ? form : null);
    setForm({ title: a.title, source: a.source, publishedAt: a.publishedAt, text: a.text });
    setErrors({});
    const captions =
      a.captions.length === 1
        ? ", with 1 photo caption"
        : a.captions.length > 1
          ? `, with ${a.captions.length} photo captions`
          : "";
    setNote(
      <>
        Read{" "}
        {a.title ? (
          <>
            “<bdi>{a.title}</bdi>”
          </>
        ) : (
          "the article"
        )}{" "}
        from <bdi>{new URL(a.url).hostname}</bdi>: {formatCount(a.text.length)} characters{captions}. Check the fields
        above, then generate questions. Nothing is saved until you save the deck.
      </>,
    );
    formRef.current?.querySelector<HTMLElement>('[name="title"]')?.focus();
  }

  function onDrop(q: Question, n: number) {
    if (!deck) return;
    setDeck(dropQuestion(deck, q.id));
    setDropped({ question: q, index: deck.questions.indexOf(q) });
    setNote(`Dropped question ${n}. ${deck.questions.length - 1} questions left.`);
  }
  function undoDrop() {
    if (!deck || !dropped) return;
    const questions = [...deck.questions];
    questions.splice(dropped.index, 0, dropped.question);
    setDeck({ ...deck, questions });
    setDropped(null);
    setNote(`Put the question back. ${questions.length} questions.`);
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
          setMadeFrom(undefined);
          setSave({ status: "idle" });
        }}
      />
    );
  }

  return (
    <div className="stack">
      <LinkForm disabled={gen.status === "running"} onArticle={onLinkArticle} />
      <div ref={formRef}>
        <ArticleForm
          form={form}
          errors={errors}
          busy={gen.status === "running"}
          onChange={(f) => {
            loadFormChecks().catch(() => {}); // ready by the time the form is sent; a failure is told then
            setForm(f);
            setReplaced(null);
          }}
          onMarkupRemoved={(hadText) =>
            setNote(
              hadText
                ? "The pasted markup was reduced to its text; nothing in it was run."
                : "The pasted markup had no text to keep, so nothing was added.",
            )
          }
          onSubmit={submit}
          onCancel={cancel}
        />
      </div>
      <div role="status" className={status ? `notice${gen.status === "error" ? " error" : ""}` : undefined}>
        {status}
      </div>
      {replaced && (
        <div className="row">
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              setForm(replaced);
              setReplaced(null);
              setNote("Put back what the form held before the link was read.");
            }}
          >
            Put back what I had
          </button>
        </div>
      )}
      {dropped && deck && (
        <div className="row">
          <button type="button" className="button secondary" onClick={undoDrop}>
            Undo drop
          </button>
        </div>
      )}
      {!draft.kept && (
        <p className="meta">This browser would not keep a copy of your draft: do not reload before saving.</p>
      )}
      {deck && (
        <section aria-labelledby="preview-heading" className="stack">
          <h2 id="preview-heading" ref={previewHeading} tabIndex={-1}>
            Preview: {deck.questions.length} questions
          </h2>
          {preview?.kind === "stale" && (
            <StalePreview
              changed={preview.changed}
              busy={gen.status === "running"}
              onRegenerate={submit}
              onRestore={() =>
                madeFrom &&
                setForm(
                  preview.changed === "text"
                    ? { ...form, text: madeFrom.text }
                    : { ...form, publishedAt: madeFrom.publishedAt },
                )
              }
            />
          )}
          <DeckPreview
            deck={deck}
            onChange={(q) => {
              setDropped(null);
              setDeck(replaceQuestion(deck, q));
            }}
            onDrop={onDrop}
          />
        </section>
      )}
      {deck && preview && (
        <SaveBar
          deck={preview.kind === "current" ? preview.deck : deck}
          blocked={
            preview.kind === "stale"
              ? "The questions are out of date: generate them again from the changed article before saving."
              : preview.kind === "invalid"
                ? preview.message
                : undefined
          }
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
          setDropped(null);
          // The form shows the article opened, so what is edited there is what is saved.
          setForm(formOf(d.article));
          setMadeFrom(formOf(d.article));
          setSave({ status: "idle" });
          setNote(
            <>
              Opened “<bdi>{d.article.title}</bdi>” from <bdi>{fileName}</bdi>: {d.questions.length} questions. Check
              them below, then save the deck.
            </>,
          );
          focusPreview.current = true;
        }}
      />
    </div>
  );
}
