/** Placeholder: to be built. */
export function OpenSurveysSection() {
  return null;
}
