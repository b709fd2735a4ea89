/** Placeholder: to be built. */
export function GroupPage() {
  return null;
}
