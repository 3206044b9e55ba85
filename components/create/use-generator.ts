import { useCallback, useEffect, useRef, useState } from "react";
import type { ArticleInput } from "@/lib/generate/deck";
import type { Deck } from "@/lib/schemas/deck";
import type { GenerateRequest } from "@/lib/create/worker-protocol";
import { onDemand } from "@/components/ui/on-demand";

// The answer's checks (Zod) load with the first request, not with the page.
const loadProtocol = onDemand(() => import("@/lib/create/worker-protocol"));

export type GenState = { status: "idle" } | { status: "running"; chars: number } | { status: "error"; reason: string };

/**
 * Runs the generator in a Web Worker, one request at a time. The worker starts on the first request
 * (so merely opening /new costs nothing) and is ended on unmount or cancel.
 */
export function useGenerator(onDeck: (deck: Deck) => void) {
  const [state, setState] = useState<GenState>({ status: "idle" });
  const worker = useRef<Worker | null>(null);
  const lastId = useRef(0);
  const onDeckRef = useRef(onDeck);
  useEffect(() => {
    onDeckRef.current = onDeck;
  });

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const generate = useCallback(
    (input: ArticleInput) => {
      const id = ++lastId.current;
      if (!worker.current) {
        try {
          worker.current = new Worker(new URL("./generate.worker.ts", import.meta.url), {
            type: "module",
            name: "factdeck-generator",
          });
        } catch {
          setState({ status: "error", reason: "This browser could not start the question generator." });
          return;
        }
        worker.current.onerror = (e) => {
          e.preventDefault();
          stop();
          setState({ status: "error", reason: "The question generator stopped unexpectedly. Try again." });
        };
      }
      const checks = loadProtocol();
      checks.catch(() => {}); // a failure is told when the answer comes
      worker.current.onmessage = (e: MessageEvent<unknown>) => {
        checks.then(
          ({ parseWorkerResponse }) => {
            if (lastId.current !== id) return; // cancelled, or a newer request was sent meanwhile
            const res = parseWorkerResponse(e.data);
            if (res.requestId !== id && res.requestId !== -1) return; // an answer to an older request
            if (res.kind === "ok") {
              setState({ status: "idle" });
              onDeckRef.current(res.deck);
            } else setState({ status: "error", reason: res.reason });
          },
          () => {
            if (lastId.current === id)
              setState({
                status: "error",
                reason: "The page could not load the code that reads the generator's answer. Try again.",
              });
          },
        );
      };
      setState({ status: "running", chars: input.text.length });
      const request: GenerateRequest = { kind: "generate", requestId: id, input };
      worker.current.postMessage(request);
    },
    [stop],
  );

  const cancel = useCallback(() => {
    stop();
    lastId.current++;
    setState({ status: "idle" });
  }, [stop]);

  return { state, generate, cancel };
}
