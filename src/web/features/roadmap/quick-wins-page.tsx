// Placeholder: being built now; replaced before commit.
export function QuickWinsPage() {
  return null;
}
