/** Placeholder: to be built. */
export function FacilitationPage() {
  return null;
}
