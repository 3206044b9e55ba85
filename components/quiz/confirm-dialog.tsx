import { useEffect, useId, useRef } from "react";
import styles from "./quiz.module.css";

type Props = {
  open: boolean;
  title: string;
  children: React.ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
};

/** A modal confirmation on the native <dialog> (focus kept inside, Escape cancels), not window.confirm. */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-d`}
      onClose={() => open && onCancel()}
      className={`card ${styles.dialog}`}
    >
      <h2 id={`${id}-t`} style={{ marginTop: 0 }}>
        {title}
      </h2>
      <div id={`${id}-d`}>{children}</div>
      <div className="row" style={{ marginTop: "1rem" }}>
        <button type="button" className="button secondary" autoFocus onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className="button danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
