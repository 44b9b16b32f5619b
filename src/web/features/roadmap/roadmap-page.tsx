// Placeholder: being built now; replaced before commit.
export function RoadmapPage() {
  return null;
}
