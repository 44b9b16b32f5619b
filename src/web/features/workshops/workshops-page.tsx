// Placeholder: being built now; replaced before commit.
export function WorkshopsPage() {
  return null;
}
