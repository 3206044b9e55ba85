import { useEffect, useRef, useState } from "react";

/**
 * An editor opened by a button: `open` and `setOpen`, and `close`, which puts focus back on the button
 * (`opener`) once the editor has gone, not on the page top (saved or cancelled alike).
 */
export function useEditorToggle() {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (open || !refocus.current) return;
    refocus.current = false;
    opener.current?.focus();
  }, [open]);
  const close = () => {
    refocus.current = true;
    setOpen(false);
  };
  return { open, setOpen, close, opener };
}
