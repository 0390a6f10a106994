// Pure and dependency-free: the web app's stage tags and forms import this same file.

/** A talent record's pipeline: 接触 → 意向 → 落地, with 搁置 (on hold) and 终止 (ended) beside it. */
export const talentPipeline = ['contact', 'intent', 'landed'] as const;
export const talentStages = [...talentPipeline, 'onHold', 'ended'] as const;
export type TalentStage = (typeof talentStages)[number];

/** The stages a record is still being worked in, from which it may be put on hold and to which it resumes. */
export const workingTalentStages = ['contact', 'intent'] as const satisfies readonly TalentStage[];
export type WorkingTalentStage = (typeof workingTalentStages)[number];

/** A person, or a team coming together (a lab, an engineering team). */
export const talentKinds = ['person', 'team'] as const;
export type TalentKind = (typeof talentKinds)[number];

/** What they need to come: housing (人才公寓), lab space, funding, schooling for their children, something else. */
export const talentNeeds = ['housing', 'labSpace', 'funding', 'schooling', 'other'] as const;
export type TalentNeed = (typeof talentNeeds)[number];

export const resumeTalentAction = (stage: WorkingTalentStage) => `resume-${stage}` as const;
