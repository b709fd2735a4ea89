/** Placeholder: to be built. */
export function FacilitatingSection() {
  return null;
}
