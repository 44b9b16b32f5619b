// Placeholder: being built now; replaced before commit.
export function ProgramPage() {
  return null;
}
