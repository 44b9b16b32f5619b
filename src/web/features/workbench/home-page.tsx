// Placeholder: being built now; replaced before commit.
export function HomePage() {
  return null;
}
