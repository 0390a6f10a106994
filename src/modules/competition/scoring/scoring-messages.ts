import { defineMessages } from '../../../platform/i18n/messages.ts';

/** The messages of a rubric's and a score sheet's checks (`weighted-score.ts`). */
export const scoringMessages = defineMessages({
  'competition.scoring.rubric.empty': { 'zh-CN': '评分细则至少需要一项评分标准', 'zh-TW': '評分細則至少需要一項評分標準', en: 'A rubric needs at least one criterion' },
  'competition.scoring.rubric.keyRepeated': { 'zh-CN': '评分标准 {key} 重复', 'zh-TW': '評分標準 {key} 重複', en: 'Criterion {key} appears twice' },
  'competition.scoring.rubric.weightPositive': { 'zh-CN': '权重必须大于 0', 'zh-TW': '權重必須大於 0', en: 'A weight must be more than 0' },
  'competition.scoring.rubric.maxScorePositive': { 'zh-CN': '满分必须大于 0', 'zh-TW': '滿分必須大於 0', en: 'The full score must be more than 0' },
  'competition.scoring.rubric.weightSum': {
    'zh-CN': '权重合计须为 100%，现为 {total}%',
    'zh-TW': '權重合計須為 100%，現為 {total}%',
    en: 'The weights must add up to 100 %, not {total} %',
  },
  'competition.scoring.sheet.missing': { 'zh-CN': '请为此项打分', 'zh-TW': '請為此項評分', en: 'Give this criterion a score' },
  'competition.scoring.sheet.outOfRange': { 'zh-CN': '分数须在 0 到 {max} 之间', 'zh-TW': '分數須在 0 到 {max} 之間', en: 'The score must be between 0 and {max}' },
  'competition.scoring.sheet.unknownCriterion': { 'zh-CN': '评分细则中没有此项', 'zh-TW': '評分細則中沒有此項', en: 'The rubric has no such criterion' },
});
