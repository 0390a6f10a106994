import { defineMessages } from '../../../platform/i18n/messages.ts';

/** The messages of a phase's ranking, closing and results notice, the leads its round's entries become, and their exports. */
export const resultsMessages = defineMessages({
  'competition.results.alreadyClosed': { 'zh-CN': '该阶段已结束，不能再次结束', 'zh-TW': '該階段已結束，不能再次結束', en: 'The phase is already closed' },
  'competition.results.earlierPhaseOpen': {
    'zh-CN': '请先结束本赛区的上一阶段',
    'zh-TW': '請先結束本賽區的上一階段',
    en: 'Close the round’s earlier phase first',
  },
  'competition.results.roundOpen': { 'zh-CN': '分赛区结束后才能将参赛项目转为线索', 'zh-TW': '分賽區結束後才能將參賽項目轉為線索', en: 'A round’s entries become leads once it is closed' },
  'competition.results.ownerNotOfficer': { 'zh-CN': '线索负责人须为在职的招商专员', 'zh-TW': '線索負責人須為在職的招商專員', en: 'The leads’ owner must be an active officer' },
  'competition.results.notClosed': { 'zh-CN': '阶段结束后才能公示结果', 'zh-TW': '階段結束後才能公示結果', en: 'The results can be published once the phase is closed' },
  'competition.results.nothingAdvances': { 'zh-CN': '该阶段没有晋级规则，无需公示晋级名单', 'zh-TW': '該階段沒有晉級規則，無需公示晉級名單', en: 'Nobody advances from this phase: there is no list to publish' },
  'competition.results.alreadyPublished': { 'zh-CN': '该阶段的结果已公示', 'zh-TW': '該階段的結果已公示', en: 'The results of this phase are already published' },
  'competition.results.noticeEndsInPast': { 'zh-CN': '公示截止日期不能早于今天', 'zh-TW': '公示截止日期不能早於今天', en: 'The notice period cannot end before today' },
  'competition.results.leadNote': {
    'zh-CN': '{edition} · {round} · {number} · {phase}第 {rank} 名',
    'zh-TW': '{edition} · {round} · {number} · {phase}第 {rank} 名',
    en: '{edition} · {round} · {number} · {phase} rank {rank}',
  },
  'competition.results.leadNoteUnranked': {
    'zh-CN': '{edition} · {round} · {number} · 未排名',
    'zh-TW': '{edition} · {round} · {number} · 未排名',
    en: '{edition} · {round} · {number} · unranked',
  },
  'competition.results.phaseKind.onlineReview': { 'zh-CN': '网络初评', 'zh-TW': '網路初評', en: 'online review' },
  'competition.results.phaseKind.roadshow': { 'zh-CN': '路演', 'zh-TW': '路演', en: 'roadshow' },
  'competition.results.phaseKind.final': { 'zh-CN': '决赛', 'zh-TW': '決賽', en: 'final' },
  'competition.results.rankingFileName': { 'zh-CN': '{round}{phase}排名.xlsx', 'zh-TW': '{round}{phase}排名.xlsx', en: '{round} {phase} ranking.xlsx' },
  'competition.results.rankingSheet': { 'zh-CN': '排名', 'zh-TW': '排名', en: 'Ranking' },
  'competition.results.column.rank': { 'zh-CN': '名次', 'zh-TW': '名次', en: 'Rank' },
  'competition.results.column.number': { 'zh-CN': '编号', 'zh-TW': '編號', en: 'Number' },
  'competition.results.column.project': { 'zh-CN': '项目', 'zh-TW': '項目', en: 'Project' },
  'competition.results.column.organisation': { 'zh-CN': '单位', 'zh-TW': '單位', en: 'Organisation' },
  'competition.results.column.track': { 'zh-CN': '赛道', 'zh-TW': '賽道', en: 'Track' },
  'competition.results.column.value': { 'zh-CN': '得分', 'zh-TW': '得分', en: 'Value' },
  'competition.results.column.scoreCount': { 'zh-CN': '评分数', 'zh-TW': '評分數', en: 'Scores' },
  'competition.results.column.abstained': { 'zh-CN': '回避/弃权', 'zh-TW': '迴避/棄權', en: 'Abstained' },
  'competition.results.column.tied': { 'zh-CN': '并列', 'zh-TW': '並列', en: 'Tied' },
  'competition.results.column.advanced': { 'zh-CN': '晋级', 'zh-TW': '晉級', en: 'Advances' },
  'competition.results.yes': { 'zh-CN': '是', 'zh-TW': '是', en: 'Yes' },
  'competition.results.no': { 'zh-CN': '否', 'zh-TW': '否', en: 'No' },
});
