/** Placeholder: to be built. */
export function MyGroupsSection() {
  return null;
}
