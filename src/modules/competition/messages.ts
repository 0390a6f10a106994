import { defineMessages } from '../../platform/i18n/messages.ts';

export const competitionMessages = defineMessages({
  'competition.edition.endsBeforeStart': { 'zh-CN': '结束日期不能早于开始日期', 'zh-TW': '結束日期不能早於開始日期', en: 'The edition cannot end before it starts' },
  'competition.edition.backToDraft': {
    'zh-CN': '已开放的届次不能退回草稿',
    'zh-TW': '已開放的屆次不能退回草稿',
    en: 'An edition once opened cannot go back to draft',
  },
  'competition.edition.roundOutside': {
    'zh-CN': '{round}定于 {day} 举行，不在此日期范围内',
    'zh-TW': '{round}定於 {day} 舉行，不在此日期範圍內',
    en: 'The round {round} is held on {day}, outside these dates',
  },
  'competition.edition.onlyDraftsDeleted': {
    'zh-CN': '只能删除草稿状态的届次',
    'zh-TW': '只能刪除草稿狀態的屆次',
    en: 'Only a draft edition can be deleted',
  },
  'competition.edition.closed': {
    'zh-CN': '该届大赛已结束，不能再修改赛道、分赛区、阶段或奖项',
    'zh-TW': '該屆大賽已結束，不能再修改賽道、分賽區、階段或獎項',
    en: 'The edition is closed: its tracks, rounds, phases and prizes can no longer change',
  },
  'competition.track.nameTaken': { 'zh-CN': '本届已有同名赛道', 'zh-TW': '本屆已有同名賽道', en: 'The edition already has a track of this name' },
  'competition.track.unknownIndustry': { 'zh-CN': '行业代码 {code} 不存在', 'zh-TW': '行業代碼 {code} 不存在', en: 'No industry has the code {code}' },
  'competition.track.onlyInDraft': {
    'zh-CN': '届次开放后不能删除赛道',
    'zh-TW': '屆次開放後不能刪除賽道',
    en: 'A track cannot be deleted once the edition is open',
  },
  'competition.round.outsideEdition': {
    'zh-CN': '比赛日期须在本届的起止日期之内（{startsOn} 至 {endsOn}）',
    'zh-TW': '比賽日期須在本屆的起訖日期之內（{startsOn} 至 {endsOn}）',
    en: 'The round must be held within the edition’s dates ({startsOn} to {endsOn})',
  },
  'competition.round.onlyPlannedDeleted': {
    'zh-CN': '只能删除尚未开始的分赛区',
    'zh-TW': '只能刪除尚未開始的分賽區',
    en: 'Only a round that is still planned can be deleted',
  },
  'competition.phase.kindTaken': { 'zh-CN': '该分赛区已有此阶段', 'zh-TW': '該分賽區已有此階段', en: 'The round already has a phase of this kind' },
  'competition.phase.closesBeforeOpens': { 'zh-CN': '截止日期不能早于开始日期', 'zh-TW': '截止日期不能早於開始日期', en: 'The phase cannot close before it opens' },
  'competition.phase.outOfOrder': {
    'zh-CN': '各阶段须依次进行：不能在上一阶段结束前开始',
    'zh-TW': '各階段須依次進行：不能在上一階段結束前開始',
    en: 'Phases run in turn: this one cannot open before the one before it closes',
  },
  'competition.phase.overlapsNext': {
    'zh-CN': '各阶段须依次进行：不能在下一阶段开始后才结束',
    'zh-TW': '各階段須依次進行：不能在下一階段開始後才結束',
    en: 'Phases run in turn: this one cannot close after the one after it opens',
  },
  'competition.phase.onlyPlannedDeleted': {
    'zh-CN': '分赛区开始后不能删除其阶段',
    'zh-TW': '分賽區開始後不能刪除其階段',
    en: 'A phase cannot be deleted once its round has started',
  },
  'competition.prize.ranksOutOfOrder': { 'zh-CN': '截止名次不能小于起始名次', 'zh-TW': '截止名次不能小於起始名次', en: 'The last rank cannot come before the first' },
});
