/** Placeholder: to be built. */
export function GroupProgramAdminPage() {
  return null;
}
