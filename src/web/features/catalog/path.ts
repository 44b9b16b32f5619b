/**
 * The address of the indicator catalogue, with a regency's own indicators when `regionId` is given. Kept
 * apart from the screen, so that links to it (header, regions, the plan's indicator picker) do not load it.
 */
export const catalogPath = (regionId?: string | null) =>
  regionId ? `/indicators/catalog?region=${encodeURIComponent(regionId)}` : '/indicators/catalog';
