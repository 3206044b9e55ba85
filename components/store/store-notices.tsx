"use client";

import { useAppStore, useAppStoreApi } from "@/components/store/store-provider";
import type { Notice } from "@/lib/store/meta-slice";
import { STORE_NAME } from "@/lib/store/app-store";
import { downloadFile } from "@/components/ui/download-file";

function NoticeText({ notice }: { notice: Notice }) {
  switch (notice.kind) {
    case "corrupt":
      if (notice.setAside !== undefined && notice.backupKey) {
        return (
          <p>
            <strong>Part of your saved progress could not be read</strong>:{" "}
            {notice.setAside === 1 ? "1 record was" : `${notice.setAside} records were`} set aside and the rest is
            loaded. Nothing was thrown away: the saved data is kept whole as a backup in this browser, and you can
            download it (Progress imports it).
          </p>
        );
      }
      return notice.backupKey ? (
        <p>
          <strong>Your saved progress could not be read</strong>, so Factdeck has started afresh. Nothing was thrown
          away: the saved data is kept as a backup in this browser, and you can download it.
        </p>
      ) : (
        <p>
          <strong>Your saved progress could not be read</strong>, and there is no room to keep a backup of it. It is
          left as it was, so <strong>nothing you do now will be saved</strong>. Download it before clearing storage.
        </p>
      );
    case "newer":
      return (
        <p>
          <strong>Your progress was saved by a newer version of Factdeck.</strong> It is shown read-only: nothing you do
          here will be saved. Reload the page to get the newer version.
        </p>
      );
    case "unavailable":
      return (
        <p>
          <strong>Your saved progress could not be loaded</strong> (part of Factdeck failed to download). It is safe,
          but nothing you do now will be saved. Reload the page to try again.
        </p>
      );
    case "write-failed":
      return (
        <p>
          <strong>Your progress is not being saved</strong>: this browser&apos;s storage is full or blocked. Free some
          space, then keep going — the next answer will be saved.
        </p>
      );
  }
}

/** The notices about saved data, in a status region (present, and empty, when all is well). */
export function StoreNotices() {
  const notices = useAppStore((s) => s.meta.notices);
  const api = useAppStoreApi();
  return (
    <div role="status" aria-label="Saved data">
      {notices.map((n) => {
        const rawKey = n.kind === "corrupt" ? (n.backupKey ?? STORE_NAME) : undefined;
        return (
          <div key={n.kind} className="notice error stack" style={{ marginBottom: "1rem" }}>
            <NoticeText notice={n} />
            <div className="row">
              {rawKey && (
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => {
                    const raw = api.getState().readRaw(rawKey);
                    if (raw !== null) downloadFile(raw, `${rawKey.replace(/:/g, "-")}.json`, "application/json");
                  }}
                >
                  Download the backup
                </button>
              )}
              {n.kind !== "newer" && (
                <button type="button" className="button secondary" onClick={() => api.getState().dismissNotice(n.kind)}>
                  Dismiss
                </button>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
