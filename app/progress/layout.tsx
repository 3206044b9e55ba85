import { StoreShell } from "@/components/store/store-shell";

export default function ProgressLayout({ children }: { children: React.ReactNode }) {
  return <StoreShell narrow={false}>{children}</StoreShell>;
}
