// Placeholder: being built now; replaced before commit.
export function ReadinessPage() {
  return null;
}
