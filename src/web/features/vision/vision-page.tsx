// Placeholder: being built now; replaced before commit.
export function VisionPage() {
  return null;
}
