// The fixed queries of `npm run bench:search`, chosen for technical prose
// such as the kernel docs: single words, two and three words, phrases,
// typos, words found nowhere, and prefixes as they are typed; Chinese and
// Italian ones for the docs' zh_CN and it_IT translations.

export type QueryKind = 'word' | 'words' | 'phrase' | 'typo' | 'none' | 'prefix';

export interface BenchQuery {
  kind: QueryKind;
  /** As the reader types it into the project's search box. */
  text: string;
}

const words = (kind: QueryKind, list: string[]): BenchQuery[] =>
  list.map((text) => ({ kind, text }));

export const BENCH_QUERIES: BenchQuery[] = [
  ...words('word', [
    'memory',
    'interrupt',
    'scheduler',
    'kernel',
    'device',
    'driver',
    'firmware',
    'cgroup',
    'mutex',
    'bandwidth',
    'thermal',
    'watchdog',
    'hugepages',
    'namespace',
    'latency',
    // Chinese: cut 调度|器, 内|核, 内存|管理 by the segmenter; 文档 is also inside 本文|档.
    '调度器',
    '内核',
    '内存管理',
    '文档',
    '用户空间',
    // Italian, in other inflections than the commonest in the text.
    'sottosistemi',
    'manutentore',
    'sviluppatore',
  ]),
  ...words('words', [
    'memory barrier',
    'page table',
    'interrupt handler',
    'device tree',
    'power management',
    'file system',
    'reference count',
    'direct memory access',
    'read copy update',
    'kernel address space',
    'network device driver',
  ]),
  ...words('phrase', [
    '"memory barrier"',
    '"device tree"',
    '"page fault"',
    '"spin lock"',
    '"reference count"',
  ]),
  ...words('typo', ['schedular', 'interupt', 'memroy', 'filesytem', 'sempahore']),
  ...words('none', [
    'xylophone',
    'mozzarella sticks',
    'photosynthesis',
    'qwertyuiop',
    'zebra crossing',
  ]),
  ...words('prefix', [
    'k',
    'me',
    'mem',
    'sched',
    'interr',
    'de',
    'alloc',
    'spinl',
    'firmw',
    'virtu',
    'page ta',
    'device dri',
    'cgr',
    'mutex_l',
    'hotp',
    '内存管',
    'sottosis',
  ]),
];
