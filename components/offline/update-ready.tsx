import { Serwist } from "@serwist/window";

let started = false;

/**
 * Registers the service worker (public/sw.js) and, when a newer build has been installed and waits (now or
 * later in this visit), hands `show` the prompt to render. Nothing reloads until the user asks: a quiz or a
 * review in progress is saved as it goes (localStorage), a New deck draft when the page is left.
 */
export function watchForUpdates(show: (prompt: () => React.JSX.Element) => void): void {
  if (started) return;
  started = true;
  const sw = new Serwist("/sw.js", { scope: "/" });
  const apply = () => {
    navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
    // Another tab may have switched to the new build already: then this page only has to reload.
    void navigator.serviceWorker.getRegistration().then((registration) => {
      if (registration?.waiting) sw.messageSkipWaiting();
      else location.reload();
    });
  };
  sw.addEventListener("waiting", () =>
    show(() => (
      <>
        <span>A new version of Factdeck is ready. Your progress is saved.</span>
        <button type="button" className="button" onClick={apply}>
          Reload now
        </button>
      </>
    )),
  );
  // A failed registration (storage turned off) leaves the app as it was: online only.
  sw.register().catch(() => undefined);
}
