/**
 * `npm run backup -- <folder>` and `npm run restore -- <folder>`: the installation is the one the environment names
 * (DATA_DIR, and DATABASE_URL for PostgreSQL), as for the server itself. See README "Backup and restore".
 */
import { backup, restore } from '../src/backup/backup';
import { SystemClock } from '../src/common/clock';
import { loadConfig } from '../src/config/config';

async function main(): Promise<void> {
  const [command, folder] = process.argv.slice(2);
  if (!['backup', 'restore'].includes(command) || !folder) {
    console.error('usage: npm run backup -- <new folder> | npm run restore -- <backup folder>');
    process.exit(2);
  }
  const config = loadConfig();
  const manifest = command === 'backup' ? await backup(config, folder, new SystemClock().now()) : await restore(config, folder);
  console.log(
    `${command === 'backup' ? 'Backed up' : 'Restored'} the ${manifest.engine} database and ${manifest.files.length} file(s) (${folder})`,
  );
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
