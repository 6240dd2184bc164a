/** The meeting's awards: list, add, edit, delete. Placeholder: filled in by the awards work. */
export function AwardsSection() {
  return null;
}
