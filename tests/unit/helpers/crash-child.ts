// Runs in a child process for the crash test: applies crashOp(from), crashOp(from+1)...
// to a store, printing "ack <n>" after each one resolves, until it is killed.
import { openAnnotationStore } from '../../../main/annotations/store';
import { crashOp } from './annotation-factory';

const [dir, fromText] = process.argv.slice(2);
const store = await openAnnotationStore({
  dir: dir!,
  log: () => undefined,
  // Compact often, so kills also land inside compactions.
  compactAfter: () => 9,
});
process.stdout.write('ready\n');
for (let n = Number(fromText); ; n++) {
  const op = crashOp(n);
  if (op.kind === 'put') await store.put([op.item]);
  else await store.delete([op.id]);
  process.stdout.write(`ack ${n}\n`);
}
