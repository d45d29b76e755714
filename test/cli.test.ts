import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Answer } from '../src/answer/schema.js';
import { runCli } from '../src/cli/runCli.js';

const ROOT = resolve(import.meta.dirname, '..');

/** The CLI in this process, as `npm run -s cli --` runs it: its exit status and what it wrote. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
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

  it('--explain tells on stderr how each feature scored the best sentences, and --json stays one document', async () => {
    const { code, stdout, stderr } = await cli(
      'ask',
      'How many US troops are in Syria?',
      '--json',
      '--explain',
    );
    expect(code).toBe(0);
    expect(Answer.parse(JSON.parse(stdout)).status).toBe('answered');
    expect(stderr).toMatch(/^threshold 0\.\d+/);
    expect(stderr).toMatch(/700 troops in Syria\.\n\s+exact(?:Words)?\s+1\.000 → /);
  });

  it('says plainly when the articles do not answer, and exits 0', async () => {
    const { code, stdout } = await cli('ask', 'What is the capital of France?');
    expect(code).toBe(0);
    expect(stdout).toMatch(/The articles don't say/);
  });

  it('--limit keeps a disagreement only among the items it still shows', async () => {
    const all = Answer.parse(JSON.parse((await cli('troops', '--json')).stdout));
    const [conflict] = all.conflicts;
    expect(conflict?.items).toEqual([1, 2]);
    const three = Answer.parse(JSON.parse((await cli('troops', '--json', '--limit', '3')).stdout));
    expect(three.items).toEqual(all.items.slice(0, 3));
    expect(three.conflicts).toEqual([conflict]);
    const two = Answer.parse(JSON.parse((await cli('troops', '--json', '--limit', '2')).stdout));
    expect(two.items).toHaveLength(2);
    expect(two.conflicts).toEqual([]);
    expect((await cli('troops', '--limit', '2')).stdout).not.toMatch(/Sources disagree/);
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['ask'], /ask needs a question/],
    [['ask', 'why', '--limit', 'zero'], /--limit takes a whole number/],
    [['ask', 'why', '--limit'], /'--limit <value>' argument missing/],
    [['ask', 'why', '--colour'], /Unknown option '--colour'/],
    [['ask', 'why', '--from', '2024'], /--from and --to go with timeline/],
    [['timeline', '--from', 'soon'], /--from "soon" is not a date I can read/],
    [['timeline', '--from', '2026', '--to', '2025-09'], /--from "2026" comes after --to "2025-09"/],
    [[], /no command given/],
  ])('bad usage %j exits 2 with a line saying what is wrong', async (args, message) => {
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

describe('the CLI as a process', () => {
  const run = promisify(execFile);
  const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

  it('prints the answer on stdout and exits 0', async () => {
    const { stdout } = await run(TSX, ['src/cli.ts', 'ask', 'How many US troops are in Syria?', '--json'], {
      cwd: ROOT,
    });
    expect(Answer.parse(JSON.parse(stdout)).status).toBe('answered');
  });

  it('exits 2 for bad usage, with the message on stderr and nothing on stdout', async () => {
    const failed = await run(TSX, ['src/cli.ts', 'frobnicate'], { cwd: ROOT }).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(failed).toMatchObject({ code: 2, stdout: '' });
    expect((failed as { stderr: string }).stderr).toMatch(/^citebot: unknown command "frobnicate"/);
  });
});
