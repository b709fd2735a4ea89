import { usableCapacity, type CandidateGraph } from '#matching/candidate-graph.ts';
import { MentorPlaces } from '#matching/mentor-places.ts';

const UNREACHED = 0x7fffffff;

/**
 * The largest number of mentees that can be placed at once, ignoring scores: Hopcroft–Karp
 * generalised to mentors with several places (a full mentor leads on to each mentee it holds).
 * O(E·√V); a greedy pass places most mentees before the first phase.
 */
export function maximumMatching(graph: CandidateGraph): { places: MentorPlaces; size: number } {
  const n = graph.menteeCount;
  const { start, mentor } = graph;
  const places = new MentorPlaces(usableCapacity(graph), n);
  const { holder, placedWith, load } = places;
  let size = 0;
  for (let i = 0; i < n; i++) {
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      if (places.hasRoom(mentor[e]!)) {
        places.add(i, mentor[e]!, e);
        size++;
        break;
      }
    }
  }

  const layer = new Int32Array(n);
  const queue = new Int32Array(n);
  const stack = new Int32Array(n);
  const edgeCursor = new Int32Array(n);
  const placeCursor = new Int32Array(n);
  const predMentee = new Int32Array(graph.mentorCount);
  const predEdge = new Int32Array(graph.mentorCount);

  const layerUp = (): boolean => {
    layer.fill(UNREACHED);
    let head = 0;
    let tail = 0;
    for (let i = 0; i < n; i++) {
      if (placedWith[i]! < 0 && start[i + 1]! > start[i]!) {
        layer[i] = 0;
        queue[tail++] = i;
      }
    }
    let freeLayer = UNREACHED;
    while (head < tail) {
      const k = queue[head++]!;
      if (layer[k]! > freeLayer) break;
      for (let e = start[k]!; e < start[k + 1]!; e++) {
        const j = mentor[e]!;
        if (j === placedWith[k]) continue;
        if (places.hasRoom(j)) {
          freeLayer = layer[k]!;
          continue;
        }
        for (let p = places.start[j]!, end = p + load[j]!; p < end; p++) {
          const k2 = holder[p]!;
          if (layer[k2] === UNREACHED) {
            layer[k2] = layer[k]! + 1;
            queue[tail++] = k2;
          }
        }
      }
    }
    return freeLayer !== UNREACHED;
  };

  const augmentFrom = (root: number): boolean => {
    let top = 0;
    stack[0] = root;
    while (top >= 0) {
      const k = stack[top]!;
      let descended = false;
      const end = start[k + 1]!;
      while (edgeCursor[k]! < end) {
        const e = edgeCursor[k]!;
        const j = mentor[e]!;
        if (j === placedWith[k]) {
          edgeCursor[k]!++;
          continue;
        }
        if (places.hasRoom(j)) {
          predMentee[j] = k;
          predEdge[j] = e;
          places.augment(j, predMentee, predEdge);
          for (let t = 0; t <= top; t++) layer[stack[t]!] = UNREACHED;
          return true;
        }
        while (placeCursor[k]! < load[j]!) {
          const k2 = holder[places.start[j]! + placeCursor[k]!++]!;
          if (layer[k2] === layer[k]! + 1) {
            predMentee[j] = k;
            predEdge[j] = e;
            stack[++top] = k2;
            descended = true;
            break;
          }
        }
        if (descended) break;
        edgeCursor[k]!++;
        placeCursor[k] = 0;
      }
      if (!descended) {
        layer[k] = UNREACHED;
        top--;
      }
    }
    return false;
  };

  while (layerUp()) {
    edgeCursor.set(start.subarray(0, n));
    placeCursor.fill(0);
    let grew = false;
    for (let i = 0; i < n; i++) {
      if (placedWith[i]! < 0 && layer[i] === 0 && augmentFrom(i)) {
        size++;
        grew = true;
      }
    }
    if (!grew) break;
  }
  return { places, size };
}
