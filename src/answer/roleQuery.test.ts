import { describe, expect, it } from 'vitest';
import { matchRole, readRoleQuery } from './roleQuery.js';

describe('matchRole', () => {
  it.each<[string, string, boolean]>([
    // The role's head noun must be of the kind asked; the body named must be in the role.
    ['Admiralty spokesperson', 'Chief Admiralty spokesperson', true],
    ['Admiralty spokesperson', 'Chief Admiralty Spokesman', true],
    ['head of the Admiralty', 'Chief Admiralty spokesperson', false],
    ['who heads FEMA', 'FEMA Director', true],
    ['who heads FEMA', 'Federal Emergency Agency administrator', true],
    ['who heads FEMA', 'FAA Administrator', false],
    ['AFRICOM commander', 'the new Commander of U.S. Africa Command', true],
    ['AFRICOM commander', 'Commander of U.S. European Command', false],
    ['head of the State Police', 'Superintendent of the Oregon Department of State Police', true],
    ['prime minister', 'Advisor to Prime Minister Ali Hassan', false],
    ['prime minister', 'Jordanian Prime Minister', true],
    ['adviser to the prime minister', 'security advisor to Prime Minister Ali Hassan', true],
    ["spokesman for the airline's owners", 'Chief Admiralty spokesperson', false],
    ['who runs the Marine Corps', 'commanding general of USMC', false],
    ['Marine Corps', 'commanding general of USMC', true],
  ])('%s ~ %s → %s', (question, role, matches) => {
    const query = readRoleQuery(question);
    expect(query).not.toBeNull();
    expect(matchRole(query as NonNullable<typeof query>, role) > 0).toBe(matches);
  });

  it('prefers the very noun asked over its class, and more words matched over fewer', () => {
    const governor = readRoleQuery('governor of Oregon');
    if (!governor) throw new Error('no query');
    expect(matchRole(governor, 'Oregon Governor')).toBeGreaterThan(
      matchRole(governor, 'Superintendent of the Oregon State Police'),
    );
    const spokesperson = readRoleQuery('Admiralty spokesperson');
    if (!spokesperson) throw new Error('no query');
    expect(matchRole(spokesperson, 'Chief Admiralty spokesperson')).toBeGreaterThan(0);
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
