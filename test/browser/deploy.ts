/**
 * Serving the built page as a person's browser meets it: under `vite preview` (which answers
 * `Vary: Origin` and sends its index.html for any unknown path), on one fixed port so the service
 * worker's origin stays the same across deploys; and making a new deploy of the same app.
 */
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';

export interface Preview {
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** `vite preview` of a built folder; `port` 0 picks a free one (reuse it to keep the origin). */
export async function startPreview(dir: string, port = 0): Promise<Preview> {
  const server: PreviewServer = await preview({
    configFile: false,
    root: dir,
    logLevel: 'silent',
    build: { outDir: '.' },
    preview: { host: '127.0.0.1', port, strictPort: port !== 0 },
  });
  const address = server.httpServer.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return { origin: `http://127.0.0.1:${actual}`, port: actual, close: () => server.close() };
}

/**
 * A copy of `from` in `to` that is a new deploy of it: every hashed build file gets a new name (the
 * old names are gone from the server, as after a real deploy), every reference follows, index.html
 * changes (it gains `<meta name="deploy" content="2">`), and the worker's precache list names the new files and index.html's new revision.
 */
export function deployNewVersion(from: string, to: string): void {
  const md5 = (file: string) => createHash('md5').update(readFileSync(file)).digest('hex');
  const old = md5(join(from, 'index.html')); // the revision the old worker's list gives it
  cpSync(from, to, { recursive: true });
  const assets = join(to, 'assets');
  const renames = readdirSync(assets).map((name) => [name, name.replace(/-([\w-]{8})\.(js|css)$/, '-$1n.$2')] as const);
  for (const [a, b] of renames) renameSync(join(assets, a), join(assets, b));
  const text = [join(to, 'index.html'), join(to, 'sw.js'), ...renames.map(([, b]) => join(assets, b))];
  for (const file of text) {
    let body = readFileSync(file, 'utf8');
    for (const [a, b] of renames) body = body.replaceAll(a, b);
    writeFileSync(file, body);
  }
  const html = join(to, 'index.html');
  writeFileSync(html, readFileSync(html, 'utf8').replace('</head>', '<meta name="deploy" content="2" />\n  </head>'));
  const sw = join(to, 'sw.js');
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(old, md5(html)));
}
