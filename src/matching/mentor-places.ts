/**
 * Who holds each mentor's places during a solve. Places of mentor j are
 * `start[j] .. start[j] + load[j] - 1` in `holder`; `placeOf` finds a mentee's place in O(1),
 * so moving a mentee along an augmenting path costs O(1) whatever the capacity.
 */
export class MentorPlaces {
  readonly start: Int32Array;
  readonly load: Int32Array;
  readonly holder: Int32Array;
  /** Mentor each mentee is placed with, -1 when unplaced. */
  readonly placedWith: Int32Array;
  /** Edge through which each mentee is placed, -1 when unplaced. */
  readonly placedBy: Int32Array;
  private readonly placeOf: Int32Array;

  constructor(
    readonly capacity: Int32Array,
    menteeCount: number,
  ) {
    const nodes = capacity.length;
    this.start = new Int32Array(nodes + 1);
    for (let j = 0; j < nodes; j++) this.start[j + 1] = this.start[j]! + capacity[j]!;
    this.load = new Int32Array(nodes);
    this.holder = new Int32Array(this.start[nodes]!);
    this.placedWith = new Int32Array(menteeCount).fill(-1);
    this.placedBy = new Int32Array(menteeCount).fill(-1);
    this.placeOf = new Int32Array(menteeCount).fill(-1);
  }

  hasRoom(mentor: number): boolean {
    return this.load[mentor]! < this.capacity[mentor]!;
  }

  /** Puts an unplaced mentee into a free place of `mentor`. */
  add(mentee: number, mentor: number, edge: number): void {
    this.put(mentee, mentor, this.start[mentor]! + this.load[mentor]!++, edge);
  }

  /**
   * Applies an augmenting path that ends in a free place of `end`. `predMentee[j]` entered
   * mentor j by `predEdge[j]`; each mentee on the path takes the place the next one left,
   * back to the path's first mentee, who was unplaced.
   */
  augment(end: number, predMentee: Int32Array, predEdge: Int32Array): void {
    let mentor = end;
    let mentee = predMentee[mentor]!;
    let leftMentor = this.placedWith[mentee]!;
    let leftPlace = this.placeOf[mentee]!;
    this.add(mentee, mentor, predEdge[mentor]!);
    while (leftMentor >= 0) {
      mentor = leftMentor;
      const place = leftPlace;
      mentee = predMentee[mentor]!;
      leftMentor = this.placedWith[mentee]!;
      leftPlace = this.placeOf[mentee]!;
      this.put(mentee, mentor, place, predEdge[mentor]!);
    }
  }

  private put(mentee: number, mentor: number, place: number, edge: number): void {
    this.holder[place] = mentee;
    this.placeOf[mentee] = place;
    this.placedWith[mentee] = mentor;
    this.placedBy[mentee] = edge;
  }
}
