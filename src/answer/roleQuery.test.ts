import { describe, expect, it } from 'vitest';
import { matchRole, readRoleQuery } from './roleQuery.js';

describe('matchRole', () => {
  it.each<[string, string, boolean]>([
    // The role's head noun must be of the kind asked; the body named must be in the role.
    ['Pentagon spokesperson', 'Chief Pentagon spokesperson', true],
    ['Pentagon spokesperson', 'Chief Pentagon Spokesman', true],
    ['head of the Pentagon', 'Chief Pentagon spokesperson', false],
    ['who heads the NTSB', 'NTSB Chair', true],
    ['who heads the NTSB', 'National Transportation Board chairwoman', true],
    ['who heads the NTSB', 'FAA Administrator', false],
    ['CENTCOM commander', 'the new Commander of U.S. Central Command', true],
    ['CENTCOM commander', 'Commander of U.S. European Command', false],
    ['head of the State Police', 'Superintendent of the Maryland Department of State Police', true],
    ['prime minister', 'Advisor to Prime Minister Ali Hassan', false],
    ['prime minister', 'Iraqi Prime Minister', true],
    ['adviser to the prime minister', 'security advisor to Prime Minister Ali Hassan', true],
    ["spokesman for the ship's owners", 'Chief Pentagon spokesperson', false],
    ['who runs the Army Corps of Engineers', 'commanding general of USACE', false],
    ['Army Corps of Engineers', 'commanding general of USACE', true],
  ])('%s ~ %s → %s', (question, role, matches) => {
    const query = readRoleQuery(question);
    expect(query).not.toBeNull();
    expect(matchRole(query as NonNullable<typeof query>, role) > 0).toBe(matches);
  });

  it('prefers the very noun asked over its class, and more words matched over fewer', () => {
    const governor = readRoleQuery('governor of Maryland');
    if (!governor) throw new Error('no query');
    expect(matchRole(governor, 'Maryland Governor')).toBeGreaterThan(
      matchRole(governor, 'Superintendent of the Maryland State Police'),
    );
    const spokesperson = readRoleQuery('Pentagon spokesperson');
    if (!spokesperson) throw new Error('no query');
    expect(matchRole(spokesperson, 'Chief Pentagon spokesperson')).toBeGreaterThan(0);
  });

  it('reads "who" as the question word, not the World Health Organization', () => {
    expect(readRoleQuery('who is the spokesperson')).toEqual({
      heads: ['spokesperson'],
      headWords: ['spokesperson'],
      specifiers: [],
    });
    expect(readRoleQuery('WHO spokesperson')?.specifiers[0]?.word).toBe('who');
  });
});
