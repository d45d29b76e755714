import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Answer } from '../src/answer/schema.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** The CLI as `npm run -s cli --` runs it. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['src/cli.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

function fileText(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '');
}

describe('citebot CLI (CONTRACT §1)', () => {
  it('sources --json lists the five starter articles with their publication dates', async () => {
    const { code, stdout } = await cli('sources', '--json');
    expect(code).toBe(0);
    const answer = Answer.parse(JSON.parse(stdout));
    const published = Object.fromEntries(answer.items.map((i) => [i.file, i.published]));
    expect(published).toEqual({
      '000_8d4a53efa7a9cc66.txt': null,
      '001_ee670a4d086fc3fe.txt': '2025-09-07',
      '002_1d766290c621dc76.txt': null,
      '003_71640e988f2f5a9b.txt': '2025-10-01',
      '004_9283be5639869582.txt': null,
    });
  });

  it('ask --json prints one JSON answer whose every quote is verbatim at its offsets', async () => {
    const { code, stdout } = await cli('ask', 'How', 'many', 'US', 'troops', 'are', 'in', 'Syria?', '--json');
    expect(code).toBe(0);
    const answer = Answer.parse(JSON.parse(stdout));
    expect(answer.status).toBe('answered');
    for (const c of answer.items.flatMap((i) => i.citations)) {
      expect(fileText(join(ROOT, 'articles'), c.file).slice(c.start, c.end)).toBe(c.quote);
    }
  });

  it('prints text a person reads: the answer line, then each numbered quote with its file and date', async () => {
    const { stdout } = await cli('ask', 'How many US troops are in Syria?');
    expect(stdout.split('\n')[0]).toMatch(/^Answer: around 700 \(1 article\)/);
    expect(stdout).toMatch(/^1\. > .*700 troops in Syria/m);
    expect(stdout).not.toMatch(/^\d+\.$/m);
    expect(stdout).toMatch(/004_9283be5639869582\.txt · undated/);
  });

  it('says plainly when the articles do not answer, and exits 0', async () => {
    const { code, stdout } = await cli('ask', 'What is the capital of France?');
    expect(code).toBe(0);
    expect(stdout).toMatch(/The articles don't say/);
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['ask'], /ask needs a question/],
    [['ask', 'why', '--limit', 'zero'], /--limit takes a whole number/],
    [['ask', 'why', '--colour'], /unknown option --colour/],
    [[], /no command given/],
  ])('bad usage %j exits 2 with one line saying what is wrong', async (args, message) => {
    const { code, stderr, stdout } = await cli(...args);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toMatch(message);
    expect(stdout).toBe('');
  });

  it('exits 1 with a message saying what to do when the articles folder is missing', async () => {
    const { code, stderr } = await cli('sources', '--articles', '/nonexistent/citebot');
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot read the articles folder.*--articles DIR/);
  });

  it('--articles DIR answers over another folder, skipping a bad file with a warning, without touching index/', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'citebot-cli-'));
    cpSync(join(ROOT, 'test/fixtures/harbour'), dir, { recursive: true });
    writeFileSync(join(dir, 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const indexManifest = join(ROOT, 'index', 'manifest.json');
    const before = existsSync(indexManifest) ? statSync(indexManifest).mtimeMs : null;
    const { code, stdout, stderr } = await cli(
      'ask',
      'When will the new pier open?',
      '--json',
      '--articles',
      dir,
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(/broken\.txt/);
    const answer = Answer.parse(JSON.parse(stdout));
    expect(answer.items[0]?.citations[0]?.file).toMatch(/0[23]_/);
    expect(existsSync(indexManifest) ? statSync(indexManifest).mtimeMs : null).toBe(before);
  });
});
