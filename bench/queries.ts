/**
 * The fixed query set every command is timed on: questions of every kind `ask` reads (date, count, measure,
 * time, person, place, cause, amount, age, none), an off-topic one, the topics, places and roles people
 * pass to /timeline, /troops and /who, and the bare command (''). The generated corpora recombine the
 * starter and Key Bridge articles, so these find real matches at every size; renamed people and places make
 * some of them `not_found`, as in a real archive.
 */
export const COMMANDS_TIMED = ['ask', 'timeline', 'troops', 'who'] as const;
export type CommandTimed = (typeof COMMANDS_TIMED)[number];

export const QUERIES: readonly string[] = [
  // Questions, one or more of each kind of answer.
  "When will the coalition's military mission in Iraq end?",
  'When was the Strategic Framework Agreement signed?',
  'How many US troops are in Syria?',
  'How many divers searched the river?',
  'How long is the container ship?',
  'How long did it take to reopen the channel?',
  'What time did the ship hit the bridge?',
  'Who is pushing for a faster withdrawal of US troops?',
  'Which company will rebuild the bridge?',
  'Where will coalition forces redeploy to?',
  'Why did the ship lose power?',
  'How much will the new bridge cost?',
  'How old was the bridge?',
  'What did the Pentagon say the reduction reflects?',
  'What is the capital of Australia?',
  // Topics, places and roles, as typed after /timeline, /troops and /who.
  'Kurdistan',
  'Erbil',
  'Syria',
  'the bridge collapse',
  'coalition withdrawal',
  'NTSB investigation',
  'Pentagon spokesperson',
  'governor',
  'Coast Guard',
  'ISIS',
  'Baghdad',
  'salvage and recovery',
  'prime minister',
  // The bare command: everything it knows.
  '',
];
