/**
 * A binary min-heap of node ids keyed by a shared distance array, with decrease-key.
 * Ties go to the smaller node id so a solve never depends on insertion accidents.
 */
export class NodeHeap {
  private readonly nodes: Int32Array;
  private readonly position: Int32Array;
  private count = 0;

  constructor(
    capacity: number,
    private readonly key: Float64Array,
  ) {
    this.nodes = new Int32Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
  }

  get size(): number {
    return this.count;
  }

  has(node: number): boolean {
    return this.position[node]! >= 0;
  }

  peekKey(): number {
    return this.count === 0 ? Infinity : this.key[this.nodes[0]!]!;
  }

  /** Inserts `node`, or moves it up after its key decreased. */
  push(node: number): void {
    let at = this.position[node]!;
    if (at < 0) {
      at = this.count++;
      this.nodes[at] = node;
      this.position[node] = at;
    }
    this.siftUp(at);
  }

  pop(): number {
    const top = this.nodes[0]!;
    this.position[top] = -1;
    const last = this.nodes[--this.count]!;
    if (this.count > 0) {
      this.nodes[0] = last;
      this.position[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  clear(): void {
    for (let i = 0; i < this.count; i++) this.position[this.nodes[i]!] = -1;
    this.count = 0;
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a]!;
    const kb = this.key[b]!;
    return ka < kb || (ka === kb && a < b);
  }

  private siftUp(at: number): void {
    const node = this.nodes[at]!;
    while (at > 0) {
      const parentAt = (at - 1) >> 1;
      const parent = this.nodes[parentAt]!;
      if (!this.less(node, parent)) break;
      this.nodes[at] = parent;
      this.position[parent] = at;
      at = parentAt;
    }
    this.nodes[at] = node;
    this.position[node] = at;
  }

  private siftDown(at: number): void {
    const node = this.nodes[at]!;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.count) break;
      const right = child + 1;
      if (right < this.count && this.less(this.nodes[right]!, this.nodes[child]!)) child = right;
      const childNode = this.nodes[child]!;
      if (!this.less(childNode, node)) break;
      this.nodes[at] = childNode;
      this.position[childNode] = at;
      at = child;
    }
    this.nodes[at] = node;
    this.position[node] = at;
  }
}
