import { fold } from '../corpus/fold.js';

/**
 * Abbreviations of public bodies that reporters and users write either way ("AFRICOM commander" for the
 * "Commander of U.S. Africa Command"). Data, not code: a role question matches a role written in full
 * and the other way round. General institutions only, most of them US federal and military bodies and
 * the international ones wire copy abbreviates without spelling out.
 */
export const ROLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  // US combatant commands and military bodies
  CENTCOM: 'Central Command',
  EUCOM: 'European Command',
  AFRICOM: 'Africa Command',
  INDOPACOM: 'Indo-Pacific Command',
  NORTHCOM: 'Northern Command',
  SOUTHCOM: 'Southern Command',
  SOCOM: 'Special Operations Command',
  SPACECOM: 'Space Command',
  CYBERCOM: 'Cyber Command',
  TRANSCOM: 'Transportation Command',
  STRATCOM: 'Strategic Command',
  JCS: 'Joint Chiefs of Staff',
  CJTF: 'Combined Joint Task Force',
  DOD: 'Department of Defense',
  USACE: 'Army Corps of Engineers',
  USCG: 'Coast Guard',
  USMC: 'Marine Corps',
  USAF: 'Air Force',
  NSC: 'National Security Council',
  // US federal agencies
  DOJ: 'Department of Justice',
  DHS: 'Department of Homeland Security',
  DOT: 'Department of Transportation',
  FBI: 'Federal Bureau of Investigation',
  CIA: 'Central Intelligence Agency',
  NSA: 'National Security Agency',
  NTSB: 'National Transportation Safety Board',
  FAA: 'Federal Aviation Administration',
  FEMA: 'Federal Emergency Management Agency',
  EPA: 'Environmental Protection Agency',
  OSHA: 'Occupational Safety and Health Administration',
  NOAA: 'National Oceanic and Atmospheric Administration',
  NASA: 'National Aeronautics and Space Administration',
  CDC: 'Centers for Disease Control and Prevention',
  FDA: 'Food and Drug Administration',
  SEC: 'Securities and Exchange Commission',
  FTC: 'Federal Trade Commission',
  FCC: 'Federal Communications Commission',
  ATF: 'Bureau of Alcohol, Tobacco, Firearms and Explosives',
  DEA: 'Drug Enforcement Administration',
  ICE: 'Immigration and Customs Enforcement',
  CBP: 'Customs and Border Protection',
  TSA: 'Transportation Security Administration',
  USAID: 'Agency for International Development',
  // International bodies
  UN: 'United Nations',
  NATO: 'North Atlantic Treaty Organization',
  EU: 'European Union',
  IAEA: 'International Atomic Energy Agency',
  UNHCR: 'UN Refugee Agency',
  WHO: 'World Health Organization',
  IMF: 'International Monetary Fund',
  ICRC: 'International Committee of the Red Cross',
  IMO: 'International Maritime Organization',
};

const BY_FOLDED = new Map(Object.entries(ROLE_ABBREVIATIONS).map(([k, v]) => [fold(k), v]));

/** Abbreviations that are also English words ("who", "ice"): read as abbreviations only when written in capitals. */
const ALSO_WORDS = new Set(['who', 'ice', 'sec', 'dot', 'imo', 'un', 'eu']);

/**
 * The full name an abbreviation stands for ("FAA" or "faa" → "Federal Aviation Administration"),
 * or null. "who" is the question word unless written "WHO".
 */
export function expandAbbreviation(word: string): string | null {
  const key = fold(word).replace(/\./g, '');
  if (ALSO_WORDS.has(key) && word.replace(/\./g, '') !== word.replace(/\./g, '').toUpperCase()) return null;
  return BY_FOLDED.get(key) ?? null;
}
