/** Placeholder: to be built. */
export function GroupProgramsYouRunSection() {
  return null;
}
