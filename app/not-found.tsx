import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function NotFound() {
  return (
    <NotFoundPanel
      title="Page not found"
      reason="There is no deck or page at this address. It may have been deleted, or the link is mistyped."
    />
  );
}
