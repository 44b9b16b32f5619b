// Placeholder: being built now; replaced before commit. The detail screen lives in ./detail/.
export function ProgramPage() {
  return null;
}
