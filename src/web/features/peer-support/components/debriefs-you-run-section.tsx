/** Debriefs the signed-in supporter was assigned to run (filled in by the debriefs work). */
export function DebriefsYouRunSection() {
  return null;
}
