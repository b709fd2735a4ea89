/** Where the person stands in line, in words: "You are next in line." */
export function waitListText(position: number | null): string {
  if (position === null) return 'You are on the wait-list.';
  if (position === 1) return 'You are on the wait-list, first in line. When a place comes free, it is offered to you first.';
  return `You are on the wait-list, number ${position} in line. When places come free, they are offered in order.`;
}

/** "2 places left", or "Full — join the wait-list (3 waiting)". */
export function placesText(group: { placesLeft: number; waiting: number }): string {
  if (group.placesLeft === 0) return `Full — join the wait-list (${group.waiting} waiting)`;
  return group.placesLeft === 1 ? '1 place left' : `${group.placesLeft} places left`;
}
