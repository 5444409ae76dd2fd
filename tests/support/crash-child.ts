// Runs in a child process for the crash test: applies crashOp(from), crashOp(from+1)...
// to a store, printing "ack <n>" after each one resolves, until it is killed.
import { openAnnotationStore } from '../../main/annotations/store';
import { crashOp } from './annotation-factory';

async function main(dir: string, from: number) {
  const store = await openAnnotationStore({
    dir,
    log: () => undefined,
    // Compact often, so kills also land inside compactions.
    compactAfter: () => 9,
  });
  process.stdout.write('ready\n');
  for (let n = from; ; n++) {
    const op = crashOp(n);
    if (op.kind === 'put') await store.put([op.item]);
    else await store.delete([op.id]);
    process.stdout.write(`ack ${n}\n`);
  }
}

const [dir, from] = process.argv.slice(2);
// A failure must show in the parent as an exit before the kill, never pass silently.
main(dir!, Number(from)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
