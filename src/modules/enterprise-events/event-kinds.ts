/**
 * Events organised for enterprises, shared by the server's schemas and the web's forms: 考察交流 study tour, 训练营
 * training camp, 英雄榜 honour list (a published list of firms, its participants the firms listed), 沙龙 salon, other.
 */
export const enterpriseEventKinds = ['study_tour', 'training_camp', 'honour_list', 'salon', 'other'] as const;
export type EnterpriseEventKind = (typeof enterpriseEventKinds)[number];

/** 草稿 → 报名中 → 报名截止 → 已结束: invitations go out once the event leaves draft. */
export const enterpriseEventStates = ['draft', 'open', 'closed', 'done'] as const;
export type EnterpriseEventState = (typeof enterpriseEventStates)[number];

/** A firm's part in one event; on an honour list a listed firm is `registered` (listed) from the start. */
export const participantStatuses = ['invited', 'registered', 'attended', 'absent', 'declined'] as const;
export type ParticipantStatus = (typeof participantStatuses)[number];
