/**
 * The kill test (issue 6): a child process saves a case of several MB in a loop through the app's
 * save path while this test kills it with SIGKILL at random moments, 200 times. After every kill
 * the file and its backup must open, validate and be exactly one of the saves they may hold. The
 * same harness run against a plain writeFile saver must find damage, or the harness proves nothing.
 */
import { describe, expect, it } from 'vitest';
import { runKillTest } from '../../../kill/kill-harness';
import { tempDirs } from '../temp-dir';

const tempDir = tempDirs();

describe('a save killed at a random moment', () => {
  it('leaves the file and its backup each at the old or the new content, 200 times', async () => {
    const started = Date.now();
    const report = await runKillTest({ dir: await tempDir(), writer: 'atomic', kills: 200, maxDelayMs: 90 });
    console.log(`kill test: ${report.kills} kills of a ${(report.textBytes / 1e6).toFixed(1)} MB save loop in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
      `${report.savesCompleted} saves completed, ${report.midSave} kills between backup and file, ${report.inFlightLanded} unannounced saves landed, ${report.leftoverTemps} temporary files left`);
    expect(report.failures).toEqual([]);
    expect(report.kills).toBe(200);
    expect(report.textBytes).toBeGreaterThan(3_000_000);
    // The content must move on between kills, and kills must land inside saves (between the
    // backup and the file), not only between them, for the test to mean anything.
    expect(report.savesCompleted).toBeGreaterThan(report.kills / 4);
    expect(report.midSave).toBeGreaterThan(0);
  }, 180_000);

  it('catches a saver that truncates and rewrites in place (a test of the harness)', async () => {
    const report = await runKillTest({ dir: await tempDir(), writer: 'naive', kills: 60, maxDelayMs: 60, stopAfterFailures: 3 });
    console.log(`kill test, plain writeFile: ${report.failures.length} damaged after ${report.kills} kills: ${report.failures[0] ?? ''}`);
    expect(report.failures.length).toBeGreaterThanOrEqual(3);
    expect(report.failures.join('\n')).toMatch(/kan ikke åbnes|er ikke det, gemning|mangler/);
  }, 120_000);
});
