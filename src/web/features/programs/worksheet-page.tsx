// Placeholder: being built now; replaced before commit.
export function WorksheetPage() {
  return null;
}
