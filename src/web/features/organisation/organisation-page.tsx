// Placeholder: being built now; replaced before commit.
export function OrganisationPage() {
  return null;
}
