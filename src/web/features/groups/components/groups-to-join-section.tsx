/** Placeholder: to be built. */
export function GroupsToJoinSection() {
  return null;
}
