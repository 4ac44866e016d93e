// Child process for the killed-mid-write case: a real build whose writer is slow
// while writing timeline.json, so the parent can kill it mid-write.
import { nodeWriteFileSystem } from '../io/atomic-write';
import { runBuild } from '../io/build';

const root = process.argv[2] ?? '.';
let current = '';
await runBuild({
  cwd: root,
  docsDir: 'docs',
  outFile: 'out/timeline.json',
  dataDir: 'data',
  cache: null,
  compilerVersion: 'hostile',
  writeFs: {
    ...nodeWriteFileSystem,
    open: (path, flags) => {
      current = path;
      return nodeWriteFileSystem.open(path, flags);
    },
    write: async (handle, data, position) => {
      if (!/timeline\.json\.\d+/.test(current)) return nodeWriteFileSystem.write(handle, data, position);
      process.stdout.write('writing\n');
      await new Promise((resolve) => setTimeout(resolve, 300));
      return nodeWriteFileSystem.write(handle, data.subarray(0, 64), position);
    },
  },
});
