// Child process for atomic-write.test.ts: writes a new file slowly, chunk by chunk, until killed.
import { nodeWriteFileSystem, writeFileAtomic } from './atomic-write';

const target = process.argv[2] ?? '';
const slow = {
  ...nodeWriteFileSystem,
  write: async (...args: Parameters<typeof nodeWriteFileSystem.write>) => {
    process.stdout.write('writing\n');
    await new Promise((resolve) => setTimeout(resolve, 200));
    return nodeWriteFileSystem.write(args[0], args[1].subarray(0, 1024), args[2]);
  },
};
await writeFileAtomic(target, JSON.stringify({ version: 'new', pad: 'n'.repeat(1 << 20) }), slow);
