/** Where someone on the wait-list stands, in words: "You are first in line." */
export function waitListText(position: number | null): string {
  if (position === null) return 'You are in line for a place.';
  if (position === 1) return 'You are first in line. When a place comes free, it is offered to you first.';
  return `You are number ${position} in line. When places come free, they are offered in order.`;
}

/** "2 places left", or "Full — join the wait-list (3 waiting)". */
export function placesText(group: { placesLeft: number; waiting: number }): string {
  if (group.placesLeft === 0)
    return `Full — join the wait-list (${group.waiting === 0 ? 'nobody waiting yet' : `${group.waiting} waiting`})`;
  return group.placesLeft === 1 ? '1 place left' : `${group.placesLeft} places left`;
}
