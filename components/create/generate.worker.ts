/// <reference lib="webworker" />
// The generator's thread: only the /new page starts it, so the NLP library never reaches other routes.
import { generateDeck } from "@/lib/generate/deck";
import { handleWorkerMessage } from "@/lib/create/worker-handler";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<unknown>) => {
  scope.postMessage(handleWorkerMessage(event.data, generateDeck));
};
