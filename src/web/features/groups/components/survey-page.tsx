/** Placeholder: to be built. */
export function SurveyPage() {
  return null;
}
